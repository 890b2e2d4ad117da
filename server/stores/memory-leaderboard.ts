import { z } from 'zod'
import { checkComposite, compareEntries, LeaderboardRangeError, type CompositeValue } from './composite-score'
import type { Leaderboard, RankedEntry } from './leaderboard'
import { boardIdSchema, memberIdSchema, parseInput, ttlSecondsSchema } from './store-inputs'

interface Board {
  members: Map<string, CompositeValue>
  expiresAt: number | null
  /** Every member in order, kept until the next write; built only when reads repeat (see rankOf). */
  sorted: Entry[] | null
  rankIndex: Map<string, number> | null
  readsSinceWrite: number
}

type Entry = CompositeValue & { memberId: string }

const topCountSchema = z.number().int().min(0).max(10_000)
const topOffsetSchema = z.number().int().min(0)
/** Up to this many rows, keeping a small sorted window beats sorting the whole board. */
const SELECTION_LIMIT = 100
/**
 * A full sort costs about log2(N) ≈ 14 linear passes for 10,000 members, so
 * after this many reads without a write in between, sorting once is cheaper
 * than scanning again (e.g. every player's rank at question close, or the
 * host screen polling top-10 while nobody answers).
 */
const READS_BEFORE_SORT = 16

export interface MemoryLeaderboardOptions {
  /** Clock for expire(); a parameter so tests need no fake timers. */
  now?: () => number
}

/**
 * The single-process leaderboard. Writes only touch a Map. Reads during a
 * burst of writes (top-10 for the host screen, one player's rank) are one
 * linear pass over the board, well under a millisecond for 10,000 members,
 * which is cheaper than keeping a balanced tree in order on every answer;
 * reads that repeat without writes share one full sort.
 */
