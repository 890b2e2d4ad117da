import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import type { Logger } from 'pino'
import type { Env } from '../app/utils/env.server'
import { startEmbeddedPostgres } from './db/embedded-postgres'

export type DatabaseHandle = {
  url: string
  embedded: boolean
  /** Connections per process: PGlite serves one at a time. */
  poolMax: number
  describe: string
  stop(): Promise<void>
}

/**
 * No DATABASE_URL: an embedded PostgreSQL under DATA_DIR. Otherwise wait for the
 * real one with exponential back-off, then give up with one clear line.
 */
export async function openDatabase(env: Env, logger: Logger): Promise<DatabaseHandle> {
  if (!env.DATABASE_URL) {
    const dataDir = path.resolve(env.DATA_DIR, 'pglite')
    const embedded = await startEmbeddedPostgres({ dataDir })
    return {
      url: embedded.url,
      embedded: true,
      poolMax: embedded.maxConnections ?? 1,
      describe: `embedded PGlite in ${dataDir}`,
      stop: embedded.stop,
    }
  }
  await waitForDatabase(env.DATABASE_URL, env.DB_CONNECT_RETRIES, logger)
  const safe = new URL(env.DATABASE_URL)
  safe.password = safe.password ? '***' : ''
  return { url: env.DATABASE_URL, embedded: false, poolMax: env.DB_POOL_MAX, describe: `PostgreSQL ${safe.host}${safe.pathname}`, stop: async () => {} }
}

export async function waitForDatabase(url: string, retries: number, logger: Logger): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
    try {
      await client.connect()
      await client.query('SELECT 1')
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => {})
      const message = error instanceof Error ? error.message : String(error)
      if (attempt >= retries) {
        throw new Error(`Cannot reach the database at DATABASE_URL after ${attempt + 1} attempts: ${message}`)
      }
      const delay = Math.min(500 * 2 ** attempt, 10_000)
      logger.warn({ attempt: attempt + 1, retries, delayMs: delay, error: message }, 'database not reachable yet, retrying')
      await sleep(delay)
    }
  }
}
