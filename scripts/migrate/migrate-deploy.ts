import { NO_FILTER, withSchemaEngine, type MigrateTarget } from './schema-engine-session'

export type DeployResult = {
  /** Migration directories found, oldest first. */
  migrationNames: string[]
  appliedMigrationNames: string[]
}

/**
 * Applies every pending migration, as `prisma migrate deploy`: no shadow
 * database, no schema diffing, safe for production and for PGlite.
 */
export async function migrateDeploy(target: MigrateTarget): Promise<DeployResult> {
  return withSchemaEngine(target, async ({ engine, migrations, log, call }) => {
    const list = await migrations()
    const migrationNames = list.migrationDirectories.map((directory) => directory.path)
    log(migrationNames.length === 0 ? 'No migration found.' : `${plural(migrationNames.length, 'migration')} found in ${target.migrationsDir}.`)

    const history = await call(() => engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTER }))
    for (const name of history.editedMigrationNames) {
      log(`Warning: migration ${name} was modified after it was applied (its checksum differs).`)
    }

    const { appliedMigrationNames } = await call(() => engine.applyMigrations({ migrationsList: list, filters: NO_FILTER }))
    if (appliedMigrationNames.length === 0) {
      log('No pending migrations to apply.')
    } else {
      for (const name of appliedMigrationNames) log(`Applied ${name}`)
      log(`${plural(appliedMigrationNames.length, 'migration')} applied.`)
    }
    return { migrationNames, appliedMigrationNames }
  })
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
