import { type Instant, toEpochMs } from './attempt-clock'
import { compareIds } from './counting-attempt'

/**
 * The ranking chain used by Vietnamese online contests (C9, fullest in R12):
 *   1. score, higher first;
 *   2. |prediction − actual|, smaller first, where actual is the number of
 *      participants whose counted attempt got every question right (C8);
 *      a participant with no prediction comes after every given prediction;
 *   3. time taken, shorter first;
 *   4. submission time, earlier first ("tính đến ngày, giờ, phút, giây").
 * The chain ends on a timestamp, so every participant gets a distinct rank;
 * an exact tie on all four keys is broken by participant id, only so that the
 * order never depends on input order.
 *
 * One sort over pre-extracted numeric keys: 50,000 entries take tens of
 * milliseconds (bench/rank-50k.bench.ts).
 */

export interface RankEntry {
  participantId: string
  score: number
  /** The prediction-question answer; null or missing when not given. */
  prediction?: number | null
  allCorrect: boolean
  timeTakenMs: number
  submittedAt: Instant
}

export type ProvisionalRankEntry = Omit<RankEntry, 'prediction' | 'allCorrect'>

export interface Ranked<T> {
  /** 1-based and distinct. */
  rank: number
  /** |prediction − actual|; null when no prediction counts (not given, or a provisional ranking). */
  predictionError: number | null
  entry: T
}

export interface FinalRanking<T> {
  /** Participants whose counted attempt had every question right. */
  actualAllCorrect: number
  ranking: Ranked<T>[]
}

/** A usable prediction is a non-negative whole number; anything else counts as not given. */
export function validPrediction(p: number | null | undefined): p is number {
  return typeof p === 'number' && Number.isSafeInteger(p) && p >= 0
}

function assertDistinctParticipants(entries: readonly { participantId: string }[]) {
  const seen = new Set<string>()
  for (const e of entries) {
    if (seen.has(e.participantId)) {
      throw new Error(`Thí sinh ${e.participantId} có hơn một kết quả được tính trong bảng xếp hạng`)
    }
    seen.add(e.participantId)
  }
}

function rankBy<T extends ProvisionalRankEntry>(
  entries: readonly T[],
  predictionError: ((e: T) => number | null) | null,
): Ranked<T>[] {
  assertDistinctParticipants(entries)
  const n = entries.length
  const score = new Float64Array(n)
  const error = new Float64Array(n)
  const time = new Float64Array(n)
  const submitted = new Float64Array(n)
  const errors: (number | null)[] = new Array(n)
  for (let i = 0; i < n; i++) {
    const e = entries[i]
    if (!Number.isFinite(e.score)) throw new RangeError(`Điểm của thí sinh ${e.participantId} không hợp lệ`)
    if (!Number.isFinite(e.timeTakenMs)) throw new RangeError(`Thời gian làm bài của thí sinh ${e.participantId} không hợp lệ`)
    score[i] = e.score
    time[i] = e.timeTakenMs
    submitted[i] = toEpochMs(e.submittedAt, 'thời điểm nộp bài')
    const err = predictionError ? predictionError(e) : null
    errors[i] = err
    error[i] = err === null ? Number.POSITIVE_INFINITY : err
  }

  const order = Array.from({ length: n }, (_, i) => i)
  // Comparisons, not subtraction: Infinity − Infinity is NaN.
  order.sort((a, b) => {
    if (score[a] !== score[b]) return score[a] > score[b] ? -1 : 1
    if (error[a] !== error[b]) return error[a] < error[b] ? -1 : 1
    if (time[a] !== time[b]) return time[a] < time[b] ? -1 : 1
    if (submitted[a] !== submitted[b]) return submitted[a] < submitted[b] ? -1 : 1
    return compareIds(entries[a].participantId, entries[b].participantId)
  })

  return order.map((i, pos) => ({ rank: pos + 1, predictionError: errors[i], entry: entries[i] }))
}

/** The final ranking, once the round is closed and the actual count is known. */
export function rankParticipants<T extends RankEntry>(entries: readonly T[]): FinalRanking<T> {
  let actualAllCorrect = 0
  for (const e of entries) if (e.allCorrect) actualAllCorrect++
  const ranking = rankBy(entries, (e) => (validPrediction(e.prediction) ? Math.abs(e.prediction - actualAllCorrect) : null))
  return { actualAllCorrect, ranking }
}

/**
 * The ranking while the round is open: the actual count is not known yet, so
 * the prediction key is left out and the order may still change at close.
 */
export function provisionalRank<T extends ProvisionalRankEntry>(entries: readonly T[]): Ranked<T>[] {
  return rankBy(entries, null)
}

/** Negative when `a` is ahead of `b` in the provisional order. */
export function compareProvisional(a: ProvisionalRankEntry, b: ProvisionalRankEntry): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1
  if (a.timeTakenMs !== b.timeTakenMs) return a.timeTakenMs < b.timeTakenMs ? -1 : 1
  const sa = toEpochMs(a.submittedAt)
  const sb = toEpochMs(b.submittedAt)
  if (sa !== sb) return sa < sb ? -1 : 1
  return compareIds(a.participantId, b.participantId)
}

/**
 * One participant's provisional rank without sorting everyone (shown right
 * after submitting): 1 + the number of other participants ahead of them.
 * `entries` may or may not already contain the candidate.
 */
export function provisionalPosition(entries: readonly ProvisionalRankEntry[], candidate: ProvisionalRankEntry): number {
  let ahead = 0
  for (const e of entries) {
    if (e.participantId !== candidate.participantId && compareProvisional(e, candidate) < 0) ahead++
  }
  return ahead + 1
}
