import { RateLimiterRedis } from 'rate-limiter-flexible'
import { createMemoryRateLimiter } from './memory-rate-limiter'
import type { RateLimitPolicy } from './rate-limit-policies'
import type { RedisClient } from './redis-client'

/**
 * One limiter counting in Redis, shared by every process. While Redis is not
 * ready it refuses to queue (a login must not hang on a Redis outage) and
 * counts in this process instead: limits stay enforced per process rather
 * than failing open or locking everyone out.
 */
export function createRedisRateLimiter(client: RedisClient, policy: RateLimitPolicy, keyPrefix: string): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix,
    points: policy.points,
    duration: policy.durationSeconds,
    blockDuration: policy.blockSeconds ?? 0,
    insuranceLimiter: createMemoryRateLimiter(policy, keyPrefix),
  })
}
