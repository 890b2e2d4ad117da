import { toMigrationStatus, type MigrationStatus } from './migration-status'
import { NO_FILTER, withSchemaEngine, type MigrateTarget } from './schema-engine-session'

/** Compares the migrations directory with `_prisma_migrations`, as `prisma migrate status`; read-only. */
export async function migrateStatus(target: MigrateTarget): Promise<MigrationStatus> {
  return withSchemaEngine(target, async ({ engine, migrations, call }) => {
    const list = await migrations()
    const diagnosis = await call(() => engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTER }))
    return toMigrationStatus(
      list.migrationDirectories.map((directory) => directory.path),
      diagnosis,
    )
  })
}
