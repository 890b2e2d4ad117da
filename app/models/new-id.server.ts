import { randomBytes } from 'node:crypto'

let counter = 0

/**
 * Ids for rows inserted in bulk (createMany cannot hand back the ids it
 * generated, and a version needs its question's id). Same shape as Prisma's
 * cuid: 'c', time, a counter (so ids made in one batch sort in the order
 * they were made, like the file's rows), randomness.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4
  return `c${Date.now().toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(8).toString('hex').slice(0, 11)}`
}
