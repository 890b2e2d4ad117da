import { assignPrizes, type PrizeCountsByKind, type PrizeKind } from './assign-prizes'
import { type CountableAttempt, pickCountingAttempts } from './counting-attempt'
import { rankParticipants } from './rank-participants'
import type { CountingAttemptRule, PrizeCounts } from './round-rules'

/**
 * The frozen result of a round, from every finished attempt: one counted
 * attempt per participant (C6), the ranking chain (C9) and the prizes (C10).
 * Pure, so the model that stores it and the tests that check it by hand use
 * the same code.
 */

export interface FinishedAttempt extends CountableAttempt {
  prediction: number | null
  allCorrect: boolean
}

export interface RoundResultRow {
  attemptId: string
  participantId: string
  rank: number
  score: number
  prediction: number | null
  predictionDiff: number | null
  timeTakenMs: number
  submittedAt: number
  prize: PrizeKind | null
}

export interface RoundResults {
  actualAllCorrect: number
  rows: RoundResultRow[]
  unawarded: PrizeCountsByKind
}

export function computeRoundResults(
  attempts: readonly FinishedAttempt[],
  rules: { countingAttempt: CountingAttemptRule; prizes: PrizeCounts },
  maxScore: number,
): RoundResults {
  const counted = pickCountingAttempts(attempts, rules.countingAttempt)
  const { actualAllCorrect, ranking } = rankParticipants(counted)
  const { minScorePercent, ...counts } = rules.prizes
  const { awards, unawarded } = assignPrizes(
    ranking,
    counts,
    // score ≥ percent% of max, compared the way meetsScorePercent does (score·100 ≥ percent·max).
    minScorePercent === undefined ? {} : { minScore: (minScorePercent * maxScore) / 100 },
  )
  const prizeOf = new Map(awards.map((a) => [a.participantId, a.prize]))
  const rows = ranking.map(({ rank, predictionError, entry }) => ({
    attemptId: entry.attemptId,
    participantId: entry.participantId,
    rank,
    score: entry.score,
    prediction: entry.prediction ?? null,
    predictionDiff: predictionError,
    timeTakenMs: entry.timeTakenMs,
    submittedAt: typeof entry.submittedAt === 'number' ? entry.submittedAt : entry.submittedAt.getTime(),
    prize: prizeOf.get(entry.participantId) ?? null,
  }))
  return { actualAllCorrect, rows, unawarded }
}

export interface StandingInput {
  participantId: string
  roundId: string
  score: number
  timeTakenMs: number
}

export interface Standing {
  participantId: string
  rank: number
  totalScore: number
  totalTimeMs: number
  rounds: number
  /** Score per round id; rounds the participant missed are absent. */
  byRound: Record<string, number>
}

/**
 * Whole-contest standings: the sum of the counted scores over the finalised
 * rounds, then less total time. Ties share a rank (1, 1, 3): there is no
 * contest-wide prediction or submission key to separate them.
 */
export function contestStandings(results: readonly StandingInput[]): Standing[] {
  const by = new Map<string, Standing>()
  for (const r of results) {
    let s = by.get(r.participantId)
    if (!s) {
      s = { participantId: r.participantId, rank: 0, totalScore: 0, totalTimeMs: 0, rounds: 0, byRound: {} }
      by.set(r.participantId, s)
    }
    if (r.roundId in s.byRound) throw new Error(`Thí sinh ${r.participantId} có hai kết quả ở cùng một vòng thi`)
    s.byRound[r.roundId] = r.score
    s.totalScore += r.score
    s.totalTimeMs += r.timeTakenMs
    s.rounds++
  }
  const list = [...by.values()].sort(
    (a, b) => b.totalScore - a.totalScore || a.totalTimeMs - b.totalTimeMs || (a.participantId < b.participantId ? -1 : 1),
  )
  list.forEach((s, i) => {
    const prev = list[i - 1]
    s.rank = prev && prev.totalScore === s.totalScore && prev.totalTimeMs === s.totalTimeMs ? prev.rank : i + 1
  })
  return list
}
