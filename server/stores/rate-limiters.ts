import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { z } from 'zod'
import { createMemoryRateLimiter } from './memory-rate-limiter'
import { RATE_LIMIT_POLICIES, RATE_LIMITER_NAMES, type RateLimiterName, type RateLimitPolicy } from './rate-limit-policies'
import type { RedisClient } from './redis-client'
import { createRedisRateLimiter } from './redis-rate-limiter'
import { parseInput } from './store-inputs'

export { RATE_LIMIT_POLICIES, RATE_LIMITER_NAMES, type RateLimiterName, type RateLimitPolicy } from './rate-limit-policies'

export type LimitCheck = { ok: true; remainingPoints: number } | { ok: false; retryAfterMs: number }

/** An IP, a user id or a normalised login name. */
const limitKeySchema = z.string().min(1, 'rate-limit key must not be empty').max(500, 'rate-limit key is too long')

/**
 * Spends points. A refusal is a result, not an exception; a real store
 * failure (with no insurance limiter to fall back on) still throws.
 */
export async function consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<LimitCheck> {
  try {
    const res = await limiter.consume(parseInput(limitKeySchema, key, 'rate-limit key'), points)
    return { ok: true, remainingPoints: res.remainingPoints }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, error.msBeforeNext) }
    throw error
  }
}

/** Whether the next point would be refused, without spending one. */
export async function peek(limiter: RateLimiterAbstract, key: string): Promise<LimitCheck> {
  const res = await limiter.get(parseInput(limitKeySchema, key, 'rate-limit key'))
  if (res === null) return { ok: true, remainingPoints: limiter.points }
  if (res.consumedPoints >= limiter.points) return { ok: false, retryAfterMs: Math.max(1, res.msBeforeNext) }
  return { ok: true, remainingPoints: limiter.points - res.consumedPoints }
}

export interface RateLimiters {
  readonly mode: 'redis' | 'in-process'
  readonly policies: Readonly<Record<RateLimiterName, RateLimitPolicy>>
  /** The underlying rate-limiter-flexible instance, for uses the methods below do not cover. */
  limiter(name: RateLimiterName): RateLimiterAbstract
  consume(name: RateLimiterName, key: string, points?: number): Promise<LimitCheck>
  peek(name: RateLimiterName, key: string): Promise<LimitCheck>
  /** Gives points back (e.g. a request that turned out not to count). */
  reward(name: RateLimiterName, key: string, points?: number): Promise<void>
  /** Forgets the key entirely, e.g. loginPerAccount after a successful login. */
  reset(name: RateLimiterName, key: string): Promise<void>
}

export interface RateLimitersOptions {
  /** Prepended to every Redis key (default "tpl:"). */
  keyPrefix?: string
  /** Replaces some policies; tests use short windows. */
  policies?: Partial<Record<RateLimiterName, RateLimitPolicy>>
}

/** The named limiters: in Redis for shared policies when a client is given, otherwise in this process. */
export function createRateLimiters(redis: RedisClient | null, options: RateLimitersOptions = {}): RateLimiters {
  const prefix = options.keyPrefix ?? 'tpl:'
  const policies = { ...RATE_LIMIT_POLICIES, ...options.policies } as Record<RateLimiterName, RateLimitPolicy>
  const limiters = new Map<RateLimiterName, RateLimiterAbstract>()
  for (const name of RATE_LIMITER_NAMES) {
    const policy = policies[name]
    const keyPrefix = `${prefix}rl:${name}`
    limiters.set(
      name,
      redis && policy.scope === 'shared'
        ? createRedisRateLimiter(redis, policy, keyPrefix)
        : createMemoryRateLimiter(policy, keyPrefix),
    )
  }
  const get = (name: RateLimiterName): RateLimiterAbstract => {
    const limiter = limiters.get(name)
    if (!limiter) throw new TypeError(`unknown rate limiter "${String(name)}"`)
    return limiter
  }

  return {
    mode: redis ? 'redis' : 'in-process',
    policies,
    limiter: get,
    consume: (name, key, points) => consume(get(name), key, points),
    peek: (name, key) => peek(get(name), key),
    async reward(name, key, points = 1) {
      await get(name).reward(parseInput(limitKeySchema, key, 'rate-limit key'), points)
    },
    async reset(name, key) {
      await get(name).delete(parseInput(limitKeySchema, key, 'rate-limit key'))
    },
  }
}
