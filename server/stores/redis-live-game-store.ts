import { RESP_TYPES } from 'redis'
import { z } from 'zod'
import {
  DEFAULT_STATE_TTL_SECONDS,
  MAX_ANSWER_BYTES,
  type LiveGameStore,
  type LiveGameStoreOptions,
} from './live-game-store'
import { defineLuaScript, LUA_EXACT_INTEGER, runLuaScript } from './lua-script'
import type { RedisClient } from './redis-client'
import {
  keyIdSchema,
  memberIdSchema,
  parseInput,
  questionIndexSchema,
  snapshotTexts,
  storedVersionSchema,
  toJsonText,
  ttlMsSchema,
  ttlSecondsSchema,
} from './store-inputs'

/*
 * Keys (p = key prefix):
 *   p live:game:<id>            hash { v: version, h: head JSON, b: body JSON } (older saves: s, the whole state)
 *   p live:active               set of game ids with saved state
 *   p live:pin:<pin>            string: game id
 *   p live:lease:<id>           string: owner id, with a PX TTL
 *   p live:answers:<id>:<q>     hash playerId -> answer JSON
 *   p live:answered:<id>        set of question indexes that have answers (so delete finds them)
 * Ids are limited to [A-Za-z0-9_-], so no id can spell another key.
 */

// KEYS: state, active. ARGV: expected version, head JSON, TTL seconds, game id[, body JSON].
// Without a body the stored one stays (the caller never leaves it out of a first save).
const SAVE = defineLuaScript(`
${LUA_EXACT_INTEGER}
local current = redis.call('HGET', KEYS[1], 'v')
if ARGV[1] == '0' then
  if current then return 0 end
elseif current ~= ARGV[1] then
  return 0
end
if ARGV[1] == '0' and not ARGV[5] then return redis.error_reply('the first save must include the body') end
redis.call('HSET', KEYS[1], 'v', exact(tonumber(ARGV[1]) + 1), 'h', ARGV[2])
if ARGV[5] then
  redis.call('HSET', KEYS[1], 'b', ARGV[5])
  redis.call('HDEL', KEYS[1], 's')
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('SADD', KEYS[2], ARGV[4])
return 1
`)

// KEYS: state, active, answered, lease. ARGV: game id, answers key prefix.
const DELETE = defineLuaScript(`
local questions = redis.call('SMEMBERS', KEYS[3])
for _, q in ipairs(questions) do redis.call('DEL', ARGV[2] .. q) end
local existed = redis.call('DEL', KEYS[1])
redis.call('DEL', KEYS[3], KEYS[4])
redis.call('SREM', KEYS[2], ARGV[1])
return existed
`)

// KEYS: answers, answered. ARGV: player id, answer JSON, question index, TTL seconds.
// TTL and index are set with the first answer only: one HSETNX per later answer.
const APPEND_ANSWER = defineLuaScript(`
local added = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if added == 1 and redis.call('HLEN', KEYS[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[4])
  redis.call('SADD', KEYS[2], ARGV[3])
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
return added
`)

// KEYS: answers, answered. ARGV: question index, TTL seconds, then player id / answer JSON pairs.
// Returns one 0/1 per pair, in order.
const APPEND_ANSWERS = defineLuaScript(`
local added = {}
local any = false
for i = 3, #ARGV, 2 do
  local ok = redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
  added[#added + 1] = ok
  if ok == 1 then any = true end
end
if any and redis.call('TTL', KEYS[1]) < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  redis.call('SADD', KEYS[2], ARGV[1])
  redis.call('EXPIRE', KEYS[2], ARGV[2])
end
return added
`)

// A value with an owner (PIN -> game, lease -> process). KEYS: key. ARGV: owner, ttl, 'EX' | 'PX'.
const CLAIM = defineLuaScript(`
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  if ARGV[3] == 'PX' then redis.call('PEXPIRE', KEYS[1], ARGV[2]) else redis.call('EXPIRE', KEYS[1], ARGV[2]) end
  return 1
end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], ARGV[3], ARGV[2])
return 1
`)

// KEYS: key. ARGV: owner, ttl ms.
const RENEW = defineLuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`)

// KEYS: key. ARGV: owner.
const RELEASE = defineLuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
`)

const expectedVersionSchema = z.number().int().min(0)
const scriptFlag = z.union([z.literal(0), z.literal(1)])

export interface RedisLiveGameStoreOptions extends LiveGameStoreOptions {
  keyPrefix: string
}

