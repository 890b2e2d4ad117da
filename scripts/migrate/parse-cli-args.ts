import { z } from 'zod'

export const USAGE = `Usage: tsx scripts/migrate.ts <command> [options]

Commands
  deploy                 apply pending migrations (production, CI, PGlite)
  dev [--name <name>]    apply pending migrations, then create and apply a migration
      [--create-only]    for the schema changes (needs a real PostgreSQL server:
      [--accept-data-loss] it uses a shadow database)
  status                 compare prisma/migrations with the database (exit 1 if not up to date)
  reset --force          drop everything in the database and apply all migrations
  resolve --applied <migration> | --rolled-back <migration>
                         record by hand what happened to a failed migration

Options
  --schema <path>        Prisma schema file or folder (default: from prisma.config.ts)
  --migrations <dir>     migrations directory (default: from prisma.config.ts)

Environment
  DATABASE_URL           the database to migrate (required)
  SHADOW_DATABASE_URL    dev only: a database it may wipe; default: a temporary database on the same server`

const databaseUrl = z
  .string({ error: 'DATABASE_URL is not set.' })
  .min(1, { message: 'DATABASE_URL is not set.', abort: true })
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: 'DATABASE_URL must be a postgresql:// URL.',
  })

const envSchema = z.object({
  DATABASE_URL: databaseUrl,
  SHADOW_DATABASE_URL: databaseUrl.optional().or(z.literal('').transform(() => undefined)),
})

export type CliCommand =
  | { command: 'deploy' | 'status' }
  | { command: 'dev'; name?: string; createOnly: boolean; acceptDataLoss: boolean }
  | { command: 'reset'; force: boolean }
  | { command: 'resolve'; migrationName: string; as: 'applied' | 'rolled-back' }

export type CliInvocation = CliCommand & {
  schemaPath?: string
  migrationsDir?: string
  databaseUrl: string
  shadowDatabaseUrl?: string
}

type Parsed = { ok: true; invocation: CliInvocation } | { ok: false; message: string; showUsage: boolean }

const VALUE_FLAGS = {
  '--name': 'name',
  '-n': 'name',
  '--schema': 'schema',
  '--migrations': 'migrations',
  '--applied': 'applied',
  '--rolled-back': 'rolledBack',
} as const
const BOOLEAN_FLAGS = { '--create-only': 'createOnly', '--accept-data-loss': 'acceptDataLoss', '--force': 'force', '-f': 'force' } as const
const ALLOWED: Record<string, readonly string[]> = {
  deploy: ['schema', 'migrations'],
  status: ['schema', 'migrations'],
  dev: ['schema', 'migrations', 'name', 'createOnly', 'acceptDataLoss'],
  reset: ['schema', 'migrations', 'force'],
  resolve: ['schema', 'migrations', 'applied', 'rolledBack'],
}

/** Pure: argv (after the script name) and the environment → what to run, or why not. */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>): Parsed {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    return { ok: false, message: '', showUsage: true }
  }
  if (!(command in ALLOWED)) return { ok: false, message: `Unknown command "${command}".`, showUsage: true }

  const values: Record<string, string> = {}
  const flags: Record<string, boolean> = {}
  const spelled: Record<string, string> = {}
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag in VALUE_FLAGS) {
      const key = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS]
      const value = inline ?? rest[++i]
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('-'))) {
        return { ok: false, message: `${flag} needs a value.`, showUsage: false }
      }
      values[key] = value
      spelled[key] = flag
    } else if (flag in BOOLEAN_FLAGS && inline === undefined) {
      const key = BOOLEAN_FLAGS[flag as keyof typeof BOOLEAN_FLAGS]
      flags[key] = true
      spelled[key] = flag
    } else {
      return { ok: false, message: `Unknown option "${arg}" for ${command}.`, showUsage: true }
    }
  }
  const unexpected = [...Object.keys(values), ...Object.keys(flags)].find((key) => !ALLOWED[command].includes(key))
  if (unexpected) return { ok: false, message: `Option ${spelled[unexpected]} does not apply to ${command}.`, showUsage: true }

  if (command === 'resolve' && Boolean(values.applied) === Boolean(values.rolledBack)) {
    return { ok: false, message: 'resolve needs exactly one of --applied <migration> or --rolled-back <migration>.', showUsage: false }
  }

  const parsedEnv = envSchema.safeParse({ DATABASE_URL: env.DATABASE_URL, SHADOW_DATABASE_URL: env.SHADOW_DATABASE_URL })
  if (!parsedEnv.success) {
    return { ok: false, message: parsedEnv.error.issues.map((issue) => issue.message).join(' '), showUsage: false }
  }
  const common = {
    schemaPath: values.schema,
    migrationsDir: values.migrations,
    databaseUrl: parsedEnv.data.DATABASE_URL,
    shadowDatabaseUrl: parsedEnv.data.SHADOW_DATABASE_URL,
  }
  switch (command) {
    case 'dev':
      return {
        ok: true,
        invocation: { ...common, command, name: values.name, createOnly: Boolean(flags.createOnly), acceptDataLoss: Boolean(flags.acceptDataLoss) },
      }
    case 'reset':
      return { ok: true, invocation: { ...common, command, force: Boolean(flags.force) } }
    case 'resolve':
      return {
        ok: true,
        invocation: values.applied
          ? { ...common, command, migrationName: values.applied, as: 'applied' }
          : { ...common, command, migrationName: values.rolledBack, as: 'rolled-back' },
      }
    default:
      return { ok: true, invocation: { ...common, command: command as 'deploy' | 'status' } }
  }
}
