import { displayPath } from './display-path'
import { plural } from './migrate-deploy'
import { MigrateError } from './migrate-error'
import { migrationNameAfter, migrationNameSlug } from './migration-name'
import { writeMigration } from './migrations-directory'
import { NO_FILTER, withSchemaEngine, type MigrateTarget } from './schema-engine-session'

export type DevOptions = MigrateTarget & {
  /** Name of the new migration (slugged: "add column" → add_column). */
  name?: string
  /** Write the migration without applying it (it may be empty). */
  createOnly?: boolean
  /** Apply a migration even though the engine warns it loses data (dropped columns, narrowed types). */
  acceptDataLoss?: boolean
}

export type DevResult = {
  /** Pending migrations applied before diffing the schema. */
  appliedMigrationNames: string[]
  /** The new migration's directory name, if one was written. */
  createdMigrationName?: string
  createdMigrationFile?: string
  /** True when the new migration was also applied. */
  createdApplied: boolean
}

/**
 * `prisma migrate dev` without prompts: apply pending migrations, diff the
 * schema against the migration history replayed on a shadow database, write
 * the new migration and apply it. Needs a real PostgreSQL server (a shadow
 * database), not PGlite.
 */
export async function migrateDev(options: DevOptions): Promise<DevResult> {
  return withSchemaEngine(options, async ({ engine, schema, migrations, log, call }) => {
    const list = await migrations()
    const diagnostic = await call(() => engine.devDiagnostic({ migrationsList: list, filters: NO_FILTER }))
    if (diagnostic.action.tag === 'reset') {
      throw new MigrateError(
        `${diagnostic.action.reason.trim()}\nThe development database must be reset: run \`tsx scripts/migrate.ts reset --force\` (npm run db:reset -- --force). All data in it will be lost.`,
      )
    }

    const { appliedMigrationNames } = await call(() => engine.applyMigrations({ migrationsList: list, filters: NO_FILTER }))
    for (const name of appliedMigrationNames) log(`Applied ${name}`)

    // The engine forgets its shadow database after applyMigrations; without a
    // second diagnostic, evaluateDataLoss fails with "shadow DB must be provided".
    await call(() => engine.devDiagnostic({ migrationsList: list, filters: NO_FILTER }))
    const impact = await call(() => engine.evaluateDataLoss({ migrationsList: list, schema, filters: NO_FILTER }))

    if (impact.unexecutableSteps.length > 0 && !options.createOnly) {
      throw new MigrateError(
        [
          'The schema change cannot be applied as is:',
          ...impact.unexecutableSteps.map((step) => `  • ${step.message}`),
          'Create the migration with --create-only, edit its SQL, then run dev again.',
        ].join('\n'),
      )
    }
    if (impact.warnings.length > 0 && !options.createOnly && !options.acceptDataLoss) {
      throw new MigrateError(
        [
          'The schema change loses data:',
          ...impact.warnings.map((warning) => `  • ${warning.message}`),
          'Re-run with --accept-data-loss to apply it, or --create-only to review the SQL first.',
        ].join('\n'),
      )
    }
    if (impact.migrationSteps === 0 && !options.createOnly) {
      log(appliedMigrationNames.length > 0 ? 'The database is now in sync with the schema.' : 'Already in sync: no schema change and no pending migration.')
      return { appliedMigrationNames, createdApplied: false }
    }

    const created = await call(() =>
      engine.createMigration({
        migrationsList: list,
        draft: Boolean(options.createOnly),
        migrationName: migrationNameSlug(options.name ?? ''),
        schema,
        filters: NO_FILTER,
      }),
    )
    if (created.migrationScript === null) {
      log('Already in sync: no schema change and no pending migration.')
      return { appliedMigrationNames, createdApplied: false }
    }
    const createdName = migrationNameAfter(
      created.generatedMigrationName,
      list.migrationDirectories.map((directory) => directory.path),
    )
    const file = await writeMigration({
      migrationsDir: options.migrationsDir,
      name: createdName,
      extension: created.extension,
      script: created.migrationScript,
      provider: created.connectorType,
    }).catch((error: unknown) => {
      throw new MigrateError(`Could not write the new migration: ${error instanceof Error ? error.message : String(error)}`)
    })
    const shown = displayPath(file)
    if (options.createOnly) {
      log(`Created ${shown} (not applied). Edit it if needed, then run dev again to apply it.`)
      return { appliedMigrationNames, createdMigrationName: createdName, createdMigrationFile: file, createdApplied: false }
    }

    const withNew = await migrations()
    const applied = await call(() => engine.applyMigrations({ migrationsList: withNew, filters: NO_FILTER }))
    log(`Created and applied ${shown}`)
    log(`${plural(appliedMigrationNames.length + applied.appliedMigrationNames.length, 'migration')} applied. The database is now in sync with the schema.`)
    return {
      appliedMigrationNames: [...appliedMigrationNames, ...applied.appliedMigrationNames],
      createdMigrationName: createdName,
      createdMigrationFile: file,
      createdApplied: applied.appliedMigrationNames.includes(createdName),
    }
  })
}
