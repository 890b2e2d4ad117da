import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../contest/seeded-random'
import { generatePin, isGuessablePin, rejoinTokenPayloadSchema } from './pin'

describe('isGuessablePin', () => {
  it.each(['000000', '111111', '999999', '123456', '234567', '654321', '890123', '121212', '123123', '123321', '100000', '112211', '12345', '12a456'])(
    '%s is refused',
    (pin) => {
      expect(isGuessablePin(pin)).toBe(true)
    },
  )

  it.each(['482915', '730264', '918273', '305817'])('%s is fine', (pin) => {
    expect(isGuessablePin(pin)).toBe(false)
  })
})

describe('generatePin', () => {
  const scripted = (values: number[]) => {
    let i = 0
    return (max: number) => {
      const v = values[i++]
      if (v === undefined || v >= max) throw new Error('script exhausted')
      return v
    }
  }

  it('gives six digits without a leading zero, drawn from randomInt', () => {
    expect(generatePin(scripted([382_915]), new Set())).toBe('482915')
    // A draw of 0 would be 100000, which is guessable, so the next draw is used.
    expect(generatePin(scripted([0, 630_264]), new Set())).toBe('730264')
  })

  it('skips guessable PINs and PINs already in use', () => {
    const random = scripted([23_456 /* 123456 */, 382_915 /* in use */, 630_264])
    expect(generatePin(random, new Set(['482915']))).toBe('730264')
  })

  it('does not count up: consecutive PINs from a real generator are unrelated', () => {
    const rng = createSeededRandom('pins')
    const randomInt = (max: number) => rng.int(0, max - 1)
    const existing = new Set<string>()
    const pins: number[] = []
    for (let i = 0; i < 200; i++) {
      const pin = generatePin(randomInt, existing)
      existing.add(pin)
      pins.push(Number(pin))
    }
    expect(existing.size).toBe(200)
    const smallSteps = pins.slice(1).filter((p, i) => Math.abs(p - pins[i]) < 1000).length
    expect(smallSteps).toBeLessThan(5)
    expect(pins.every((p) => p >= 100_000 && p <= 999_999)).toBe(true)
  })

  it('throws a capacity error when no free PIN can be found', () => {
    expect(() => generatePin(() => 382_915, new Set(['482915']))).toThrow(/PIN/)
  })
})

describe('rejoinTokenPayloadSchema', () => {
  it('accepts the designed payload and refuses anything else', () => {
    expect(rejoinTokenPayloadSchema.safeParse({ v: 1, gameId: 'g1', playerId: 'p12', iat: 1 }).success).toBe(true)
    expect(rejoinTokenPayloadSchema.safeParse({ v: 2, gameId: 'g1', playerId: 'p12', iat: 1 }).success).toBe(false)
    expect(rejoinTokenPayloadSchema.safeParse({ v: 1, gameId: 'g1', iat: 1 }).success).toBe(false)
  })
})
