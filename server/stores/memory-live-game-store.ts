import { z } from 'zod'
import {
  DEFAULT_STATE_TTL_SECONDS,
  MAX_ANSWER_BYTES,
  type LiveGameStore,
  type LiveGameStoreOptions,
} from './live-game-store'
import {
  keyIdSchema,
  memberIdSchema,
  parseInput,
  questionIndexSchema,
  snapshotTexts,
  toJsonText,
  ttlMsSchema,
  ttlSecondsSchema,
} from './store-inputs'

interface Expiring {
  expiresAt: number
}
interface StoredGame extends Expiring {
  version: number
  head: string
  body: string
}
interface Claim extends Expiring {
  owner: string
}
interface AnswerSheet extends Expiring {
  byPlayer: Map<string, string>
}

export interface MemoryLiveGameStoreOptions extends LiveGameStoreOptions {
  /** Clock for every TTL; a parameter so tests need no fake timers. */
  now?: () => number
}

const expectedVersionSchema = z.number().int().min(0)

/**
 * The single-process store. State and answers are kept as JSON text, not as
 * objects, so it behaves like Redis: a caller mutating an object after saving
 * it cannot change what was saved, and what JSON cannot carry is refused here
 * too. Every method runs to completion without awaiting, so two calls can
 * never interleave inside a compare-and-set.
 */
