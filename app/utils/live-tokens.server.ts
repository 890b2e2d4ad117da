import { createHmac, timingSafeEqual } from 'node:crypto'
import { rejoinTokenPayloadSchema, type RejoinTokenPayload } from '~/core/live/pin'

/**
 * Signed strings of the live quiz, all HMAC-SHA256 with the session secret
 * and a purpose label, so a token made for one purpose never passes as
 * another:
 * - rejoin token: base64url(JSON payload) "." base64url(MAC) (see core/live/pin.ts);
 * - projector key: a MAC of the game id, put in the projector's link so the
 *   hall's computer needs no host login.
 */

function mac(secret: string, purpose: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest()
}

function sameMac(expected: Buffer, given: string): boolean {
  let actual: Buffer
  try {
    actual = Buffer.from(given, 'base64url')
  } catch {
    return false
  }
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

export function signRejoinToken(secret: string, payload: RejoinTokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${body}.${mac(secret, 'live-rejoin', body).toString('base64url')}`
}

/** The payload when the signature is right and the payload well formed; null otherwise. */
export function verifyRejoinToken(secret: string, token: string): RejoinTokenPayload | null {
  const dot = token.indexOf('.')
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null
  const body = token.slice(0, dot)
  if (!sameMac(mac(secret, 'live-rejoin', body), token.slice(dot + 1))) return null
  try {
    const parsed = rejoinTokenPayloadSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function screenKey(secret: string, gameId: string): string {
  return mac(secret, 'live-screen', gameId).toString('base64url')
}

export function verifyScreenKey(secret: string, gameId: string, key: string): boolean {
  return sameMac(mac(secret, 'live-screen', gameId), key)
}