export function createMemoryLeaderboard(options: MemoryLeaderboardOptions = {}): Leaderboard {
  const now = options.now ?? Date.now
  const boards = new Map<string, Board>()
  let writesSinceSweep = 0

  const boardKey = (boardId: string) => parseInput(boardIdSchema, boardId, 'board id')
  const member = (memberId: string) => parseInput(memberIdSchema, memberId, 'member id')

  /** The live board, dropping it first if its deadline has passed (Redis expires lazily too). */
  const read = (id: string): Board | undefined => {
    const board = boards.get(id)
    if (board && board.expiresAt !== null && board.expiresAt <= now()) {
      boards.delete(id)
      return undefined
    }
    return board
  }

  const invalidate = (board: Board) => {
    board.sorted = null
    board.rankIndex = null
    board.readsSinceWrite = 0
  }

  const write = (id: string): Board => {
    // Expired boards nobody reads again would otherwise stay in memory forever.
    if (++writesSinceSweep >= 10_000) {
      writesSinceSweep = 0
      for (const key of [...boards.keys()]) read(key)
    }
    let board = read(id)
    if (!board) {
      board = { members: new Map(), expiresAt: null, sorted: null, rankIndex: null, readsSinceWrite: 0 }
      boards.set(id, board)
    }
    invalidate(board)
    return board
  }

  const sortedOf = (board: Board): Entry[] => {
    if (!board.sorted) {
      const entries: Entry[] = []
      for (const [memberId, v] of board.members) entries.push({ memberId, primary: v.primary, secondary: v.secondary })
      board.sorted = entries.sort(compareEntries)
    }
    return board.sorted
  }

  const dropIfEmpty = (id: string, board: Board) => {
    // An empty sorted set does not exist in Redis, and neither does its TTL.
    if (board.members.size === 0) boards.delete(id)
  }

  /** The best k members, by a sorted window of size k when no full sort is at hand. */
  const best = (board: Board, k: number): Entry[] => {
    if (board.sorted || k > SELECTION_LIMIT || ++board.readsSinceWrite > READS_BEFORE_SORT) return sortedOf(board).slice(0, k)
    const window: Entry[] = []
    for (const [memberId, v] of board.members) {
      if (window.length === k) {
        const worst = window[k - 1]
        // Most members lose to the current worst: decide without allocating.
        if (v.primary < worst.primary) continue
        if (v.primary === worst.primary && (v.secondary > worst.secondary || (v.secondary === worst.secondary && memberId < worst.memberId))) continue
      }
      const entry = { memberId, primary: v.primary, secondary: v.secondary }
      let i = window.length < k ? window.push(entry) - 1 : k - 1
      while (i > 0 && compareEntries(entry, window[i - 1]) < 0) {
        window[i] = window[i - 1]
        i--
      }
      window[i] = entry
    }
    return window
  }

  return {
    async set(boardId, memberId, primary, secondary) {
      const id = boardKey(boardId)
      const m = member(memberId)
      checkComposite(primary, secondary)
      write(id).members.set(m, { primary, secondary })
    },

    async setMany(boardId, entries) {
      const id = boardKey(boardId)
      const checked = entries.map((e) => {
        checkComposite(e.primary, e.secondary)
        return { memberId: member(e.memberId), primary: e.primary, secondary: e.secondary }
      })
      if (checked.length === 0) return
      const board = write(id)
      for (const e of checked) board.members.set(e.memberId, { primary: e.primary, secondary: e.secondary })
    },

    async increment(boardId, memberId, deltaPrimary, deltaSecondary) {
      const id = boardKey(boardId)
      const m = member(memberId)
      if (!Number.isSafeInteger(deltaPrimary) || !Number.isSafeInteger(deltaSecondary)) {
        throw new LeaderboardRangeError(`deltas must be integers, got ${deltaPrimary} and ${deltaSecondary}`)
      }
      const current = read(id)?.members.get(m) ?? { primary: 0, secondary: 0 }
      const next = { primary: current.primary + deltaPrimary, secondary: current.secondary + deltaSecondary }
      checkComposite(next.primary, next.secondary)
      write(id).members.set(m, next)
      return { ...next }
    },

    async top(boardId, n, offset = 0): Promise<RankedEntry[]> {
      const id = boardKey(boardId)
      const count = parseInput(topCountSchema, n, 'top n')
      const start = parseInput(topOffsetSchema, offset, 'top offset')
      const board = read(id)
      if (!board || count === 0) return []
      return best(board, start + count)
        .slice(start)
        .map((e, i) => ({ ...e, rank: start + i + 1 }))
    },

    async rankOf(boardId, memberId) {
      const id = boardKey(boardId)
      const m = member(memberId)
      const board = read(id)
      const mine = board?.members.get(m)
      if (!board || !mine) return null
      if (!board.rankIndex && ++board.readsSinceWrite > READS_BEFORE_SORT) {
        board.rankIndex = new Map(sortedOf(board).map((e, i) => [e.memberId, i + 1]))
      }
      if (board.rankIndex) return board.rankIndex.get(m) ?? null
      let ahead = 0
      for (const [otherId, v] of board.members) {
        if (
          v.primary > mine.primary ||
          (v.primary === mine.primary && (v.secondary < mine.secondary || (v.secondary === mine.secondary && otherId > m)))
        ) {
          ahead++
        }
      }
      return ahead + 1
    },

    async scoreOf(boardId, memberId) {
      const id = boardKey(boardId)
      const v = read(id)?.members.get(member(memberId))
      return v ? { ...v } : null
    },

    async count(boardId) {
      return read(boardKey(boardId))?.members.size ?? 0
    },

    async remove(boardId, memberId) {
      const id = boardKey(boardId)
      const m = member(memberId)
      const board = read(id)
      if (!board) return false
      const removed = board.members.delete(m)
      if (removed) invalidate(board)
      dropIfEmpty(id, board)
      return removed
    },

    async clear(boardId) {
      boards.delete(boardKey(boardId))
    },

    async expire(boardId, seconds) {
      const id = boardKey(boardId)
      const ttl = parseInput(ttlSecondsSchema, seconds, 'expire seconds')
      const board = read(id)
      if (!board) return false
      board.expiresAt = now() + ttl * 1000
      return true
    },
  }
}
