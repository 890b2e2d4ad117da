import { describe, expect, it } from 'vitest'
import { assignPrizes, meetsScorePercent, qualifiesForCertificate } from './assign-prizes'
import type { Ranked } from './rank-participants'

const ranking = (scores: number[]): Ranked<{ participantId: string; score: number }>[] =>
  scores.map((score, i) => ({ rank: i + 1, predictionError: null, entry: { participantId: `p${i + 1}`, score } }))

const prizesOf = (r: ReturnType<typeof assignPrizes>) => r.awards.map((a) => a.prize)

describe('assignPrizes', () => {
  it('hands out first, second, third, consolation in rank order', () => {
    const r = assignPrizes(ranking([10, 10, 9, 9, 9, 8, 8, 7]), { first: 1, second: 2, third: 3, consolation: 1 })
    expect(prizesOf(r)).toEqual(['first', 'second', 'second', 'third', 'third', 'third', 'consolation', null])
    expect(r.unawarded).toEqual({ first: 0, second: 0, third: 0, consolation: 0 })
    expect(r.awards.map((a) => a.participantId)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'])
  })

  it('leaves prizes unawarded when there are too few participants', () => {
    const r = assignPrizes(ranking([10, 9]), { first: 1, second: 2, third: 3, consolation: 10 })
    expect(prizesOf(r)).toEqual(['first', 'second'])
    expect(r.unawarded).toEqual({ first: 0, second: 1, third: 3, consolation: 10 })
  })

  it('skips kinds with no prizes', () => {
    const r = assignPrizes(ranking([5, 4, 3]), { first: 0, second: 1, third: 0, consolation: 1 })
    expect(prizesOf(r)).toEqual(['second', 'consolation', null])
  })

  it('lets only scores at or above the minimum win, without using up prizes on the others', () => {
    const r = assignPrizes(ranking([10, 8, 7, 6, 5]), { first: 1, second: 1, third: 1, consolation: 2 }, { minScore: 7 })
    expect(prizesOf(r)).toEqual(['first', 'second', 'third', null, null])
    expect(r.unawarded).toEqual({ first: 0, second: 0, third: 0, consolation: 2 })
  })

  it('lets any score win by default, even zero', () => {
    expect(prizesOf(assignPrizes(ranking([0]), { first: 1, second: 0, third: 0, consolation: 0 }))).toEqual(['first'])
  })

  it('goes by rank even if the list comes unsorted', () => {
    const r = assignPrizes([...ranking([9, 8, 7])].reverse(), { first: 1, second: 1, third: 0, consolation: 0 })
    expect(r.awards.map((a) => [a.participantId, a.prize])).toEqual([
      ['p1', 'first'],
      ['p2', 'second'],
      ['p3', null],
    ])
  })

  it('refuses negative or fractional prize counts', () => {
    expect(() => assignPrizes([], { first: -1, second: 0, third: 0, consolation: 0 })).toThrow('Số Giải Nhất')
    expect(() => assignPrizes([], { first: 1, second: 0.5, third: 0, consolation: 0 })).toThrow(RangeError)
  })
})

describe('meetsScorePercent', () => {
  it('is exact at the boundary', () => {
    expect(meetsScorePercent(7, 10, 70)).toBe(true)
    expect(meetsScorePercent(6.99, 10, 70)).toBe(false)
    // 0.7 * 3 is 2.0999999999999996 in floating point; the cross-multiplied form avoids that.
    expect(meetsScorePercent(2.1, 3, 70)).toBe(true)
    expect(meetsScorePercent(17, 20, 85)).toBe(true)
    expect(meetsScorePercent(0, 20, 0)).toBe(true)
  })
})

describe('qualifiesForCertificate', () => {
  it('follows the round rule', () => {
    const winner = { prize: 'third' as const, score: 5, maxScore: 10 }
    const good = { prize: null, score: 9, maxScore: 10 }
    const weak = { prize: null, score: 4, maxScore: 10 }
    expect([winner, good, weak].map((x) => qualifiesForCertificate(x, { prizeWinners: true }))).toEqual([true, false, false])
    expect([winner, good, weak].map((x) => qualifiesForCertificate(x, { prizeWinners: false, minScorePercent: 80 }))).toEqual([
      false,
      true,
      false,
    ])
    expect([winner, good, weak].map((x) => qualifiesForCertificate(x, { prizeWinners: true, minScorePercent: 80 }))).toEqual([
      true,
      true,
      false,
    ])
    expect(qualifiesForCertificate(winner, undefined)).toBe(false)
    expect(qualifiesForCertificate({ prize: null, score: 0, maxScore: 0 }, { prizeWinners: false, minScorePercent: 0 })).toBe(false)
  })
})
