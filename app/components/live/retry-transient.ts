import type { Ack } from '~/core/live/contract'

/**
 * Refusals that say "not now" rather than "no": the game is being taken over by a
 * restarted process, the other process did not answer in time, or the socket sent
 * too much too fast. Attaching again a moment later is the right answer to them.
 */
const TRANSIENT = new Set(['server_busy', 'rate_limited', 'internal'])

export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 5000]

export function isTransient<R>(ack: Ack<R>): boolean {
  return 'error' in ack && TRANSIENT.has(ack.error.code)
}

/**
 * Sends an idempotent request (attach, rejoin) until it gets a real answer. Without this,
 * a projector that reconnects while its game moves to a restarted process shows "connected"
 * and never hears from the game again. Gives up (returning the last refusal) when `stillWanted`
 * turns false: the socket dropped, and the next connection will ask again.
 */
export async function retryTransient<R>(
  send: () => Promise<Ack<R>>,
  stillWanted: () => boolean,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  onRetry?: (ack: Ack<R>) => void,
): Promise<Ack<R>> {
  for (let attempt = 0; ; attempt++) {
    const ack = await send()
    if (!isTransient(ack) || !stillWanted()) return ack
    onRetry?.(ack)
    await wait(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)])
    if (!stillWanted()) return ack
  }
}
