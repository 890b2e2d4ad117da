import { describe, expect, it } from 'vitest'
import { computeRoundResults, contestStandings, type FinishedAttempt } from './round-results'

const t0 = Date.parse('2026-11-23T03:00:00Z')
const a = (participantId: string, attemptId: string, score: number, timeTakenMs: number, submittedMin: number, prediction: number | null = null, allCorrect = score === 10): FinishedAttempt => ({
  attemptId,
  participantId,
  score,
  timeTakenMs,
  submittedAt: t0 + submittedMin * 60_000,
  prediction,
  allCorrect,
})

const prizes = { first: 1, second: 1, third: 1, consolation: 1 }

describe('computeRoundResults', () => {
  it('counts the best attempt, ranks by the chain and awards prizes in order', () => {
    const attempts = [
      a('an', 'an-1', 8, 300_000, 1),
      a('an', 'an-2', 10, 400_000, 30, 2), // An's best
      a('binh', 'binh-1', 10, 200_000, 5, 5),
      a('chi', 'chi-1', 10, 500_000, 6, 3),
      a('dung', 'dung-1', 7, 100_000, 2),
      a('em', 'em-1', 7, 100_000, 3),
    ]
    // actual = 3 (an, binh, chi all correct). |2−3| = 1, |5−3| = 2, |3−3| = 0.
    const r = computeRoundResults(attempts, { countingAttempt: 'best', prizes }, 10)
    expect(r.actualAllCorrect).toBe(3)
    expect(r.rows.map((x) => [x.participantId, x.rank, x.attemptId, x.predictionDiff, x.prize])).toEqual([
      ['chi', 1, 'chi-1', 0, 'first'],
      ['an', 2, 'an-2', 1, 'second'],
      ['binh', 3, 'binh-1', 2, 'third'],
      ['dung', 4, 'dung-1', null, 'consolation'], // same score and time as em, submitted earlier
      ['em', 5, 'em-1', null, null],
    ])
    expect(r.unawarded).toEqual({ first: 0, second: 0, third: 0, consolation: 0 })
  })

  it('uses the first or last attempt when the round says so', () => {
    const attempts = [a('an', 'an-1', 5, 300_000, 1), a('an', 'an-2', 9, 300_000, 9), a('an', 'an-3', 6, 300_000, 20)]
    expect(computeRoundResults(attempts, { countingAttempt: 'first', prizes }, 10).rows[0].attemptId).toBe('an-1')
    expect(computeRoundResults(attempts, { countingAttempt: 'last', prizes }, 10).rows[0].attemptId).toBe('an-3')
    expect(computeRoundResults(attempts, { countingAttempt: 'best', prizes }, 10).rows[0].attemptId).toBe('an-2')
  })

  it('leaves prizes unawarded below the minimum score', () => {
    const r = computeRoundResults([a('an', 'an-1', 8, 1, 1), a('binh', 'binh-1', 6, 1, 1)], { countingAttempt: 'best', prizes: { ...prizes, minScorePercent: 70 } }, 10)
    expect(r.rows.map((x) => x.prize)).toEqual(['first', null])
    expect(r.unawarded).toEqual({ first: 0, second: 1, third: 1, consolation: 1 })
  })

  it('gives an empty result for a round nobody finished', () => {
    expect(computeRoundResults([], { countingAttempt: 'best', prizes }, 10)).toEqual({ actualAllCorrect: 0, rows: [], unawarded: prizes })
  })
})

describe('contestStandings', () => {
  it('sums rounds, breaks ties by total time and shares exact ties', () => {
    const s = contestStandings([
      { participantId: 'an', roundId: 'r1', score: 8, timeTakenMs: 100 },
      { participantId: 'an', roundId: 'r2', score: 9, timeTakenMs: 100 },
      { participantId: 'binh', roundId: 'r1', score: 10, timeTakenMs: 50 },
      { participantId: 'binh', roundId: 'r2', score: 7, timeTakenMs: 50 },
      { participantId: 'chi', roundId: 'r1', score: 10, timeTakenMs: 100 },
      { participantId: 'chi', roundId: 'r2', score: 7, timeTakenMs: 100 },
      { participantId: 'dung', roundId: 'r2', score: 10, timeTakenMs: 10 },
    ])
    expect(s.map((x) => [x.participantId, x.rank, x.totalScore, x.rounds])).toEqual([
      ['binh', 1, 17, 2],
      ['an', 2, 17, 2],
      ['chi', 2, 17, 2],
      ['dung', 4, 10, 1],
    ])
    expect(s[0].byRound).toEqual({ r1: 10, r2: 7 })
  })

  it('refuses two results of one person in one round', () => {
    expect(() => contestStandings([
      { participantId: 'an', roundId: 'r1', score: 1, timeTakenMs: 1 },
      { participantId: 'an', roundId: 'r1', score: 2, timeTakenMs: 1 },
    ])).toThrow(/hai kết quả/)
  })
})
