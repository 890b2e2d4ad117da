// Prisma migrations without Prisma's native engine (docs/decisions/001).
// Usage: tsx scripts/migrate.ts <deploy|dev|status|reset|resolve> [options]; `--help` lists them.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import prismaConfig from '../prisma.config'
import { describeMigrationStatus, MigrateError, migrateDeploy, migrateDev, migrateReset, migrateResolve, migrateStatus } from './migrate/index'
import { parseCliArgs, USAGE, type CliInvocation } from './migrate/parse-cli-args'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function run(invocation: CliInvocation): Promise<number> {
  const target = {
    databaseUrl: invocation.databaseUrl,
    shadowDatabaseUrl: invocation.shadowDatabaseUrl,
    schemaPath: path.resolve(invocation.schemaPath ?? path.join(projectRoot, prismaConfig.schema ?? 'prisma/schema.prisma')),
    migrationsDir: path.resolve(invocation.migrationsDir ?? path.join(projectRoot, prismaConfig.migrations?.path ?? 'prisma/migrations')),
  }
  process.stdout.write(`Database: ${describeDatabase(invocation.databaseUrl)}\n`)
  switch (invocation.command) {
    case 'deploy':
      await migrateDeploy(target)
      return 0
    case 'dev':
      await migrateDev({ ...target, name: invocation.name, createOnly: invocation.createOnly, acceptDataLoss: invocation.acceptDataLoss })
      return 0
    case 'status': {
      const status = await migrateStatus({ ...target, quiet: true })
      for (const line of describeMigrationStatus(status)) process.stdout.write(`${line}\n`)
      return status.upToDate ? 0 : 1
    }
    case 'reset':
      if (!invocation.force) {
        throw new MigrateError(`reset drops every table and all data in ${describeDatabase(invocation.databaseUrl)}. Re-run with --force to do it.`)
      }
      await migrateReset(target)
      return 0
    case 'resolve':
      await migrateResolve({ ...target, migrationName: invocation.migrationName, as: invocation.as })
      return 0
  }
}

/** user@host:port/db, never the password. */
function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  const user = url.username ? `${decodeURIComponent(url.username)}@` : ''
  return `${user}${url.host}${url.pathname}`
}

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2), process.env)
  if (!parsed.ok) {
    if (parsed.message) process.stderr.write(`Error: ${parsed.message}\n`)
    if (parsed.showUsage) process.stderr.write(`${parsed.message ? '\n' : ''}${USAGE}\n`)
    return parsed.message ? 2 : 0
  }
  try {
    return await run(parsed.invocation)
  } catch (error) {
    const message = error instanceof MigrateError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)
    const code = error instanceof MigrateError && error.code ? ` [${error.code}]` : ''
    process.stderr.write(`Error${code}: ${message}\n`)
    return 1
  }
}

// process.exit: an unexpected handle must not keep a finished migration running.
main().then((code) => process.exit(code))
