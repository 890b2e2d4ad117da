import { randomUUID } from 'node:crypto'
import { PrismaPg } from '@prisma/adapter-pg'
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { MigrateError } from './migrate-error'

/**
 * A driver adapter factory for the WebAssembly schema engine, built on
 * `@prisma/adapter-pg` with the gaps that only show up under the schema engine
 * covered (docs/decisions/001):
 * 1. the engine's catalog queries return `"char"` (oid 18) and `name` (oid 19)
 *    columns, which adapter-pg refuses or may refuse;
 * 2. adapter-pg's `executeScript` splits on `;`, which breaks `$$` bodies and
 *    applies half a migration when a later statement fails;
 * 3. adapter-pg's own shadow database ignores the database name when it was
 *    given a connection string, and drops the database while its pool is open;
 * 4. (handled by the commands) `devDiagnostic` must run again after
 *    `applyMigrations` inside `dev`.
 */
export type MigrationConnection = {
  factory: SqlMigrationAwareDriverAdapterFactory
  /** Ends every pool and drops any temporary shadow database still around. */
  close(): Promise<void>
}

export type MigrationConnectionOptions = {
  databaseUrl: string
  /** A database the engine may wipe; without it a temporary one is created on the same server. */
  shadowDatabaseUrl?: string
}

const PG_CHAR_OID = 18
const PG_NAME_OID = 19
const PG_TEXT_OID = 25
export const SHADOW_DATABASE_PREFIX = 'prisma_migrate_shadow_db_'

export function createMigrationConnection(options: MigrationConnectionOptions): MigrationConnection {
  const pools = new Set<pg.Pool>()
  const temporaryShadows = new Set<string>()

  // One connection per database: the engine's advisory lock is a session lock,
  // so taking and releasing it must happen on the same connection.
  const openPool = (connectionString: string): pg.Pool => {
    const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 10_000 })
    // Errors on idle clients (e.g. the server going away) surface on the next query instead.
    pool.on('error', () => {})
    pools.add(pool)
    return pool
  }
  const endPool = async (pool: pg.Pool): Promise<void> => {
    if (!pools.delete(pool)) return
    await pool.end()
  }

  const connectTo = async (pool: pg.Pool, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> => {
    const adapter = await new PrismaPg(pool).connect()
    return patchAdapter(adapter, onDispose)
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      const pool = openPool(options.databaseUrl)
      return connectTo(pool, () => endPool(pool))
    },
    async connectToShadowDb() {
      if (options.shadowDatabaseUrl) {
        if (sameDatabase(options.shadowDatabaseUrl, options.databaseUrl)) {
          throw new MigrateError('SHADOW_DATABASE_URL points at the database being migrated; the shadow database is wiped, so it must be another one.')
        }
        const pool = openPool(options.shadowDatabaseUrl)
        // The engine expects an empty database each time it asks for one.
        await pool.query(WIPE_DATABASE_SQL).catch((error: unknown) => {
          throw new MigrateError(`Could not empty the shadow database: ${error instanceof Error ? error.message : String(error)}`)
        })
        return connectTo(pool, () => endPool(pool))
      }
      const name = `${SHADOW_DATABASE_PREFIX}${randomUUID().replaceAll('-', '')}`
      await runAdminStatement(options.databaseUrl, `CREATE DATABASE "${name}"`, 'create a temporary shadow database', refusePglite)
      temporaryShadows.add(name)
      const pool = openPool(withDatabase(options.databaseUrl, name))
      return connectTo(pool, async () => {
        await endPool(pool)
        await dropShadow(name)
      })
    },
  }

  const dropShadow = async (name: string): Promise<void> => {
    if (!temporaryShadows.delete(name)) return
    // FORCE: the engine may still hold a connection we do not own.
    await runAdminStatement(options.databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, 'drop the temporary shadow database')
  }

  return {
    factory,
    async close() {
      await Promise.allSettled([...pools].map((pool) => endPool(pool)))
      for (const name of [...temporaryShadows]) await dropShadow(name)
    },
  }
}

const WIPE_DATABASE_SQL = `DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`

export function sameDatabase(a: string, b: string): boolean {
  const key = (value: string) => {
    const url = new URL(value)
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`
  }
  return key(a) === key(b)
}

/** The same server and credentials, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl)
  url.pathname = `/${encodeURIComponent(database)}`
  return url.toString()
}

/** PGlite has one database: creating another one there kills its connection. */
async function refusePglite(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ version: string }>('SELECT version() AS version')
  if (/PGlite|emscripten/i.test(rows[0]?.version ?? '')) {
    throw new MigrateError('`dev` needs a real PostgreSQL server for its shadow database; this is PGlite. Use `deploy` here and run `dev` against PostgreSQL.')
  }
}

async function runAdminStatement(databaseUrl: string, sql: string, purpose: string, check?: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await check?.(client)
    await client.query(sql)
  } catch (error) {
    if (error instanceof MigrateError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new MigrateError(
      `Could not ${purpose} (${reason}). \`dev\` needs a PostgreSQL server where this user may CREATE DATABASE, or SHADOW_DATABASE_URL.`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}

type PgQueryResult = { fields: { dataTypeID: number }[]; rows: unknown[][] }
type PgQueryableInternals = { performIO: (query: SqlQuery) => Promise<PgQueryResult> }
type Queryable = { queryRaw(query: SqlQuery): Promise<SqlResultSet> }

function patchAdapter(adapter: SqlDriverAdapter, onDispose: () => Promise<void>): SqlDriverAdapter {
  patchCatalogColumnTypes(adapter)
  const startTransaction = adapter.startTransaction.bind(adapter)
  return Object.assign(adapter, {
    // One simple-protocol query: PostgreSQL runs a multi-statement string as one
    // implicit transaction, so a failing migration leaves nothing half-applied.
    executeScript: async (script: string): Promise<void> => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] })
    },
    startTransaction: async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
      const transaction = await startTransaction(...args)
      patchCatalogColumnTypes(transaction)
      return transaction
    },
    dispose: onDispose,
  })
}

/**
 * adapter-pg maps column oids to Prisma column types in a private step; `"char"`
 * is not in its table. The hook renames those columns to `text` before the
 * mapping and then reports `"char"` as Character, which is what the engine reads.
 * The result's `rows` array is the one adapter-pg returns, so it keys the fix-up
 * without shared state between concurrent queries.
 */
function patchCatalogColumnTypes(queryable: Queryable): void {
  const internals = queryable as unknown as Partial<PgQueryableInternals>
  const performIO = internals.performIO
  if (typeof performIO !== 'function') {
    throw new MigrateError('@prisma/adapter-pg no longer has performIO: update scripts/migrate/pg-migration-adapter.ts for this version.')
  }
  const charColumns = new WeakMap<unknown[][], number[]>()
  internals.performIO = async (query: SqlQuery) => {
    const result = await performIO.call(queryable, query)
    // A multi-statement script (executeScript) yields an array of results: nothing to map.
    if (!Array.isArray(result.fields)) return result
    const chars: number[] = []
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) chars.push(index)
      if (field.dataTypeID === PG_CHAR_OID || field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID
    })
    if (chars.length > 0) charColumns.set(result.rows, chars)
    return result
  }
  const queryRaw = queryable.queryRaw.bind(queryable)
  queryable.queryRaw = async (query: SqlQuery) => {
    const result = await queryRaw(query)
    for (const index of charColumns.get(result.rows as unknown[][]) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character
    return result
  }
}
