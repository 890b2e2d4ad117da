// Integration test of the WebAssembly-engine migrations (docs/decisions/001) on
// real PostgreSQL: it depends on Prisma internals, so it must run on every upgrade.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MigrateError, migrateDeploy, migrateDev, migrateReset, migrateResolve, migrateStatus, type MigrateTarget } from './migrate/index'
import { lockfileContent } from './migrate/migrations-directory'
import { createMigrationConnection, SHADOW_DATABASE_PREFIX } from './migrate/pg-migration-adapter'

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const projectRoot = path.resolve(import.meta.dirname, '..')
const run = promisify(execFile)

const SCHEMA_V1 = `datasource db {
  provider = "postgresql"
}

model Contest {
  id    Int    @id @default(autoincrement())
  title String
}
`
const SCHEMA_V2 = SCHEMA_V1.replace('  title String\n', '  title String\n  code  String?\n')

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function admin(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    return await client.query(sql, values)
  } finally {
    await client.end()
  }
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<R>(sql, values)).rows
  } finally {
    await client.end()
  }
}

/** The CLI as the npm scripts run it; env is replaced, not merged, so DATABASE_URL is only what the test gives. */
async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs')
  try {
    const { stdout, stderr } = await run(process.execPath, [tsx, 'scripts/migrate.ts', ...args], {
      cwd: projectRoot,
      env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

describe('scripts/migrate on PostgreSQL', () => {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`
  const devDb = `mig_test_dev_${suffix}`
  const deployDb = `mig_test_deploy_${suffix}`
  let dir: string
  let target: MigrateTarget
  let logs: string[]
  let initName: string
  let addColName: string

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${devDb}"`)
    await admin(`CREATE DATABASE "${deployDb}"`)
    dir = await mkdtemp(path.join(tmpdir(), 'migrate-test-'))
    await writeFile(path.join(dir, 'schema.prisma'), SCHEMA_V1)
    logs = []
    target = {
      databaseUrl: withDatabase(ADMIN_URL, devDb),
      schemaPath: path.join(dir, 'schema.prisma'),
      migrationsDir: path.join(dir, 'migrations'),
      log: (line) => logs.push(line),
    }
  })

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${devDb}" WITH (FORCE)`)
    await admin(`DROP DATABASE IF EXISTS "${deployDb}" WITH (FORCE)`)
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('dev --name init writes the migration and the lockfile, and applies it with a checksum row', async () => {
    const result = await migrateDev({ ...target, name: 'init' })

    expect(result.createdMigrationName).toMatch(/^\d{14}_init$/)
    expect(result.createdApplied).toBe(true)
    initName = result.createdMigrationName ?? ''
    const sql = await readFile(path.join(target.migrationsDir, initName, 'migration.sql'), 'utf8')
    expect(sql).toContain('CREATE TABLE "Contest"')
    expect(await readFile(path.join(target.migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(lockfileContent('postgresql'))

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      target.databaseUrl,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations',
    )
    expect(rows).toHaveLength(1)
    expect(rows[0].migration_name).toBe(initName)
    expect(rows[0].checksum).toBe(createHash('sha256').update(sql).digest('hex'))
    expect(rows[0].finished_at).toBeInstanceOf(Date)
    expect(rows[0].applied_steps_count).toBe(1)
    expect(await query(target.databaseUrl, 'SELECT id, title FROM "Contest"')).toEqual([])
  })

  it('dev --name add_col creates a second migration with the ALTER and applies it', async () => {
    await writeFile(target.schemaPath, SCHEMA_V2)
    const result = await migrateDev({ ...target, name: 'add_col' })

    expect(result.createdMigrationName).toMatch(/^\d{14}_add_col$/)
    addColName = result.createdMigrationName ?? ''
    // Often stamped in the same second as init: it must still replay after it.
    expect(addColName > initName).toBe(true)
    const sql = await readFile(path.join(target.migrationsDir, addColName, 'migration.sql'), 'utf8')
    expect(sql).toMatch(/ALTER TABLE "Contest" ADD COLUMN\s+"code" TEXT;/)
    const columns = await query<{ column_name: string }>(
      target.databaseUrl,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Contest' ORDER BY ordinal_position`,
    )
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'title', 'code'])
    expect((await readdir(target.migrationsDir)).sort()).toEqual([initName, addColName, 'migration_lock.toml'].sort())
  })

  it('dev with no schema change creates nothing', async () => {
    const result = await migrateDev(target)
    expect(result).toEqual({ appliedMigrationNames: [], createdApplied: false })
    expect(logs.at(-1)).toMatch(/Already in sync/)
  })

  it('status reports up to date, and the CLI exits 0', async () => {
    const status = await migrateStatus(target)
    expect(status).toMatchObject({ migrationNames: [initName, addColName], upToDate: true, editedMigrationNames: [] })

    const out = await cli(['status', '--schema', target.schemaPath, '--migrations', target.migrationsDir], { DATABASE_URL: target.databaseUrl })
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('Database schema is up to date.')
  })

  it('deploy on a second fresh database applies both migrations with the same checksums', async () => {
    const deployUrl = withDatabase(ADMIN_URL, deployDb)
    const result = await migrateDeploy({ ...target, databaseUrl: deployUrl })
    expect(result).toEqual({ migrationNames: [initName, addColName], appliedMigrationNames: [initName, addColName] })

    const checksums = (url: string) => query(url, 'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name')
    expect(await checksums(deployUrl)).toEqual(await checksums(target.databaseUrl))
    await query(deployUrl, `INSERT INTO "Contest" (title, code) VALUES ('Tìm hiểu Nghị quyết 66', 'NQ66')`)

    const again = await migrateDeploy({ ...target, databaseUrl: deployUrl })
    expect(again.appliedMigrationNames).toEqual([])
  })

  it('refuses a change that loses data unless accepted', async () => {
    await query(target.databaseUrl, `INSERT INTO "Contest" (title, code) VALUES ('a', 'b')`)
    await writeFile(target.schemaPath, SCHEMA_V1)
    await expect(migrateDev({ ...target, name: 'drop_code' })).rejects.toThrow(/loses data[\s\S]*drop the column `code`/)
    expect(await readdir(target.migrationsDir)).toHaveLength(3)

    const accepted = await migrateDev({ ...target, name: 'drop_code', acceptDataLoss: true })
    expect(accepted.createdMigrationName).toMatch(/_drop_code$/)
    expect(accepted.createdApplied).toBe(true)
  })

  it('applies a hand-written $$ function body from a --create-only migration', async () => {
    const created = await migrateDev({ ...target, name: 'trim title', createOnly: true })
    expect(created.createdApplied).toBe(false)
    const file = created.createdMigrationFile ?? ''
    expect(path.basename(path.dirname(file))).toMatch(/_trim_title$/)
    await appendFile(
      file,
      `\nCREATE FUNCTION trim_title() RETURNS trigger AS $$
BEGIN
  NEW.title := btrim(NEW.title);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contest_trim_title BEFORE INSERT ON "Contest" FOR EACH ROW EXECUTE FUNCTION trim_title();
`,
    )
    const applied = await migrateDev(target)
    expect(applied.appliedMigrationNames).toEqual([path.basename(path.dirname(file))])
    const rows = await query<{ title: string }>(target.databaseUrl, `INSERT INTO "Contest" (title) VALUES ('  Vòng loại  ') RETURNING title`)
    expect(rows).toEqual([{ title: 'Vòng loại' }])
  })

  it('a failing migration applies nothing of itself, is reported by name, and can be marked rolled back', async () => {
    const bad = '29991231000000_bad'
    await mkdir(path.join(target.migrationsDir, bad))
    await writeFile(path.join(target.migrationsDir, bad, 'migration.sql'), 'CREATE TABLE "Half" (id int);\nCREATE TABLE "Contest" (id int);\n')

    await expect(migrateDeploy(target)).rejects.toThrow(/Migration `29991231000000_bad` failed: .*relation "Contest" already exists/)
    expect(await query(target.databaseUrl, `SELECT to_regclass('"Half"') AS half`)).toEqual([{ half: null }])
    expect((await migrateStatus(target)).failedMigrationNames).toEqual([bad])
    await expect(migrateDeploy(target)).rejects.toMatchObject({ code: 'P3009' })

    await migrateResolve({ ...target, migrationName: bad, as: 'rolled-back' })
    await rm(path.join(target.migrationsDir, bad), { recursive: true })
    expect((await migrateStatus(target)).upToDate).toBe(true)
  })

  it('reports a hand-edited applied migration: status, the CLI exit code, and dev', async () => {
    const file = path.join(target.migrationsDir, addColName, 'migration.sql')
    const original = await readFile(file, 'utf8')
    await writeFile(file, `${original}\n-- edited by hand\n`)
    try {
      const status = await migrateStatus(target)
      expect(status.editedMigrationNames).toEqual([addColName])
      expect(status.upToDate).toBe(false)

      const out = await cli(['status', '--schema', target.schemaPath, '--migrations', target.migrationsDir], { DATABASE_URL: target.databaseUrl })
      expect(out.code).toBe(1)
      expect(out.stdout).toContain(`Modified after they were applied (checksum mismatch):\n  ${addColName}`)

      await expect(migrateDev(target)).rejects.toThrow(`The migration \`${addColName}\` was modified after it was applied.`)
    } finally {
      await writeFile(file, original)
    }
  })

  it('reset drops the data and everything not in the migrations, then re-applies them', async () => {
    await query(target.databaseUrl, 'CREATE TABLE handmade (id int)')
    expect(Number((await query<{ n: string }>(target.databaseUrl, 'SELECT count(*) AS n FROM "Contest"'))[0].n)).toBeGreaterThan(0)

    const refused = await cli(['reset', '--schema', target.schemaPath, '--migrations', target.migrationsDir], { DATABASE_URL: target.databaseUrl })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/Re-run with --force/)

    const result = await migrateReset(target)
    expect(result.appliedMigrationNames).toHaveLength(4)
    expect(await query(target.databaseUrl, 'SELECT * FROM "Contest"')).toEqual([])
    expect(await query(target.databaseUrl, `SELECT to_regclass('handmade') AS t`)).toEqual([{ t: null }])
  })

  it('fails with one clear message when the database is unreachable', async () => {
    const unreachable = 'postgresql://postgres@127.0.0.1:1/nowhere'
    await expect(migrateDeploy({ ...target, databaseUrl: unreachable })).rejects.toThrow(/Can't reach database server at `127.0.0.1:1`/)

    const out = await cli(['deploy', '--schema', target.schemaPath, '--migrations', target.migrationsDir], { DATABASE_URL: unreachable })
    expect(out.code).toBe(1)
    expect(out.stderr.trim().split('\n')[0]).toBe("Error: Can't reach database server at `127.0.0.1:1`")
  })

  it('throws MigrateError for a missing schema file', async () => {
    await expect(migrateStatus({ ...target, schemaPath: path.join(dir, 'nope.prisma') })).rejects.toBeInstanceOf(MigrateError)
  })
})