export function createMemoryLiveGameStore(options: MemoryLiveGameStoreOptions = {}): LiveGameStore {
  const now = options.now ?? Date.now
  const ttlMs = parseInput(ttlSecondsSchema, options.stateTtlSeconds ?? DEFAULT_STATE_TTL_SECONDS, 'state TTL') * 1000
  const games = new Map<string, StoredGame>()
  const pins = new Map<string, Claim>()
  const leases = new Map<string, Claim>()
  const answers = new Map<string, Map<number, AnswerSheet>>()

  const game = (gameId: string) => parseInput(keyIdSchema, gameId, 'game id')
  const question = (index: number) => parseInput(questionIndexSchema, index, 'question index')
  const owner = (ownerId: string) => parseInput(memberIdSchema, ownerId, 'lease owner')

  // Entries nobody reads again (abandoned games, old PINs) would stay forever; sweep now and then.
  let writesSinceSweep = 0
  const wrote = () => {
    if (++writesSinceSweep < 10_000) return
    writesSinceSweep = 0
    for (const map of [games, pins, leases]) for (const key of [...map.keys()]) live<string, Expiring>(map, key)
    for (const [id, perGame] of [...answers]) {
      for (const q of [...perGame.keys()]) live(perGame, q)
      if (perGame.size === 0) answers.delete(id)
    }
  }

  /** The entry if it has not expired; an expired one is dropped, as Redis does lazily. */
  function live<K, V extends Expiring>(map: Map<K, V>, key: K): V | undefined {
    const entry = map.get(key)
    if (entry && entry.expiresAt <= now()) {
      map.delete(key)
      return undefined
    }
    return entry
  }

  const sheet = (id: string, q: number): AnswerSheet | undefined => {
    const perGame = answers.get(id)
    if (!perGame) return undefined
    const found = live(perGame, q)
    if (perGame.size === 0) answers.delete(id)
    return found
  }

  const claim = (map: Map<string, Claim>, key: string, who: string, forMs: number): boolean => {
    const held = live(map, key)
    if (held && held.owner !== who) return false
    map.set(key, { owner: who, expiresAt: now() + forMs })
    wrote()
    return true
  }

  const release = (map: Map<string, Claim>, key: string, who: string | undefined): boolean => {
    const held = live(map, key)
    if (!held || (who !== undefined && held.owner !== who)) return false
    map.delete(key)
    return true
  }

  return {
    async load(gameId) {
      const stored = live(games, game(gameId))
      return stored ? { head: JSON.parse(stored.head) as unknown, body: JSON.parse(stored.body) as unknown, version: stored.version } : null
    },

    async save(gameId, snapshot, expectedVersion) {
      const id = game(gameId)
      const expected = parseInput(expectedVersionSchema, expectedVersion, 'expected version')
      const { head, body } = snapshotTexts(snapshot, expected)
      const stored = live(games, id)
      if ((stored?.version ?? 0) !== expected) return false
      games.set(id, { version: expected + 1, head, body: body ?? stored!.body, expiresAt: now() + ttlMs })
      wrote()
      return true
    },

    async delete(gameId) {
      const id = game(gameId)
      const existed = live(games, id) !== undefined
      games.delete(id)
      answers.delete(id)
      leases.delete(id)
      return existed
    },

    async listActive() {
      return [...games.keys()].filter((id) => live(games, id) !== undefined).sort()
    },

    async findByPin(pin) {
      return live(pins, parseInput(keyIdSchema, pin, 'PIN'))?.owner ?? null
    },

    async reservePin(pin, gameId, ttlSeconds) {
      const key = parseInput(keyIdSchema, pin, 'PIN')
      const seconds = parseInput(ttlSecondsSchema, ttlSeconds, 'PIN TTL')
      return claim(pins, key, game(gameId), seconds * 1000)
    },

    async releasePin(pin, gameId) {
      const key = parseInput(keyIdSchema, pin, 'PIN')
      return release(pins, key, gameId === undefined ? undefined : game(gameId))
    },

    async acquireLease(gameId, ownerId, ttl) {
      const ms = parseInput(ttlMsSchema, ttl, 'lease TTL')
      return claim(leases, game(gameId), owner(ownerId), ms)
    },

    async renewLease(gameId, ownerId, ttl) {
      const id = game(gameId)
      const who = owner(ownerId)
      const ms = parseInput(ttlMsSchema, ttl, 'lease TTL')
      const held = live(leases, id)
      if (!held || held.owner !== who) return false
      held.expiresAt = now() + ms
      return true
    },

    async releaseLease(gameId, ownerId) {
      return release(leases, game(gameId), owner(ownerId))
    },

    async leaseOwner(gameId) {
      return live(leases, game(gameId))?.owner ?? null
    },

    async appendAnswer(gameId, questionIndex, playerId, answer) {
      const id = game(gameId)
      const q = question(questionIndex)
      const player = parseInput(memberIdSchema, playerId, 'player id')
      const json = toJsonText(answer, 'answer', MAX_ANSWER_BYTES)
      let current = sheet(id, q)
      if (!current) {
        current = { byPlayer: new Map(), expiresAt: now() + ttlMs }
        let perGame = answers.get(id)
        if (!perGame) answers.set(id, (perGame = new Map()))
        perGame.set(q, current)
      }
      if (current.byPlayer.has(player)) return false
      current.byPlayer.set(player, json)
      wrote()
      return true
    },

    async appendAnswers(gameId, questionIndex, entries) {
      // Checked first, so a bad entry records nothing (as the Redis script never starts).
      const checked = entries.map(([playerId, answer]) => [parseInput(memberIdSchema, playerId, 'player id'), toJsonText(answer, 'answer', MAX_ANSWER_BYTES)] as const)
      const id = game(gameId)
      const q = question(questionIndex)
      let current = sheet(id, q)
      if (!current && checked.length > 0) {
        current = { byPlayer: new Map(), expiresAt: now() + ttlMs }
        let perGame = answers.get(id)
        if (!perGame) answers.set(id, (perGame = new Map()))
        perGame.set(q, current)
      }
      return checked.map(([player, json]) => {
        if (!current || current.byPlayer.has(player)) return false
        current.byPlayer.set(player, json)
        wrote()
        return true
      })
    },

    async listAnswers(gameId, questionIndex) {
      const found = sheet(game(gameId), question(questionIndex))
      const result = new Map<string, unknown>()
      if (found) for (const [playerId, json] of found.byPlayer) result.set(playerId, JSON.parse(json) as unknown)
      return result
    },

    async removeAnswer(gameId, questionIndex, playerId) {
      const found = sheet(game(gameId), question(questionIndex))
      return found?.byPlayer.delete(parseInput(memberIdSchema, playerId, 'player id')) ?? false
    },

    async countAnswers(gameId, questionIndex) {
      return sheet(game(gameId), question(questionIndex))?.byPlayer.size ?? 0
    },

    async clearAnswers(gameId, questionIndex) {
      const id = game(gameId)
      answers.get(id)?.delete(question(questionIndex))
      if (answers.get(id)?.size === 0) answers.delete(id)
    },
  }
}
