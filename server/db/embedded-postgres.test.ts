import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDeploy, migrateStatus } from '../../scripts/migrate/index'
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres'

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Participant {
  id   Int    @id @default(autoincrement())
  name String
}
`
const MIGRATION = `CREATE TABLE "Participant" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);
`

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address !== 'object') throw new Error('no port')
  return address.port
}

describe('startEmbeddedPostgres', () => {
  let dir: string
  let dataDir: string
  let target: { schemaPath: string; migrationsDir: string; quiet: true }
  const started: EmbeddedPostgres[] = []

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'embedded-pg-test-'))
    dataDir = path.join(dir, 'data', 'pglite')
    await writeFile(path.join(dir, 'schema.prisma'), SCHEMA)
    await mkdir(path.join(dir, 'migrations', '20250101000000_init'), { recursive: true })
    await writeFile(path.join(dir, 'migrations', '20250101000000_init', 'migration.sql'), MIGRATION)
    target = { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations'), quiet: true }
  })

  afterAll(async () => {
    for (const embedded of started) await embedded.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('migrates with deploy, serves a full pool, persists across a clean restart', async () => {
    const first = await startEmbeddedPostgres({ dataDir })
    started.push(first)
    expect(first.url).toBe(`postgresql://postgres@127.0.0.1:${first.port}/postgres`)
    expect(first.maxConnections).toBe(4)
    expect(Number(await readFile(`${dataDir}.lock`, 'utf8'))).toBe(process.pid)

    const deployed = await migrateDeploy({ ...target, databaseUrl: first.url })
    expect(deployed.appliedMigrationNames).toEqual(['20250101000000_init'])

    const pool = new pg.Pool({ connectionString: first.url, max: first.maxConnections })
    try {
      const names = Array.from({ length: 12 }, (_, i) => `Thí sinh ${i + 1}`)
      await Promise.all(names.map((name) => pool.query('INSERT INTO "Participant" (name) VALUES ($1)', [name])))
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        await client.query(`INSERT INTO "Participant" (name) VALUES ('rolled back')`)
        await client.query('ROLLBACK')
      } finally {
        client.release()
      }
      const rows = await pool.query<{ id: number; name: string }>('SELECT id, name FROM "Participant" ORDER BY id')
      expect(rows.rows.map((r) => r.name).sort()).toEqual([...names].sort())
      expect(rows.rows.map((r) => r.id)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
    } finally {
      await pool.end()
    }

    await first.stop()
    await expect(stat(`${dataDir}.lock`)).rejects.toMatchObject({ code: 'ENOENT' })

    const port = await freePort()
    const second = await startEmbeddedPostgres({ dataDir, port })
    started.push(second)
    expect(second.port).toBe(port)
    expect((await migrateDeploy({ ...target, databaseUrl: second.url })).appliedMigrationNames).toEqual([])

    const client = new pg.Client({ connectionString: second.url })
    await client.connect()
    try {
      const count = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Participant"')
      expect(count.rows[0].n).toBe(12)
      // After a clean close the sequence continues; after a crash it would skip ahead by up to 32.
      const next = await client.query<{ id: number }>(`INSERT INTO "Participant" (name) VALUES ('after restart') RETURNING id`)
      expect(next.rows[0].id).toBe(14)
    } finally {
      await client.end()
    }
    await second.stop()
    await second.stop()
  })

  it("applies the project's migrations, including the question bank's trigram index", async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data', 'project') })
    started.push(embedded)
    const root = path.resolve(import.meta.dirname, '../..')
    await migrateDeploy({
      databaseUrl: embedded.url,
      schemaPath: path.join(root, 'prisma/schema.prisma'),
      migrationsDir: path.join(root, 'prisma/migrations'),
      quiet: true,
    })
    const client = new pg.Client({ connectionString: embedded.url })
    await client.connect()
    try {
      const index = await client.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Question_searchText_idx'`)
      expect(index.rows[0]?.indexdef).toContain('gin_trgm_ops')
      // The operator the search uses is answered by that index.
      await client.query('SET enable_seqscan = off')
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM "Question" WHERE "searchText" LIKE '%nghi quyet%'`)
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('Question_searchText_idx')
    } finally {
      await client.end()
      await embedded.stop()
    }
  })

  it('leaves room for a migration beside a full pool', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 2 })
    started.push(embedded)
    const pool = new pg.Pool({ connectionString: embedded.url, max: embedded.maxConnections })
    const held = await Promise.all([pool.connect(), pool.connect()])
    try {
      const status = await migrateStatus({ ...target, databaseUrl: embedded.url })
      expect(status.upToDate).toBe(true)
    } finally {
      for (const client of held) client.release()
      await pool.end()
      await embedded.stop()
    }
  })

  it('refuses a second instance on the same data directory', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir })
    started.push(embedded)
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(`is in use by process ${process.pid} (this one)`)
    } finally {
      await embedded.stop()
    }
  })

  it('takes over a lock left by a process that is gone', async () => {
    // 2^22 + 1 is above the largest pid Linux can hand out, so no process has it.
    await writeFile(`${dataDir}.lock`, String(4_194_305))
    const embedded = await startEmbeddedPostgres({ dataDir })
    started.push(embedded)
    expect(Number(await readFile(`${dataDir}.lock`, 'utf8'))).toBe(process.pid)
    await embedded.stop()
  })
})
