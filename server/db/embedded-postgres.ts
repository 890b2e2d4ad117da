import { mkdir, open, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export type EmbeddedPostgresOptions = {
  /** Where the database files live; created if missing. */
  dataDir: string
  /** Default: a free port chosen by the OS. */
  port?: number
  /** The most connections one pg Pool may open (default 4). */
  maxConnections?: number
}

export type EmbeddedPostgres = {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string
  port: number
  /**
   * The pool size callers must use (pg `max`, adapter-pg `max`). The server
   * accepts a few more so a migration or a one-off client can connect beside
   * a full pool; beyond its limit it drops connections with no PostgreSQL error.
   */
  maxConnections: number
  /** Stops listening and closes PGlite cleanly. End your pools first. Idempotent. */
  stop(): Promise<void>
}

const DEFAULT_POOL_CONNECTIONS = 4
/** For migrations at start-up, health checks and a socket the server has not yet seen close. */
const RESERVED_CONNECTIONS = 2

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted under `dataDir` and
 * served on 127.0.0.1 through pglite-socket, so the normal `pg`/adapter-pg
 * code path and `migrate deploy` work unchanged (docs/decisions/002).
 *
 * PGlite is one backend: pglite-socket multiplexes connections onto it and
 * runs one query at a time, keeping a transaction's queries together. Session
 * state (SET, advisory locks, temporary tables, named prepared statements) is
 * therefore shared by every connection. It has a single database, `postgres`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir)
  const maxConnections = options.maxConnections ?? DEFAULT_POOL_CONNECTIONS
  if (!Number.isInteger(maxConnections) || maxConnections < 1) {
    throw new Error(`maxConnections must be a positive integer, got ${maxConnections}`)
  }
  await mkdir(path.dirname(dataDir), { recursive: true })
  const releaseLock = await lockDataDir(dataDir)

  let db: PGlite | undefined
  let server: PGLiteSocketServer | undefined
  try {
    // pg_trgm backs the question bank's substring search (a GIN trigram index).
    db = await PGlite.create({ dataDir, extensions: { pg_trgm } })
    server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: maxConnections + RESERVED_CONNECTIONS,
    })
    await server.start()
  } catch (error) {
    await db?.close().catch(() => {})
    await releaseLock()
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${reason}`)
  }

  const port = Number(server.getServerConn().split(':').pop())
  const running = { db, server }
  let stopping: Promise<void> | undefined
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    maxConnections,
    stop() {
      // A clean close checkpoints; after a kill, PostgreSQL recovers but
      // sequences skip ahead (they are logged 32 values at a time).
      stopping ??= (async () => {
        try {
          await running.server.stop()
          await running.db.close()
        } finally {
          await releaseLock()
        }
      })()
      return stopping
    },
  }
}

/**
 * PGlite does not lock its data directory, and two processes writing the same
 * files corrupt them: a pid file beside the directory refuses the second one.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(lockFile, { force: true })
    } catch (error) {
      if (!isErrnoException(error) || error.code !== 'EEXIST') throw error
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim())
      if (holder && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${holder}${holder === process.pid ? ' (this one)' : ''}. ` +
            `Stop it first, or delete ${lockFile} if that process is not this app.`,
        )
      }
      await rm(lockFile, { force: true })
    }
  }
  throw new Error(`Could not lock ${dataDir}: ${lockFile} keeps reappearing.`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return isErrnoException(error) && error.code === 'EPERM'
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}
