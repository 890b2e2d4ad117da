import { z } from 'zod'

/**
 * Game PINs: six digits, first digit 1–9 (spreadsheets and some numeric
 * inputs drop a leading zero), drawn at random rather than counted up, so
 * knowing one game's PIN says nothing about another's, and never one of the
 * patterns people try first (111111, 123456, 121212, 123123, 123321…).
 *
 * A PIN only finds the game; it is not a secret and grants nothing: a player
 * still has to pass the join rules, and rejoining needs a signed token.
 */

export const PIN_LENGTH = 6
const MAX_ATTEMPTS = 10_000

export function isGuessablePin(pin: string): boolean {
  if (!/^\d{6}$/.test(pin)) return true
  const d = [...pin].map(Number)
  if (new Set(d).size < 3) return true // 111111, 121212, 100000, 112211
  const steps = d.slice(1).map((x, i) => (x - d[i] + 10) % 10)
  if (steps.every((s) => s === 1) || steps.every((s) => s === 9)) return true // 123456, 654321, 890123
  if (pin.slice(0, 3) === pin.slice(3)) return true // 123123
  if (pin === [...pin].reverse().join('')) return true // 123321
  return false
}

/**
 * `randomInt(max)` must return a uniformly random integer in [0, max) (the
 * runner passes crypto.randomInt). `existing` holds the PINs of games that
 * are still open. Throws only if no free PIN turns up after many draws,
 * which means the PIN space is nearly full: a capacity error, not a user one.
 */
export function generatePin(randomInt: (max: number) => number, existing: ReadonlySet<string>): string {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const pin = String(100_000 + randomInt(900_000))
    if (!isGuessablePin(pin) && !existing.has(pin)) return pin
  }
  throw new Error(`Không tìm được mã PIN trống sau ${MAX_ATTEMPTS} lần thử`)
}

/**
 * Rejoin token design. When a player joins, the runner gives the phone a
 * token = base64url(JSON(payload)) + '.' + base64url(HMAC-SHA256(secret,
 * that first part)); the phone keeps it in sessionStorage. On reconnect the
 * runner checks the signature with timingSafeEqual, parses the payload with
 * `rejoinTokenPayloadSchema`, and then asks the core `checkRejoin(state,
 * payload)`, which refuses kicked players and tokens of another game. The
 * token carries no nickname or score: the state is the only truth. It needs
 * no expiry of its own, because it is useless once its game is gone.
 */
export const rejoinTokenPayloadSchema = z.object({
  v: z.literal(1),
  gameId: z.string().min(1).max(64),
  playerId: z.string().min(1).max(16),
  /** Epoch ms when issued; lets the runner refuse tokens older than the game if ids are ever reused. */
  iat: z.number().int().nonnegative(),
})
export type RejoinTokenPayload = z.infer<typeof rejoinTokenPayloadSchema>
