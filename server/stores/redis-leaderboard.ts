import { z } from 'zod'
import {
  checkComposite,
  decodeComposite,
  encodeComposite,
  LeaderboardRangeError,
  MAX_ABS_PRIMARY,
  MAX_SECONDARY,
  SECONDARY_SPAN,
  type CompositeValue,
} from './composite-score'
import type { Leaderboard, LeaderboardEntryInput, RankedEntry } from './leaderboard'
import { defineLuaScript, LUA_EXACT_INTEGER, runLuaScript } from './lua-script'
import type { RedisClient } from './redis-client'
import { boardIdSchema, memberIdSchema, parseInput, ttlSecondsSchema } from './store-inputs'

/** Members per ZADD in setMany: big enough to amortise, small enough not to stall Redis. */
const SET_MANY_CHUNK = 1000
const topCountSchema = z.number().int().min(0).max(10_000)
const topOffsetSchema = z.number().int().min(0)

// Decoding mirrors decodeComposite: a rounded guess corrected with exact integer steps.
const INCREMENT = defineLuaScript(`
${LUA_EXACT_INTEGER}
local span = ${SECONDARY_SPAN}
local p, s = 0, 0
local current = redis.call('ZSCORE', KEYS[1], ARGV[1])
if current then
  local score = tonumber(current)
  p = math.floor(score / span + 0.5)
  s = p * span - score
  while s < 0 do p = p + 1; s = s + span end
  while s > span - 1 do p = p - 1; s = s - span end
end
p = p + tonumber(ARGV[2])
s = s + tonumber(ARGV[3])
if s < 0 or s > ${MAX_SECONDARY} or p > ${MAX_ABS_PRIMARY} or p < -${MAX_ABS_PRIMARY} then
  return redis.error_reply('LEADERBOARD_RANGE primary ' .. exact(p) .. ', secondary ' .. exact(s))
end
redis.call('ZADD', KEYS[1], exact(p * span - s), ARGV[1])
return { exact(p), exact(s) }
`)

const incrementReply = z.tuple([z.coerce.number().int(), z.coerce.number().int()])

export interface RedisLeaderboardOptions {
  /** Prepended to every key, e.g. "tpl:". */
  keyPrefix: string
}

export function createRedisLeaderboard(client: RedisClient, options: RedisLeaderboardOptions): Leaderboard {
  const key = (boardId: string) => `${options.keyPrefix}lb:${parseInput(boardIdSchema, boardId, 'board id')}`
  const member = (memberId: string) => parseInput(memberIdSchema, memberId, 'member id')

  return {
    async set(boardId, memberId, primary, secondary) {
      await client.zAdd(key(boardId), { score: encodeComposite(primary, secondary), value: member(memberId) })
    },

    async setMany(boardId, entries: readonly LeaderboardEntryInput[]) {
      const k = key(boardId)
      // Encode everything first: one bad entry must not leave half the batch written.
      const members = entries.map((e) => ({ score: encodeComposite(e.primary, e.secondary), value: member(e.memberId) }))
      const writes: Promise<unknown>[] = []
      for (let i = 0; i < members.length; i += SET_MANY_CHUNK) {
        writes.push(client.zAdd(k, members.slice(i, i + SET_MANY_CHUNK)))
      }
      await Promise.all(writes)
    },

    async increment(boardId, memberId, deltaPrimary, deltaSecondary): Promise<CompositeValue> {
      if (!Number.isSafeInteger(deltaPrimary) || !Number.isSafeInteger(deltaSecondary)) {
        throw new LeaderboardRangeError(`deltas must be integers, got ${deltaPrimary} and ${deltaSecondary}`)
      }
      let reply: unknown
      try {
        reply = await runLuaScript(client, INCREMENT, [key(boardId)], [member(memberId), String(deltaPrimary), String(deltaSecondary)])
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('LEADERBOARD_RANGE')) {
          throw new LeaderboardRangeError(`increment would leave the range the score can hold exactly: ${error.message}`)
        }
        throw error
      }
      const [primary, secondary] = incrementReply.parse(reply)
      checkComposite(primary, secondary)
      return { primary, secondary }
    },

    async top(boardId, n, offset = 0): Promise<RankedEntry[]> {
      const count = parseInput(topCountSchema, n, 'top n')
      const start = parseInput(topOffsetSchema, offset, 'top offset')
      if (count === 0) return []
      const rows = await client.zRangeWithScores(key(boardId), start, start + count - 1, { REV: true })
      return rows.map((row, i) => ({ memberId: String(row.value), ...decodeComposite(row.score), rank: start + i + 1 }))
    },

    async rankOf(boardId, memberId) {
      const rank = await client.zRevRank(key(boardId), member(memberId))
      return rank === null ? null : rank + 1
    },

    async scoreOf(boardId, memberId) {
      const score = await client.zScore(key(boardId), member(memberId))
      return score === null ? null : decodeComposite(score)
    },

    async count(boardId) {
      return client.zCard(key(boardId))
    },

    async remove(boardId, memberId) {
      return (await client.zRem(key(boardId), member(memberId))) > 0
    },

    async clear(boardId) {
      await client.del(key(boardId))
    },

    async expire(boardId, seconds) {
      return (await client.expire(key(boardId), parseInput(ttlSecondsSchema, seconds, 'expire seconds'))) === 1
    },
  }
}
