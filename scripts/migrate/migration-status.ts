import type { DiagnoseMigrationHistoryOutput } from '@prisma/schema-engine-wasm/schema_engine_bg'

export type MigrationStatus = {
  /** Migration directories on disk, oldest first. */
  migrationNames: string[]
  hasMigrationsTable: boolean
  /** On disk, not applied to the database. */
  unappliedMigrationNames: string[]
  /** Recorded in the database, missing on disk. */
  missingFromDirectoryNames: string[]
  failedMigrationNames: string[]
  /** Applied, then the file changed (checksum mismatch). */
  editedMigrationNames: string[]
  upToDate: boolean
}

/** Pure: the engine's diagnosis in the terms the CLI and the server report. */
export function toMigrationStatus(migrationNames: string[], diagnosis: DiagnoseMigrationHistoryOutput): MigrationStatus {
  const history = diagnosis.history
  const unapplied =
    history?.diagnostic === 'databaseIsBehind' || history?.diagnostic === 'historiesDiverge' ? history.unappliedMigrationNames : []
  const missing =
    history?.diagnostic === 'migrationsDirectoryIsBehind' || history?.diagnostic === 'historiesDiverge'
      ? history.unpersistedMigrationNames
      : []
  const notManaged = !diagnosis.hasMigrationsTable && migrationNames.length > 0
  return {
    migrationNames,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    unappliedMigrationNames: notManaged && unapplied.length === 0 ? migrationNames : unapplied,
    missingFromDirectoryNames: missing,
    failedMigrationNames: diagnosis.failedMigrationNames,
    editedMigrationNames: diagnosis.editedMigrationNames,
    upToDate:
      !notManaged &&
      unapplied.length === 0 &&
      missing.length === 0 &&
      diagnosis.failedMigrationNames.length === 0 &&
      diagnosis.editedMigrationNames.length === 0,
  }
}

/** Pure: the lines `migrate status` prints. */
export function describeMigrationStatus(status: MigrationStatus): string[] {
  const lines: string[] = []
  const count = status.migrationNames.length
  lines.push(count === 0 ? 'No migration found.' : `${count} migration${count === 1 ? '' : 's'} found.`)
  if (!status.hasMigrationsTable && count > 0) {
    lines.push('The database has no _prisma_migrations table: no migration has been applied yet.')
  }
  const section = (title: string, names: string[]) => {
    if (names.length === 0) return
    lines.push(title)
    for (const name of names) lines.push(`  ${name}`)
  }
  section('Not yet applied:', status.unappliedMigrationNames)
  section('Applied to the database but missing from the migrations directory:', status.missingFromDirectoryNames)
  section('Failed (fix the database, then mark it rolled back or applied):', status.failedMigrationNames)
  section('Modified after they were applied (checksum mismatch):', status.editedMigrationNames)
  lines.push(status.upToDate ? 'Database schema is up to date.' : 'Database schema is NOT up to date.')
  return lines
}
