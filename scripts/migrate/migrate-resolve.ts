import { withSchemaEngine, type MigrateTarget } from './schema-engine-session'

export type ResolveOptions = MigrateTarget & {
  migrationName: string
  /** applied: the change was made by hand (or the migration is a baseline); rolled-back: it was undone by hand. */
  as: 'applied' | 'rolled-back'
}

/** Records a failed (or baseline) migration's real state in `_prisma_migrations`, as `prisma migrate resolve`. */
export async function migrateResolve(options: ResolveOptions): Promise<void> {
  await withSchemaEngine(options, async ({ engine, migrations, log, call }) => {
    if (options.as === 'applied') {
      const list = await migrations()
      await call(() => engine.markMigrationApplied({ migrationName: options.migrationName, migrationsList: list }))
      log(`Migration ${options.migrationName} marked as applied.`)
    } else {
      await call(() => engine.markMigrationRolledBack({ migrationName: options.migrationName }))
      log(`Migration ${options.migrationName} marked as rolled back.`)
    }
  })
}
