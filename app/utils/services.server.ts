import type { SessionStorage } from '@remix-run/node'
import type { Logger } from 'pino'
import type { Db } from './db.server'
import type { Env } from './env.server'
import type { Stores } from '../../server/stores/index'

/**
 * Everything a route may use, built once by the composition root (server/index.ts)
 * and handed to loaders and actions through the load context, so the server
 * bundle and the app share one database pool, one Redis client and one logger.
 */
export interface AppServices {
  env: Env
  db: Db
  stores: Stores
  logger: Logger
  sessionStorage: SessionStorage<SessionData, SessionFlash>
  secrets: { session: string; certificate: string; csrf: string }
  publicUrl: string
  /** Process start, for the health page. */
  startedAt: Date
  /** Filled in by features that run background work (live engine, certificate jobs). */
  extensions: Partial<AppExtensions>
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AppExtensions {}

export type SessionData = { sessionId: string }
export type SessionFlash = { toast: { kind: 'success' | 'error' | 'info'; message: string } }
