import { createClient, type RedisClientType } from 'redis'
import type { StoreLogger } from './logger-type'

/** The client createClient({ url }) returns: no modules, functions or scripts; RESP3 types. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type RedisClient = RedisClientType<{}, {}, {}, 3, {}>

export interface RedisClients {
  /** Commands: stores, rate limiters, and the Socket.IO adapter's publishing side. */
  client: RedisClient
  /** Subscriptions only (a subscribed connection cannot run other commands): the Socket.IO adapter's subClient. */
  subClient: RedisClient
  /** For /healthz: resolves 'ok' or throws. */
  ping(): Promise<'ok'>
  /** Sends what is queued, then disconnects both; safe to call twice. */
  close(): Promise<void>
}

export interface RedisClientsOptions {
  /** How long start-up may wait for Redis before failing (default 10 s). After the first connection, reconnects never give up. */
  connectTimeoutMs?: number
}

/** The URL without its password, for logs and error messages. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'an unparsable Redis URL'
  }
}

/** Backoff between reconnection attempts: 100 ms doubling up to 5 s. */
export function reconnectDelayMs(retries: number): number {
  return Math.min(100 * 2 ** Math.min(retries, 6), 5000)
}

/**
 * Two connected clients for one Redis URL. Start-up fails fast with a clear
 * message when Redis is unreachable, instead of hanging; once connected, a
 * lost connection is retried forever (commands wait in the offline queue) and
 * logged without flooding the log: one line when it breaks, one summary every
 * 10 s while it stays down, one line when it is back.
 */
export async function createRedisClients(url: string, logger: StoreLogger, options: RedisClientsOptions = {}): Promise<RedisClients> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000
  const where = describeRedisUrl(url)
  const startedAt = Date.now()

  const open = async (role: 'client' | 'subClient'): Promise<RedisClient> => {
    let everReady = false
    let healthy = false
    let lastLogAt = 0
    let unlogged = 0
    const client = createClient({
      url,
      socket: {
        connectTimeout: Math.min(5000, connectTimeoutMs),
        reconnectStrategy: (retries, cause) => {
          if (!everReady && Date.now() - startedAt >= connectTimeoutMs) {
            return new Error(`could not connect to Redis at ${where} within ${connectTimeoutMs} ms: ${cause.message}`)
          }
          return reconnectDelayMs(retries)
        },
      },
    })
    client.on('error', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      const t = Date.now()
      if (healthy || t - lastLogAt >= 10_000) {
        logger.error({ role, redis: where, err: message, repeated: unlogged }, 'Redis connection error')
        healthy = false
        lastLogAt = t
        unlogged = 0
      } else {
        unlogged++
      }
    })
    client.on('ready', () => {
      if (everReady) logger.info({ role, redis: where }, 'Redis connection is back')
      everReady = true
      healthy = true
    })
    try {
      await client.connect()
    } catch (error) {
      client.destroy()
      throw new Error(`Redis ${role}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
    return client
  }

  const client = await open('client')
  let subClient: RedisClient
  try {
    subClient = await open('subClient')
  } catch (error) {
    client.destroy()
    throw error
  }
  logger.info({ redis: where }, 'connected to Redis')

  let closing: Promise<void> | null = null
  return {
    client,
    subClient,
    async ping() {
      const reply = await client.ping()
      if (reply !== 'PONG') throw new Error(`unexpected PING reply: ${String(reply)}`)
      return 'ok'
    },
    close() {
      closing ??= Promise.all(
        [client, subClient].map(async (c) => {
          if (!c.isOpen) return
          try {
            await c.close()
          } catch {
            // Already closing or the connection is gone: nothing left to flush.
            c.destroy()
          }
        }),
      ).then(() => undefined)
      return closing
    },
  }
}
