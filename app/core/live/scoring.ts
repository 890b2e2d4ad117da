import type { ScoringMode } from './game-state'

/**
 * Points for one answer.
 *
 * speed mode: a correct answer earns 1000 − 500 × elapsed / limit, rounded,
 * so between 500 (answered at the last moment, or within the latency
 * allowance after it) and 1000 (instantly). With the streak bonus on, the
 * n-th consecutive correct answer adds 100 × (n − 1), capped at +500: the
 * first correct answer of a run earns no bonus, the sixth and later +500.
 *
 * correctness mode: every correct answer is worth exactly 1000; time and
 * streaks never change a score (the streak setting is ignored), time only
 * breaks ties in the ranking.
 *
 * A wrong, partial or missing answer earns 0 in both modes. Multiple choice
 * is all-or-nothing: every correct option and no wrong one.
 */

export const SPEED_MAX_POINTS = 1000
export const SPEED_MIN_POINTS = 500
export const CORRECTNESS_POINTS = 1000
export const STREAK_BONUS_STEP = 100
export const STREAK_BONUS_CAP = 500

export function speedPoints(elapsedMs: number, limitMs: number): number {
  if (!(limitMs > 0)) return SPEED_MIN_POINTS
  const fraction = Math.min(1, Math.max(0, elapsedMs / limitMs))
  const raw = Math.round(SPEED_MAX_POINTS - (SPEED_MAX_POINTS - SPEED_MIN_POINTS) * fraction)
  return Math.min(SPEED_MAX_POINTS, Math.max(SPEED_MIN_POINTS, raw))
}

/** Bonus for a correct answer that follows `streakBefore` consecutive correct answers. */
export function streakBonus(streakBefore: number): number {
  return Math.min(STREAK_BONUS_CAP, STREAK_BONUS_STEP * Math.max(0, streakBefore))
}

/** Same set of option ids, order ignored. Callers have already refused duplicate ids. */
export function isCorrectSelection(chosen: readonly string[], correct: readonly string[]): boolean {
  if (chosen.length !== correct.length) return false
  return chosen.every((id) => correct.includes(id))
}

export interface AnswerToScore {
  mode: ScoringMode
  streakBonusEnabled: boolean
  correct: boolean
  elapsedMs: number
  limitMs: number
  /** The player's streak before this answer. */
  streakBefore: number
}

export function scoreAnswer(a: AnswerToScore): number {
  if (!a.correct) return 0
  if (a.mode === 'correctness') return CORRECTNESS_POINTS
  const bonus = a.streakBonusEnabled ? streakBonus(a.streakBefore) : 0
  return speedPoints(a.elapsedMs, a.limitMs) + bonus
}

/** Thinking time of an answer: paused time excluded, clamped to [0, limit]. */
export function elapsedThinkingMs(answeredAt: number, openedAt: number, pausedTotalMs: number, limitMs: number): number {
  return Math.min(limitMs, Math.max(0, answeredAt - openedAt - pausedTotalMs))
}
