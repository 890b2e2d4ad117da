import { describe, expect, it } from 'vitest'
import {
  type RoundResultForCertificate,
  certificateRulesSchema,
  liveIssueKey,
  reachesPercent,
  readCertificateRules,
  roundIssueKey,
  selectLivePodium,
  selectRoundRecipients,
} from './rules'

const result = (userId: string, rank: number, bestScore: number, prize: RoundResultForCertificate['prize'] = null) => ({
  userId,
  rank,
  prize,
  bestScore,
  maxScore: 10,
})

const results = [
  result('u3', 3, 8, 'THIRD'),
  result('u1', 1, 10, 'FIRST'),
  result('u2', 2, 9, 'SECOND'),
  result('u4', 4, 8, 'CONSOLATION'),
  result('u5', 5, 8),
  result('u6', 6, 7),
  result('u7', 7, 0),
]

describe('certificateRulesSchema', () => {
  it('defaults to prize winners only', () => {
    expect(certificateRulesSchema.parse({})).toEqual({ prizeWinners: true, minScorePercent: null, livePodium: false })
  })

  it('refuses rules that select nobody, and thresholds outside 0–100 or finer than 0.1, in Vietnamese', () => {
    const none = certificateRulesSchema.safeParse({ prizeWinners: false, minScorePercent: null, livePodium: false })
    expect(none.error?.issues[0].message).toMatch(/Chọn ít nhất một đối tượng/)
    expect(certificateRulesSchema.safeParse({ minScorePercent: 101 }).error?.issues[0].message).toBe('Ngưỡng điểm không được quá 100%')
    expect(certificateRulesSchema.safeParse({ minScorePercent: -1 }).error?.issues[0].message).toBe('Ngưỡng điểm phải từ 0% trở lên')
    expect(certificateRulesSchema.safeParse({ minScorePercent: 80.25 }).error?.issues[0].message).toMatch(/một chữ số thập phân/)
    expect(certificateRulesSchema.parse({ minScorePercent: 80.5 }).minScorePercent).toBe(80.5)
  })

  it('reads stored rules and falls back to the defaults for anything unreadable', () => {
    expect(readCertificateRules({ prizeWinners: false, minScorePercent: 50 })).toEqual({ prizeWinners: false, minScorePercent: 50, livePodium: false })
    expect(readCertificateRules('nonsense')).toEqual({ prizeWinners: true, minScorePercent: null, livePodium: false })
    expect(readCertificateRules(null)).toEqual({ prizeWinners: true, minScorePercent: null, livePodium: false })
  })
})

describe('reachesPercent', () => {
  it('is exact at the boundary', () => {
    expect(reachesPercent(8, 10, 80)).toBe(true)
    expect(reachesPercent(7, 10, 70)).toBe(true)
    // 0.7 * 100 is 70.00000000000001 in floating point; 7 of 10 must still reach 70%.
    expect(reachesPercent(7, 10, 0.7 * 100)).toBe(true)
    expect(reachesPercent(79, 100, 79.1)).toBe(false)
    expect(reachesPercent(2, 3, 66.6)).toBe(true)
    expect(reachesPercent(2, 3, 66.7)).toBe(false)
    expect(reachesPercent(0, 10, 0)).toBe(true)
    expect(reachesPercent(5, 0, 0)).toBe(false)
  })
})

describe('selectRoundRecipients', () => {
  it('prize winners only, by rank', () => {
    const picked = selectRoundRecipients(results, { prizeWinners: true, minScorePercent: null, livePodium: false })
    expect(picked.map((r) => [r.userId, r.reason])).toEqual([
      ['u1', 'prize'],
      ['u2', 'prize'],
      ['u3', 'prize'],
      ['u4', 'prize'],
    ])
  })

  it('threshold only: everyone whose best score reaches it, prize or not', () => {
    const picked = selectRoundRecipients(results, { prizeWinners: false, minScorePercent: 80, livePodium: false })
    expect(picked.map((r) => [r.userId, r.reason])).toEqual([
      ['u1', 'threshold'],
      ['u2', 'threshold'],
      ['u3', 'threshold'],
      ['u4', 'threshold'],
      ['u5', 'threshold'],
    ])
  })

  it('both: a prize is the reason when there is one; nobody twice', () => {
    const picked = selectRoundRecipients(results, { prizeWinners: true, minScorePercent: 70, livePodium: false })
    expect(picked.map((r) => [r.userId, r.reason])).toEqual([
      ['u1', 'prize'],
      ['u2', 'prize'],
      ['u3', 'prize'],
      ['u4', 'prize'],
      ['u5', 'threshold'],
      ['u6', 'threshold'],
    ])
  })

  it('live podium alone selects nobody in a round', () => {
    expect(selectRoundRecipients(results, { prizeWinners: false, minScorePercent: null, livePodium: true })).toEqual([])
  })
})

describe('selectLivePodium', () => {
  it('takes ranks 1–3, ties included, never a kicked player', () => {
    const players = [
      { id: 'p5', rank: 4, kicked: false },
      { id: 'p2', rank: 2, kicked: false },
      { id: 'p1', rank: 1, kicked: false },
      { id: 'p3', rank: 2, kicked: false },
      { id: 'p9', rank: 3, kicked: true },
      { id: 'p4', rank: 3, kicked: false },
      { id: 'p0', rank: null, kicked: false },
    ]
    expect(selectLivePodium(players).map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4'])
  })
})

describe('issue keys', () => {
  it('differ by template, target and holder', () => {
    const keys = new Set([
      roundIssueKey('t1', 'r1', 'u1'),
      roundIssueKey('t2', 'r1', 'u1'),
      roundIssueKey('t1', 'r2', 'u1'),
      roundIssueKey('t1', 'r1', 'u2'),
      liveIssueKey('t1', 'r1', 'u1'),
    ])
    expect(keys.size).toBe(5)
  })
})
