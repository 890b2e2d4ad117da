import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'
import type { StoreLogger } from './logger-type'
import type { RedisClient } from './redis-client'

/** Test helpers for the real Redis on 127.0.0.1:6379 (override with TEST_REDIS_URL). Not a test file itself. */

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A prefix no other test (or parallel run) shares, so cleanup cannot touch foreign keys. */
export function uniqueKeyPrefix(label: string): string {
  return `test:${label}:${process.pid}:${randomUUID().slice(0, 8)}:`
}

export async function connectTestClient(): Promise<RedisClient> {
  const client = createClient({ url: TEST_REDIS_URL })
  const errors: unknown[] = []
  // Connection errors surface as failed commands in the test; keep them for the close check.
  client.on('error', (error: unknown) => errors.push(error))
  await client.connect()
  testClientErrors.set(client, errors)
  return client
}

const testClientErrors = new WeakMap<RedisClient, unknown[]>()

export async function closeTestClient(client: RedisClient): Promise<void> {
  if (client.isOpen) await client.close()
  const errors = testClientErrors.get(client) ?? []
  if (errors.length > 0) throw new Error(`test Redis client reported errors: ${errors.map(String).join('; ')}`)
}

export async function keysWithPrefix(client: RedisClient, prefix: string): Promise<string[]> {
  const found: string[] = []
  // Prefixes come from uniqueKeyPrefix, which never contains glob characters.
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) found.push(...batch)
  return found
}

export async function deleteKeysWithPrefix(client: RedisClient, prefix: string): Promise<number> {
  const keys = await keysWithPrefix(client, prefix)
  if (keys.length > 0) await client.del(keys)
  return keys.length
}

export interface RecordedLog {
  level: 'info' | 'warn' | 'error'
  obj: object | null
  msg: string
}

/** A StoreLogger that remembers lines instead of printing them. */
export function recordingLogger(): StoreLogger & { lines: RecordedLog[] } {
  const lines: RecordedLog[] = []
  const at =
    (level: RecordedLog['level']) =>
    (objOrMsg: object | string, msg?: string): void => {
      if (typeof objOrMsg === 'string') lines.push({ level, obj: null, msg: objOrMsg })
      else lines.push({ level, obj: objOrMsg, msg: msg ?? '' })
    }
  return { lines, info: at('info'), warn: at('warn'), error: at('error') }
}
