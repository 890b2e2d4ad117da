import { describe, expect, it } from 'vitest'
import { stripSpanTrace, toMigrateError } from './engine-error'
import { MigrateError } from './migrate-error'

const trace = `external connector error
External error id#3
   0: sql_schema_connector::apply_migration::apply_script
           with migration_name="20240101000000_init"
             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113
   1: schema_engine_wasm::wasm::engine::ApplyMigrations`

describe('toMigrateError', () => {
  it('replaces an adapter error id by the JS error it stands for, naming the migration', () => {
    const lookups: number[] = []
    const error = toMigrateError(new Error(trace), (id) => {
      lookups.push(id)
      return { error: new Error('relation "Contest" already exists') }
    })
    expect(lookups).toEqual([3])
    expect(error).toBeInstanceOf(MigrateError)
    expect(error.message).toBe('Migration `20240101000000_init` failed: relation "Contest" already exists')
  })

  it('keeps the engine message and code, without the Rust span trace', () => {
    const engineError = Object.assign(new Error('Database `x` does not exist\n   0: schema_core::state::Connect\n             at a.rs:1'), { code: 'P1003' })
    const error = toMigrateError(engineError, () => undefined)
    expect(error.message).toBe('Database `x` does not exist')
    expect(error.code).toBe('P1003')
  })

  it('reports a panic as a crash, and passes MigrateErrors through', () => {
    expect(toMigrateError(new Error('unreachable'), () => undefined, 'index out of bounds\n').message).toBe(
      'The schema engine crashed: index out of bounds',
    )
    const own = new MigrateError('mine')
    expect(toMigrateError(own, () => undefined)).toBe(own)
  })

  it('stripSpanTrace leaves messages without a trace alone', () => {
    expect(stripSpanTrace('Drift detected.\n\n[+] Added tables\n  - handmade')).toBe('Drift detected.\n\n[+] Added tables\n  - handmade')
  })
})
