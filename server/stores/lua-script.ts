import { createHash } from 'node:crypto'
import type { RedisClient } from './redis-client'

/**
 * A Lua script run by its SHA1 (EVALSHA), so the body crosses the wire once
 * per Redis server rather than on every call. After a Redis restart or
 * SCRIPT FLUSH the server answers NOSCRIPT; then one EVAL sends the body and
 * caches it again.
 *
 * Scripts touch only the keys they are given or keys built from the store's
 * own prefix; this project runs a single Redis, not a cluster.
 */
export interface LuaScript {
  readonly source: string
  readonly sha1: string
}

export function defineLuaScript(source: string): LuaScript {
  return { source, sha1: createHash('sha1').update(source).digest('hex') }
}

export async function runLuaScript(client: RedisClient, script: LuaScript, keys: string[], args: string[]): Promise<unknown> {
  try {
    return await client.evalSha(script.sha1, { keys, arguments: args })
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('NOSCRIPT')) {
      return client.eval(script.source, { keys, arguments: args })
    }
    throw error
  }
}

/**
 * Lua's own number-to-string conversion (tostring, '..') uses "%.14g", which
 * rounds integers above 10^14 (tostring(8999999999999999) is "9e+15").
 * redis.call arguments are converted exactly, but scripts format every
 * number they return or concatenate with this helper so nothing depends on
 * which path a number takes.
 */
export const LUA_EXACT_INTEGER = `local function exact(n) return string.format('%.0f', n) end`
