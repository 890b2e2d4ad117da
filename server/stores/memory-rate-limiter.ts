import { RateLimiterMemory } from 'rate-limiter-flexible'
import type { RateLimitPolicy } from './rate-limit-policies'

/** One limiter counting in this process only. */
export function createMemoryRateLimiter(policy: RateLimitPolicy, keyPrefix: string): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix,
    points: policy.points,
    duration: policy.durationSeconds,
    blockDuration: policy.blockSeconds ?? 0,
  })
}
