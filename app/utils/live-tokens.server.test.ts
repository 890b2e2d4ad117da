import { describe, expect, it } from 'vitest'
import { screenKey, signRejoinToken, verifyRejoinToken, verifyScreenKey } from './live-tokens.server'

const SECRET = 'a-session-secret-that-is-long-enough-1234'
const payload = { v: 1 as const, gameId: 'game-1', playerId: 'p7', iat: 1_750_000_000_000 }

describe('rejoin tokens', () => {
  it('round-trips a payload', () => {
    const token = signRejoinToken(SECRET, payload)
    expect(verifyRejoinToken(SECRET, token)).toEqual(payload)
  })

  it('refuses another secret, a changed payload, a changed signature and garbage', () => {
    const token = signRejoinToken(SECRET, payload)
    expect(verifyRejoinToken('another-secret-that-is-long-enough-12345', token)).toBeNull()
    const [body, sig] = token.split('.')
    const forgedBody = Buffer.from(JSON.stringify({ ...payload, playerId: 'p1' })).toString('base64url')
    expect(verifyRejoinToken(SECRET, `${forgedBody}.${sig}`)).toBeNull()
    const flipped = sig.slice(0, -2) + (sig.endsWith('AA') ? 'BA' : 'AA')
    expect(verifyRejoinToken(SECRET, `${body}.${flipped}`)).toBeNull()
    expect(verifyRejoinToken(SECRET, `${body}.`)).toBeNull()
    expect(verifyRejoinToken(SECRET, `${body}.${sig}.x`)).toBeNull()
    expect(verifyRejoinToken(SECRET, 'không phải mã')).toBeNull()
  })

  it('refuses a correctly signed body that is not a valid payload', () => {
    // Signed with the real secret, but the payload has the wrong shape: still refused.
    const token = signRejoinToken(SECRET, { ...payload, v: 2 } as never)
    expect(verifyRejoinToken(SECRET, token)).toBeNull()
  })
})

describe('projector keys', () => {
  it('accepts the key of its own game only', () => {
    const key = screenKey(SECRET, 'game-1')
    expect(verifyScreenKey(SECRET, 'game-1', key)).toBe(true)
    expect(verifyScreenKey(SECRET, 'game-2', key)).toBe(false)
    expect(verifyScreenKey(SECRET, 'game-1', key.slice(1))).toBe(false)
    // A rejoin token's signature is never a projector key, even for the same text.
    expect(verifyScreenKey(SECRET, 'game-1', signRejoinToken(SECRET, payload).split('.')[1])).toBe(false)
  })
})