describe('the shadow database', () => {
  it('is created on the same server, reachable through the adapter, and dropped on dispose', async () => {
    const connection = createMigrationConnection({ databaseUrl: withDatabase(ADMIN_URL, 'postgres') })
    try {
      const shadow = await connection.factory.connectToShadowDb()
      const result = await shadow.queryRaw({ sql: 'SELECT current_database() AS name', args: [], argTypes: [] })
      const name = String(result.rows[0][0])
      expect(name.startsWith(SHADOW_DATABASE_PREFIX)).toBe(true)
      expect((await admin('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount).toBe(1)

      await shadow.dispose()
      expect((await admin('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount).toBe(0)
    } finally {
      await connection.close()
    }
  })

  it('reads "char" catalog columns as characters and runs a script as one atomic statement', async () => {
    const connection = createMigrationConnection({ databaseUrl: withDatabase(ADMIN_URL, 'postgres') })
    try {
      const shadow = await connection.factory.connectToShadowDb()
      const kinds = await shadow.queryRaw({ sql: `SELECT relkind, relname FROM pg_class WHERE relname = 'pg_class'`, args: [], argTypes: [] })
      expect(kinds.rows).toEqual([['r', 'pg_class']])
      expect(kinds.columnTypes).toEqual([6, 7]) // Character, Text (relname is `name`)

      await expect(shadow.executeScript('CREATE TABLE a (id int); CREATE TABLE a (id int);')).rejects.toBeDefined()
      const left = await shadow.queryRaw({ sql: `SELECT to_regclass('a')::text AS t`, args: [], argTypes: [] })
      expect(left.rows).toEqual([[null]])
      await shadow.dispose()
    } finally {
      await connection.close()
    }
  })

  it('refuses a SHADOW_DATABASE_URL that is the database being migrated', async () => {
    const url = withDatabase(ADMIN_URL, 'postgres')
    const sameWithOtherParams = new URL(url)
    sameWithOtherParams.searchParams.set('application_name', 'shadow')
    const connection = createMigrationConnection({ databaseUrl: url, shadowDatabaseUrl: sameWithOtherParams.toString() })
    try {
      await expect(connection.factory.connectToShadowDb()).rejects.toThrow(/must be another one/)
    } finally {
      await connection.close()
    }
  })
})
