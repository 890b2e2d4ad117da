import type { AppLoadContext } from '@remix-run/node'
import type { RateLimiterName } from '../../server/stores/index'

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

/** Spends one point of the named limiter for this key. */
export async function limit(context: AppLoadContext, name: RateLimiterName, key: string): Promise<LimitResult> {
  const result = await context.services.stores.rateLimiters.consume(name, key)
  return result.ok ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) }
}

/** Whether the key is blocked now, without spending a point. */
export async function isLimited(context: AppLoadContext, name: RateLimiterName, key: string): Promise<LimitResult> {
  const result = await context.services.stores.rateLimiters.peek(name, key)
  return result.ok ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) }
}

export async function resetLimit(context: AppLoadContext, name: RateLimiterName, key: string): Promise<void> {
  await context.services.stores.rateLimiters.reset(name, key)
}

/** "14 phút" / "40 giây": how long a locked-out person must wait, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} giây`
  return `${Math.ceil(seconds / 60)} phút`
}
