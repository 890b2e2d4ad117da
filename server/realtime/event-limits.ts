import type { RateLimitPolicy } from '../stores/rate-limiters'

/**
 * The per-socket and per-IP event limits, counted in this process without a
 * promise per event. Those two policies are process-scoped anyway (see
 * rate-limit-policies.ts) and sit on the hottest path: every answer of every
 * player. Same rule as the in-process limiter: at most `points` events in a
 * window of `durationSeconds` that starts with the first event; an optional
 * block after going over.
 */
export class EventLimiter {
  private readonly windows = new Map<string, { start: number; count: number; blockedUntil: number }>()
  private sweptAt = 0

  constructor(
    private readonly policy: Pick<RateLimitPolicy, 'points' | 'durationSeconds' | 'blockSeconds'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends one point; false when the key is over its limit. */
  take(key: string): boolean {
    const t = this.now()
    const windowMs = this.policy.durationSeconds * 1000
    this.sweep(t, windowMs)
    let w = this.windows.get(key)
    if (!w || t - w.start >= windowMs) {
      if (w && w.blockedUntil > t) return false
      w = { start: t, count: 0, blockedUntil: 0 }
      this.windows.set(key, w)
    }
    if (w.blockedUntil > t) return false
    w.count++
    if (w.count <= this.policy.points) return true
    if (this.policy.blockSeconds) w.blockedUntil = t + this.policy.blockSeconds * 1000
    return false
  }

  /** Forgets a key (a closed socket). */
  forget(key: string): void {
    this.windows.delete(key)
  }

  get size(): number {
    return this.windows.size
  }

  /** Old windows are dropped now and then, so addresses seen once do not pile up. */
  private sweep(t: number, windowMs: number): void {
    if (t - this.sweptAt < Math.max(10_000, windowMs * 10)) return
    this.sweptAt = t
    for (const [key, w] of this.windows) if (t - w.start >= windowMs && w.blockedUntil <= t) this.windows.delete(key)
  }
}
