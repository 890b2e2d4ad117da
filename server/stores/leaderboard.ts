import type { CompositeValue } from './composite-score'

export { LeaderboardRangeError, MAX_ABS_PRIMARY, MAX_SECONDARY } from './composite-score'

export interface LeaderboardEntryInput {
  memberId: string
  /** Integer in [-9,000,000, 9,000,000]; higher ranks first (e.g. points). */
  primary: number
  /** Integer in [0, 999,999,999]; lower ranks first among equal primaries (e.g. total time in ms). */
  secondary: number
}

export interface RankedEntry extends CompositeValue {
  memberId: string
  /** 1-based position; exact ties are ordered by memberId descending, so positions are never shared. */
  rank: number
}

/**
 * Sorted leaderboards (provisional contest rankings, live games), keyed by
 * board id. Order: primary desc, then secondary asc, then memberId desc.
 * See composite-score.ts for how the pair becomes one exact sorted-set score.
 * Out-of-range values are refused with LeaderboardRangeError and change nothing.
 */
export interface Leaderboard {
  set(boardId: string, memberId: string, primary: number, secondary: number): Promise<void>
  /** Writes many members in few round trips (one ZADD per chunk with Redis). */
  setMany(boardId: string, entries: readonly LeaderboardEntryInput[]): Promise<void>
  /**
   * Adds to a member's values atomically (a missing member starts at 0, 0) and
   * returns the new values. Calls made in the same tick share one pipeline.
   */
  increment(boardId: string, memberId: string, deltaPrimary: number, deltaSecondary: number): Promise<CompositeValue>
  /** The best `n` members, skipping the first `offset` (for paging). */
  top(boardId: string, n: number, offset?: number): Promise<RankedEntry[]>
  /** 1-based rank, or null when the member is not on the board. */
  rankOf(boardId: string, memberId: string): Promise<number | null>
  scoreOf(boardId: string, memberId: string): Promise<CompositeValue | null>
  count(boardId: string): Promise<number>
  /** True when the member was on the board. */
  remove(boardId: string, memberId: string): Promise<boolean>
  clear(boardId: string): Promise<void>
  /**
   * Deletes the whole board after `seconds`; later writes keep the deadline.
   * False when the board does not exist (an empty board does not exist).
   */
  expire(boardId: string, seconds: number): Promise<boolean>
}
