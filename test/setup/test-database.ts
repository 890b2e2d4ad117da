import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { createDb, type Db } from '../../app/utils/db.server'
import { migrateDeploy } from '../../scripts/migrate/index'

const root = path.resolve(import.meta.dirname, '../..')
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/** Template name changes whenever a migration changes, so stale templates are never reused. */
function templateName(): string {
  const dir = path.join(root, 'prisma/migrations')
  const hash = createHash('sha256')
  for (const entry of readdirSync(dir).sort()) {
    const file = path.join(dir, entry, 'migration.sql')
    if (statSync(path.join(dir, entry)).isDirectory()) hash.update(entry).update(readFileSync(file))
  }
  return `tpl_template_${hash.digest('hex').slice(0, 12)}`
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Migrates the template once; an advisory lock keeps parallel workers from racing. */
async function ensureTemplate(): Promise<string> {
  const name = templateName()
  await admin(async (client) => {
    await client.query('SELECT pg_advisory_lock(727272)')
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (exists.rowCount) return
      await client.query(`CREATE DATABASE "${name}_building"`).catch(async () => {
        await client.query(`DROP DATABASE IF EXISTS "${name}_building" WITH (FORCE)`)
        await client.query(`CREATE DATABASE "${name}_building"`)
      })
      await migrateDeploy({
        databaseUrl: withDatabase(ADMIN_URL, `${name}_building`),
        schemaPath: path.join(root, 'prisma/schema.prisma'),
        migrationsDir: path.join(root, 'prisma/migrations'),
        quiet: true,
      })
      await client.query(`ALTER DATABASE "${name}_building" RENAME TO "${name}"`)
    } finally {
      await client.query('SELECT pg_advisory_unlock(727272)')
    }
  })
  return name
}

export type TestDatabase = { url: string; name: string; db: Db; drop(): Promise<void> }

/** A fresh, migrated database for one test file; drop() removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplate()
  const name = `tpl_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`))
  const url = withDatabase(ADMIN_URL, name)
  const db = createDb(url, 4)
  return {
    url,
    name,
    db,
    async drop() {
      await db.$disconnect()
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    },
  }
}

/** Fresh empty database by name (for the end-to-end server). */
export async function recreateDatabase(name: string): Promise<string> {
  const template = await ensureTemplate()
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  })
  return withDatabase(ADMIN_URL, name)
}
