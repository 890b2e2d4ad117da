import 'dotenv/config'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'prisma/config'

// The CLI downloads a native schema engine before `generate`/`validate`/`format`;
// that download is impossible here, and those commands only need an engine file
// to exist. `??=` leaves a real engine alone on machines that have one.
// Migrations never use it: see docs/decisions/001.
const projectRoot = path.dirname(fileURLToPath(import.meta.url))
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(projectRoot, 'scripts', 'prisma-schema-engine-stub.sh')

// `generate` needs no database; a placeholder keeps it working without DATABASE_URL.
// Nothing connects with it: migrations read DATABASE_URL themselves (scripts/migrate.ts).
const PLACEHOLDER_URL = 'postgresql://placeholder@127.0.0.1:5432/placeholder'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL || PLACEHOLDER_URL,
  },
})
