import { plural } from './migrate-deploy'
import { NO_FILTER, withSchemaEngine, type MigrateTarget } from './schema-engine-session'

/** Drops everything in the database, then applies every migration, as `prisma migrate reset` (without seeding). */
export async function migrateReset(target: MigrateTarget): Promise<{ appliedMigrationNames: string[] }> {
  return withSchemaEngine(target, async ({ engine, migrations, log, call }) => {
    await call(() => engine.reset({ filter: NO_FILTER }))
    log('Database reset: all tables, types and data were dropped.')
    const list = await migrations()
    const { appliedMigrationNames } = await call(() => engine.applyMigrations({ migrationsList: list, filters: NO_FILTER }))
    for (const name of appliedMigrationNames) log(`Applied ${name}`)
    log(`${plural(appliedMigrationNames.length, 'migration')} applied.`)
    return { appliedMigrationNames }
  })
}
