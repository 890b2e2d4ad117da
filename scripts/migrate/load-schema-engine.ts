import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type * as SchemaEngineGlue from '@prisma/schema-engine-wasm/schema_engine_bg'

export type SchemaEngineModule = typeof SchemaEngineGlue
export type SchemaEngine = SchemaEngineGlue.SchemaEngine

type PanicRegistry = { message: string; set_message(message: string): void }

declare global {
  // The engine's Rust panic hook writes the panic text here (see the glue's `__wbg_set_message`).
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined
}

let loading: Promise<SchemaEngineModule> | undefined

/**
 * Loads Prisma's WebAssembly schema engine once per process.
 *
 * The package entry does `import * as wasm from './schema_engine_bg.wasm'`, which
 * Node 20 cannot import, so the JS glue is imported alone and the wasm file is
 * instantiated here with the glue as its import object. The glue keeps the wasm
 * instance in module state, so it must never be instantiated twice.
 */
export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

async function instantiate(): Promise<SchemaEngineModule> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(message: string) {
      this.message = message
    },
  }
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg')
  const require = createRequire(import.meta.url)
  const glueFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const bytes = await readFile(path.join(path.dirname(glueFile), 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(glue) })
  glue.__wbg_set_wasm(instance.exports)
  const start = instance.exports.__wbindgen_start
  if (typeof start === 'function') start()
  return glue
}

/**
 * The engine arms timers for its timeouts (e.g. the 10 s migration lock) and
 * never clears them, which kept a finished `migrate` process alive for up to a
 * minute. Unref'd, they still fire while a connection is open, but no longer
 * hold the process.
 */
function withUnrefTimers(glue: SchemaEngineModule): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...glue }
  for (const [name, value] of Object.entries(glue)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof value !== 'function') continue
    const setTimeoutImport = value as (callback: () => void, ms: number) => unknown
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimeoutImport(callback, ms)
      if (timer && typeof timer === 'object' && 'unref' in timer && typeof timer.unref === 'function') timer.unref()
      return timer
    }
  }
  return imports
}

/** The last Rust panic message, consumed so a later error is not blamed on it. */
export function takePanicMessage(): string | undefined {
  const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY
  if (!registry || !registry.message) return undefined
  const message = registry.message
  registry.message = ''
  return message
}
