import { MigrateError } from './migrate-error'

/** What the schema engine's adapter binding remembers about JS errors it could not map (`External error id#N`). */
export type ExternalErrorLookup = (id: number) => unknown

/**
 * Turns whatever the engine threw into one readable message. The engine's
 * errors end with a Rust span trace ("   0: sql_schema_connector::…") that
 * means nothing to the reader, and errors raised in our JS adapter come back
 * only as an id into the adapter's registry.
 */
export function toMigrateError(error: unknown, lookupExternal: ExternalErrorLookup, panicMessage?: string): MigrateError {
  if (error instanceof MigrateError) return error
  if (panicMessage) {
    return new MigrateError(`The schema engine crashed: ${panicMessage.trim()}`)
  }
  const raw = error instanceof Error ? error.message : String(error)
  const code = errorCode(error)
  const migration = /migration_name="([^"]+)"/.exec(raw)?.[1]
  let message = stripSpanTrace(raw)

  const external = /External error id#(\d+)/.exec(raw)
  if (external) {
    const cause = unwrapRegistered(lookupExternal(Number(external[1])))
    message = cause ?? message
  }
  if (migration && !message.includes(migration)) {
    message = `Migration \`${migration}\` failed: ${message}`
  }
  return new MigrateError(message, code)
}

export function stripSpanTrace(message: string): string {
  const lines = message.split('\n')
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S+::/.test(line))
  const kept = traceStart === -1 ? lines : lines.slice(0, traceStart)
  return kept
    .filter((line) => !/^external connector error$/.test(line.trim()) && !/^External error id#\d+$/.test(line.trim()))
    .join('\n')
    .trim()
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

function unwrapRegistered(entry: unknown): string | undefined {
  const inner = typeof entry === 'object' && entry !== null && 'error' in entry ? entry.error : entry
  if (inner instanceof Error) return inner.message
  if (typeof inner === 'string') return inner
  return undefined
}