export function createRedisLiveGameStore(client: RedisClient, options: RedisLiveGameStoreOptions): LiveGameStore {
  const ttl = parseInput(ttlSecondsSchema, options.stateTtlSeconds ?? DEFAULT_STATE_TTL_SECONDS, 'state TTL')
  const p = `${options.keyPrefix}live:`
  const activeKey = `${p}active`
  const game = (gameId: string) => parseInput(keyIdSchema, gameId, 'game id')
  const stateKey = (id: string) => `${p}game:${id}`
  const answersPrefix = (id: string) => `${p}answers:${id}:`
  const answeredKey = (id: string) => `${p}answered:${id}`
  const leaseKey = (id: string) => `${p}lease:${id}`
  const pinKey = (pin: string) => `${p}pin:${parseInput(keyIdSchema, pin, 'PIN')}`
  const question = (index: number) => parseInput(questionIndexSchema, index, 'question index')
  // A plain-object reply would silently drop a player called "__proto__".
  const withMaps = client.withTypeMapping({ [RESP_TYPES.MAP]: Map })
  const flag = async (script: Parameters<typeof runLuaScript>[1], keys: string[], args: string[]) =>
    scriptFlag.parse(await runLuaScript(client, script, keys, args)) === 1

  return {
    async load(gameId) {
      const id = game(gameId)
      const [version, head, body, whole] = await client.hmGet(stateKey(id), ['v', 'h', 'b', 's'])
      if (version === null) return null
      const v = storedVersionSchema.parse(version)
      if (typeof head === 'string' && typeof body === 'string') return { head: JSON.parse(head) as unknown, body: JSON.parse(body) as unknown, version: v }
      // A game saved by a version that kept the whole state in 's' (running through an upgrade):
      // 's' stands for whichever part has not been written since; the first save with a body drops it.
      if (typeof whole !== 'string') throw new Error(`live game ${id}: stored state is missing`)
      const state = JSON.parse(whole) as unknown
      return {
        head: typeof head === 'string' ? (JSON.parse(head) as unknown) : state,
        body: typeof body === 'string' ? (JSON.parse(body) as unknown) : state,
        version: v,
      }
    },

    async save(gameId, snapshot, expectedVersion) {
      const id = game(gameId)
      const expected = parseInput(expectedVersionSchema, expectedVersion, 'expected version')
      const { head, body } = snapshotTexts(snapshot, expected)
      const args = [String(expected), head, String(ttl), id]
      if (body !== undefined) args.push(body)
      return flag(SAVE, [stateKey(id), activeKey], args)
    },

    async delete(gameId) {
      const id = game(gameId)
      const existed = await runLuaScript(client, DELETE, [stateKey(id), activeKey, answeredKey(id), leaseKey(id)], [id, answersPrefix(id)])
      return existed === 1
    },

    async listActive() {
      const ids = await client.sMembers(activeKey)
      // Auto-pipelined: one round trip for all EXISTS.
      const exists = await Promise.all(ids.map((id) => client.exists(stateKey(id))))
      const stale = ids.filter((_, i) => exists[i] === 0)
      if (stale.length > 0) await client.sRem(activeKey, stale)
      return ids.filter((_, i) => exists[i] === 1).sort()
    },

    async findByPin(pin) {
      return client.get(pinKey(pin))
    },

    async reservePin(pin, gameId, ttlSeconds) {
      const seconds = parseInput(ttlSecondsSchema, ttlSeconds, 'PIN TTL')
      return flag(CLAIM, [pinKey(pin)], [game(gameId), String(seconds), 'EX'])
    },

    async releasePin(pin, gameId) {
      const key = pinKey(pin)
      if (gameId === undefined) return (await client.del(key)) > 0
      return flag(RELEASE, [key], [game(gameId)])
    },

    async acquireLease(gameId, ownerId, ttlMs) {
      const ms = parseInput(ttlMsSchema, ttlMs, 'lease TTL')
      return flag(CLAIM, [leaseKey(game(gameId))], [parseInput(memberIdSchema, ownerId, 'lease owner'), String(ms), 'PX'])
    },

    async renewLease(gameId, ownerId, ttlMs) {
      const ms = parseInput(ttlMsSchema, ttlMs, 'lease TTL')
      return flag(RENEW, [leaseKey(game(gameId))], [parseInput(memberIdSchema, ownerId, 'lease owner'), String(ms)])
    },

    async releaseLease(gameId, ownerId) {
      return flag(RELEASE, [leaseKey(game(gameId))], [parseInput(memberIdSchema, ownerId, 'lease owner')])
    },

    async leaseOwner(gameId) {
      return client.get(leaseKey(game(gameId)))
    },

    async appendAnswer(gameId, questionIndex, playerId, answer) {
      const id = game(gameId)
      const q = question(questionIndex)
      const player = parseInput(memberIdSchema, playerId, 'player id')
      const json = toJsonText(answer, 'answer', MAX_ANSWER_BYTES)
      return flag(APPEND_ANSWER, [answersPrefix(id) + q, answeredKey(id)], [player, json, String(q), String(ttl)])
    },

    async appendAnswers(gameId, questionIndex, entries) {
      if (entries.length === 0) return []
      const id = game(gameId)
      const q = question(questionIndex)
      const args = [String(q), String(ttl)]
      for (const [playerId, answer] of entries) {
        args.push(parseInput(memberIdSchema, playerId, 'player id'), toJsonText(answer, 'answer', MAX_ANSWER_BYTES))
      }
      const reply = await runLuaScript(client, APPEND_ANSWERS, [answersPrefix(id) + q, answeredKey(id)], args)
      return z.array(scriptFlag).length(entries.length).parse(reply).map((flag) => flag === 1)
    },

    async listAnswers(gameId, questionIndex) {
      const id = game(gameId)
      const raw = await withMaps.hGetAll(answersPrefix(id) + question(questionIndex))
      const answers = new Map<string, unknown>()
      for (const [playerId, json] of raw) answers.set(String(playerId), JSON.parse(String(json)) as unknown)
      return answers
    },

    async removeAnswer(gameId, questionIndex, playerId) {
      const id = game(gameId)
      const player = parseInput(memberIdSchema, playerId, 'player id')
      return (await client.hDel(answersPrefix(id) + question(questionIndex), player)) === 1
    },

    async countAnswers(gameId, questionIndex) {
      const id = game(gameId)
      return client.hLen(answersPrefix(id) + question(questionIndex))
    },

    async clearAnswers(gameId, questionIndex) {
      const id = game(gameId)
      const q = question(questionIndex)
      await client.multi().del(answersPrefix(id) + q).sRem(answeredKey(id), String(q)).exec()
    },
  }
}
