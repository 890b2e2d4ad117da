/**
 * A saved game in two opaque JSON parts: a head written on every save and a
 * body (at 10,000 players, megabytes) written only when it changed. The
 * runner decides what goes where (app/core/live/state-parts.ts).
 */
export interface StateSnapshot {
  head: unknown
  /** Left out: the body stored with an earlier version still holds. Required on the first save. */
  body?: unknown
}

/**
 * Where running live games live, so a restarted process (or another one
 * behind the same Redis) can pick them up. The store keeps opaque JSON: the
 * runner owns the state's shape and validates it after load().
 *
 * Concurrency rules:
 * - save() is compare-and-set on a version. A game that does not exist has
 *   version 0; every successful save makes it expectedVersion + 1. A false
 *   return means someone else saved first: reload and re-apply.
 * - Answers are appended one by one (first answer per player and question
 *   wins) and folded into the state when the question closes, so an answer
 *   costs one small write instead of rewriting a 10,000-player state.
 * - A lease says which process runs a game's timers. Hold it only while you
 *   renew it well within its TTL (e.g. renew every ttl/3).
 *
 * State and answers expire after the store's state TTL (default 24 h) unless
 * saved again, so abandoned games do not pile up.
 */
export interface LiveGameStore {
  load(gameId: string): Promise<{ head: unknown; body: unknown; version: number } | null>
  /** Head and body are one write: a reader never sees a head from one save with a body that save replaced. */
  save(gameId: string, snapshot: StateSnapshot, expectedVersion: number): Promise<boolean>
  /** Removes the state, all answers, the lease and the active-list entry (not the PIN: release it separately). True if the game existed. */
  delete(gameId: string): Promise<boolean>

  /** Games with saved state, sorted; a restarted process resumes these. */
  listActive(): Promise<string[]>

  findByPin(pin: string): Promise<string | null>
  /** True if the PIN was free or already held by this game (then its TTL is renewed). */
  reservePin(pin: string, gameId: string, ttlSeconds: number): Promise<boolean>
  /** With gameId, releases only a PIN still held by that game. True if something was released. */
  releasePin(pin: string, gameId?: string): Promise<boolean>

  /** True if free, expired, or already held by this owner (then the TTL is renewed). */
  acquireLease(gameId: string, ownerId: string, ttlMs: number): Promise<boolean>
  /** False when the lease was lost (expired and taken, or released): stop running the game. */
  renewLease(gameId: string, ownerId: string, ttlMs: number): Promise<boolean>
  /** Releases only the owner's own lease. */
  releaseLease(gameId: string, ownerId: string): Promise<boolean>
  /** Who holds the lease now (null when free or expired): where another process forwards a game's commands. */
  leaseOwner(gameId: string): Promise<string | null>

  /** Records a player's answer unless one is already recorded for that question; false when one was. */
  appendAnswer(gameId: string, questionIndex: number, playerId: string, answer: unknown): Promise<boolean>
  /**
   * Many answers of one question in one write (the runner batches what arrives in one event-loop
   * turn). Same rule per entry as appendAnswer; the result says, in order, which were recorded.
   */
  appendAnswers(gameId: string, questionIndex: number, entries: readonly (readonly [playerId: string, answer: unknown])[]): Promise<boolean[]>
  listAnswers(gameId: string, questionIndex: number): Promise<Map<string, unknown>>
  /** Forgets one player's answer (a player kicked while the question is open: the answer no longer counts). */
  removeAnswer(gameId: string, questionIndex: number, playerId: string): Promise<boolean>
  countAnswers(gameId: string, questionIndex: number): Promise<number>
  clearAnswers(gameId: string, questionIndex: number): Promise<void>
}

export interface LiveGameStoreOptions {
  /** Seconds that state, answers and the active entry survive without a save (default 24 h). */
  stateTtlSeconds?: number
}

export const DEFAULT_STATE_TTL_SECONDS = 24 * 3600
/** A live state holds up to 20,000 players; 64 MB (per part) is far beyond that and stops runaway writes. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024
/** An answer is an option list and a timestamp; anything bigger is a bug or abuse. */
export const MAX_ANSWER_BYTES = 16 * 1024
