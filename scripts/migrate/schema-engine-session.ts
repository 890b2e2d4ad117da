import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaFilter, SchemasContainer } from '@prisma/schema-engine-wasm/schema_engine_bg'
import { toMigrateError } from './engine-error'
import { loadSchemaEngine, takePanicMessage, type SchemaEngine } from './load-schema-engine'
import { readMigrationsDirectory } from './migrations-directory'
import { createMigrationConnection } from './pg-migration-adapter'
import { readSchemaFiles } from './schema-files'

export type MigrateTarget = {
  /** The database to migrate. */
  databaseUrl: string
  /** `prisma/schema.prisma`, or a folder of `.prisma` files. */
  schemaPath: string
  /** `prisma/migrations`. */
  migrationsDir: string
  /** Only `dev` uses a shadow database; without one it creates a temporary database on the same server. */
  shadowDatabaseUrl?: string
  /** Progress lines. Default: printed to stdout unless `quiet`. */
  log?: (line: string) => void
  quiet?: boolean
}

export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] }

export type EngineSession = {
  engine: SchemaEngine
  schema: SchemasContainer
  /** Reads the migrations directory again (after a new migration was written). */
  migrations(): Promise<MigrationList>
  log(line: string): void
  /** Runs one engine call and turns its failure into a MigrateError with one clear message. */
  call<T>(run: () => Promise<T>): Promise<T>
}

/** Opens the WebAssembly schema engine on the target database, runs `work`, and always frees both. */
export async function withSchemaEngine<T>(target: MigrateTarget, work: (session: EngineSession) => Promise<T>): Promise<T> {
  const log = target.log ?? (target.quiet ? () => {} : (line: string) => process.stdout.write(`${line}\n`))
  const [glue, files] = await Promise.all([loadSchemaEngine(), readSchemaFiles(target.schemaPath)])
  const connection = createMigrationConnection({ databaseUrl: target.databaseUrl, shadowDatabaseUrl: target.shadowDatabaseUrl })
  const factory = bindMigrationAwareSqlAdapterFactory(connection.factory)
  const call = async <R>(run: () => Promise<R>): Promise<R> => {
    try {
      return await run()
    } catch (error) {
      throw toMigrateError(error, (id) => factory.errorRegistry.consumeError(id), takePanicMessage())
    }
  }
  const engineLog = process.env.MIGRATE_DEBUG ? (line: string) => process.stderr.write(`[schema-engine] ${line}\n`) : () => {}
  let engine: SchemaEngine | undefined
  try {
    engine = await call(() =>
      glue.SchemaEngine.new({ datamodels: files.map((file): [string, string] => [file.path, file.content]) }, engineLog, factory),
    )
    const session: EngineSession = {
      engine,
      schema: { files },
      migrations: () => readMigrationsDirectory(target.migrationsDir),
      log,
      call,
    }
    return await work(session)
  } finally {
    engine?.free()
    await connection.close()
  }
}
