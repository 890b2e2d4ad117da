import type { Leaderboard } from './leaderboard'
import type { LiveGameStore } from './live-game-store'
import type { StoreLogger } from './logger-type'
import { createMemoryLeaderboard } from './memory-leaderboard'
import { createMemoryLiveGameStore } from './memory-live-game-store'
import { createRateLimiters, type RateLimiters } from './rate-limiters'
import { createRedisClients, type RedisClient } from './redis-client'
import { createRedisLeaderboard } from './redis-leaderboard'
import { createRedisLiveGameStore } from './redis-live-game-store'

export type { CompositeValue } from './composite-score'
export type { Leaderboard, LeaderboardEntryInput, RankedEntry } from './leaderboard'
export { LeaderboardRangeError, MAX_ABS_PRIMARY, MAX_SECONDARY } from './leaderboard'
export type { LiveGameStore, LiveGameStoreOptions } from './live-game-store'
export type { StoreLogger } from './logger-type'
export {
  consume,
  peek,
  RATE_LIMIT_POLICIES,
  RATE_LIMITER_NAMES,
  type LimitCheck,
  type RateLimiterName,
  type RateLimiters,
  type RateLimitPolicy,
} from './rate-limiters'
export type { RedisClient } from './redis-client'

export interface Stores {
  /** 'redis': shared by every process on the same Redis. 'in-process': this process only, lost on restart. */
  mode: 'redis' | 'in-process'
  leaderboard: Leaderboard
  liveGames: LiveGameStore
  rateLimiters: RateLimiters
  /**
   * For the Socket.IO Redis adapter: createAdapter(redis.client, redis.subClient). Redis
   * publishes to every database alike, so channels carry `channelPrefix` (key prefix and
   * database number): apps on different databases of one Redis do not hear each other.
   */
  redis: { client: RedisClient; subClient: RedisClient; channelPrefix: string } | null
  /** For /healthz: 'ok' when Redis answers, 'in-process' without Redis; throws when Redis is down. */
  ping(): Promise<'ok' | 'in-process'>
  close(): Promise<void>
}

export interface CreateStoresOptions {
  /** redis:// or rediss:// URL; without it every store lives in this process. */
  redisUrl?: string
  logger: StoreLogger
  /** Prepended to every Redis key (default "tpl:"), so several apps or test runs can share one Redis. */
  keyPrefix?: string
  /** How long start-up waits for Redis (default 10 s). */
  connectTimeoutMs?: number
  /** Seconds a live game survives without a save (default 24 h). */
  liveStateTtlSeconds?: number
}

export async function createStores(options: CreateStoresOptions): Promise<Stores> {
  const keyPrefix = options.keyPrefix ?? 'tpl:'
  const liveOptions = { stateTtlSeconds: options.liveStateTtlSeconds }

  if (!options.redisUrl) {
    options.logger.warn(
      'no REDIS_URL: live games, leaderboards and rate limits are kept in this process (one process only; a restart ends running games)',
    )
    return {
      mode: 'in-process',
      leaderboard: createMemoryLeaderboard(),
      liveGames: createMemoryLiveGameStore(liveOptions),
      rateLimiters: createRateLimiters(null),
      redis: null,
      ping: async () => 'in-process',
      close: async () => {},
    }
  }

  const clients = await createRedisClients(options.redisUrl, options.logger, { connectTimeoutMs: options.connectTimeoutMs })
  return {
    mode: 'redis',
    leaderboard: createRedisLeaderboard(clients.client, { keyPrefix }),
    liveGames: createRedisLiveGameStore(clients.client, { ...liveOptions, keyPrefix }),
    rateLimiters: createRateLimiters(clients.client, { keyPrefix }),
    redis: { client: clients.client, subClient: clients.subClient, channelPrefix: redisChannelPrefix(keyPrefix, options.redisUrl) },
    ping: () => clients.ping(),
    close: () => clients.close(),
  }
}

/** "tpl:db3:" for redis://host:6379/3 (database 0 when the URL names none). */
export function redisChannelPrefix(keyPrefix: string, redisUrl: string): string {
  let database = 0
  try {
    database = Number(new URL(redisUrl).pathname.slice(1) || 0) || 0
  } catch {
    // The URL was validated at start-up; a test may pass something looser.
  }
  return `${keyPrefix}db${database}:`
}
