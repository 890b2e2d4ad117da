import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './parse-cli-args'

const env = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/app' }

describe('parseCliArgs', () => {
  it('reads dev options in both --flag value and --flag=value forms', () => {
    const parsed = parseCliArgs(['dev', '--name', 'add col', '--create-only', '--schema=prisma/x.prisma', '--migrations', 'm'], env)
    expect(parsed).toEqual({
      ok: true,
      invocation: {
        command: 'dev',
        name: 'add col',
        createOnly: true,
        acceptDataLoss: false,
        schemaPath: 'prisma/x.prisma',
        migrationsDir: 'm',
        databaseUrl: env.DATABASE_URL,
        shadowDatabaseUrl: undefined,
      },
    })
  })

  it('passes SHADOW_DATABASE_URL through and treats an empty one as unset', () => {
    const withShadow = parseCliArgs(['dev'], { ...env, SHADOW_DATABASE_URL: 'postgres://u@h/shadow' })
    expect(withShadow.ok && withShadow.invocation.shadowDatabaseUrl).toBe('postgres://u@h/shadow')
    const empty = parseCliArgs(['dev'], { ...env, SHADOW_DATABASE_URL: '' })
    expect(empty.ok && empty.invocation.shadowDatabaseUrl).toBeUndefined()
  })

  it('reads reset --force and resolve', () => {
    expect(parseCliArgs(['reset', '-f'], env)).toMatchObject({ ok: true, invocation: { command: 'reset', force: true } })
    expect(parseCliArgs(['reset'], env)).toMatchObject({ ok: true, invocation: { command: 'reset', force: false } })
    expect(parseCliArgs(['resolve', '--rolled-back', '2024_x'], env)).toMatchObject({
      ok: true,
      invocation: { command: 'resolve', migrationName: '2024_x', as: 'rolled-back' },
    })
  })

  it('refuses options that belong to another command, unknown ones and missing values', () => {
    expect(parseCliArgs(['deploy', '--name', 'x'], env)).toMatchObject({ ok: false, message: 'Option --name does not apply to deploy.' })
    expect(parseCliArgs(['status', '--verbose'], env)).toMatchObject({ ok: false, message: 'Unknown option "--verbose" for status.' })
    expect(parseCliArgs(['dev', '--name'], env)).toMatchObject({ ok: false, message: '--name needs a value.' })
    expect(parseCliArgs(['dev', '--name', '--create-only'], env)).toMatchObject({ ok: false, message: '--name needs a value.' })
    expect(parseCliArgs(['resolve', '--applied', 'a', '--rolled-back', 'b'], env)).toMatchObject({ ok: false })
    expect(parseCliArgs(['migrate'], env)).toMatchObject({ ok: false, message: 'Unknown command "migrate".', showUsage: true })
  })

  it('asks for help without an error', () => {
    expect(parseCliArgs([], env)).toEqual({ ok: false, message: '', showUsage: true })
    expect(parseCliArgs(['--help'], env)).toEqual({ ok: false, message: '', showUsage: true })
  })

  it('needs a postgresql DATABASE_URL, with one message per problem', () => {
    expect(parseCliArgs(['deploy'], {})).toEqual({ ok: false, message: 'DATABASE_URL is not set.', showUsage: false })
    expect(parseCliArgs(['deploy'], { DATABASE_URL: '' })).toEqual({ ok: false, message: 'DATABASE_URL is not set.', showUsage: false })
    expect(parseCliArgs(['deploy'], { DATABASE_URL: 'mysql://u@h/db' })).toEqual({
      ok: false,
      message: 'DATABASE_URL must be a postgresql:// URL.',
      showUsage: false,
    })
  })
})
