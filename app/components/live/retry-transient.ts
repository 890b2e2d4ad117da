import type { Ack } from '~/core/live/contract'

/**
 * Refusals that say "not now" rather than "no": the game is being taken over by a restarted
 * process, the other process did not answer in time, or this address sent too much too fast.
 * Attaching again a moment later is the right answer to them.
 */
const TRANSIENT = new Set(['server_busy', 'rate_limited'])

export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 5000]
/** About a minute of asking; after that the page shows the refusal rather than wait in silence. */
export const MAX_ATTEMPTS = 15

export function isTransient<R>(ack: Ack<R>): boolean {
  return 'error' in ack && TRANSIENT.has(ack.error.code)
}

export interface RetryOptions {
  wait?: (ms: number) => Promise<void>
  /** 0..1; spreads the retries of thousands of phones after a takeover (each wait is 50–150 % of its step). */
  random?: () => number
}

/**
 * Sends an idempotent request (attach, rejoin) until it gets a real answer. Without this, a
 * projector that reconnects while its game moves to a restarted process shows "connected" and
 * never hears from the game again.
 *
 * Resolves with the answer, with the last refusal after MAX_ATTEMPTS, or with null once
 * `stillWanted` turns false (the connection it was for has gone; the next one asks again, and
 * this stale result must not overwrite what that one gets).
 */
export async function retryTransient<R>(send: () => Promise<Ack<R>>, stillWanted: () => boolean, options: RetryOptions = {}): Promise<Ack<R> | null> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const random = options.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    const ack = await send()
    if (!stillWanted()) return null
    if (!isTransient(ack) || attempt >= MAX_ATTEMPTS) return ack
    const step = RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)]
    await wait(Math.round(step * (0.5 + random())))
    if (!stillWanted()) return null
  }
}
