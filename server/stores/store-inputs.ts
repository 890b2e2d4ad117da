import { z } from 'zod'
import { MAX_STATE_BYTES } from './live-game-store'

/**
 * Checks on what callers hand to the stores. Ids end up inside Redis keys, so
 * ids that name a key are limited to characters that cannot fake another key
 * (no ':'), and everything is bounded so a bug cannot write a megabyte key.
 */

/** Game ids, PINs and lease owners that become part of a key. */
export const keyIdSchema = z
  .string()
  .min(1, 'id must not be empty')
  .max(100, 'id must be at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'id may contain only A-Z, a-z, 0-9, "_" and "-"')

/** Leaderboards are the only keys under their namespace, so ':' is allowed for ids like "contest:abc:round:1". */
export const boardIdSchema = z
  .string()
  .min(1, 'board id must not be empty')
  .max(200, 'board id must be at most 200 characters')
  .regex(/^[A-Za-z0-9_:.-]+$/, 'board id may contain only A-Z, a-z, 0-9, "_", ":", "." and "-"')

/** Members and players are hash fields or set members, never keys: any short string. */
export const memberIdSchema = z.string().min(1, 'member id must not be empty').max(200, 'member id must be at most 200 characters')

export const questionIndexSchema = z.number().int().min(0).max(9_999)

export const ttlSecondsSchema = z.number().int().min(1).max(30 * 24 * 3600)
export const ttlMsSchema = z.number().int().min(1).max(24 * 3600 * 1000)

/** A stored version is always a positive integer; anything else means the key was written by something else. */
export const storedVersionSchema = z.coerce.number().int().min(1)

export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new TypeError(`${what}: ${result.error.issues.map((issue) => issue.message).join('; ')}`)
  }
  return result.data
}

/** JSON text of a value, refusing what JSON cannot carry (undefined, functions, BigInt, cycles). */
export function toJsonText(value: unknown, what: string, maxBytes: number): string {
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch (error) {
    throw new TypeError(`${what} is not JSON-serialisable: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (text === undefined) throw new TypeError(`${what} is not JSON-serialisable`)
  if (text.length > maxBytes || Buffer.byteLength(text) > maxBytes) {
    throw new RangeError(`${what} is larger than ${maxBytes} bytes`)
  }
  return text
}

/**
 * The texts a save writes: the head always, the body only when given. Both are serialised here,
 * before any await, so a caller's later changes cannot leak into the snapshot.
 */
export function snapshotTexts(snapshot: { head: unknown; body?: unknown }, expectedVersion: number): { head: string; body: string | undefined } {
  if (typeof snapshot !== 'object' || snapshot === null) throw new TypeError('live game state: expected { head, body? }')
  if (expectedVersion === 0 && snapshot.body === undefined) throw new TypeError('live game state: the first save must include the body')
  return {
    head: toJsonText(snapshot.head, 'live game state (head)', MAX_STATE_BYTES),
    body: snapshot.body === undefined ? undefined : toJsonText(snapshot.body, 'live game state (body)', MAX_STATE_BYTES),
  }
}
