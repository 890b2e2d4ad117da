import { describe, expect, it } from 'vitest'
import { apply } from './game-machine'
import type { PlayerRecord } from './game-state'
import { applyRanking, comparePlayers, playerRank, rankPlayers, rankTeams, teamOf, topPlayers } from './leaderboard'
import { answer, correctId, host, HOST, join, joinMany, newGame, ok, T0, wrongId } from './test-kit'

let seq = 0
function player(over: Partial<PlayerRecord>): PlayerRecord {
  seq++
  return {
    id: `p${seq}`,
    seq,
    nickname: `N${seq}`,
    score: 0,
    streak: 0,
    correctCount: 0,
    totalTimeMs: 0,
    kicked: false,
    joinedAt: T0,
    rank: null,
    prevRank: null,
    ...over,
  }
}

describe('player order', () => {
  it('score desc, then less time on correct answers, then earlier join, then join order', () => {
    const high = player({ score: 3000, totalTimeMs: 9_000 })
    const fast = player({ score: 2000, totalTimeMs: 4_000 })
    const slow = player({ score: 2000, totalTimeMs: 8_000 })
    const early = player({ score: 1000, totalTimeMs: 5_000, joinedAt: T0 - 10 })
    const late = player({ score: 1000, totalTimeMs: 5_000, joinedAt: T0 })
    const sameInstantSecond = player({ score: 1000, totalTimeMs: 5_000, joinedAt: T0 })
    const kicked = player({ score: 99_999, kicked: true })
    for (const mode of ['speed', 'correctness'] as const) {
      const ranked = rankPlayers([late, sameInstantSecond, kicked, slow, early, high, fast], mode)
      expect(ranked.map((p) => p.id)).toEqual([high, fast, slow, early, late, sameInstantSecond].map((p) => p.id))
    }
    expect(comparePlayers(fast, slow)).toBeLessThan(0)
    expect(comparePlayers(slow, fast)).toBeGreaterThan(0)
  })
})

describe('teams', () => {
  it('team score is the mean of its members, so a bigger unit has no advantage', () => {
    const teams = rankTeams([
      player({ unitId: 'A', unitName: 'Phòng A', score: 1000 }),
      player({ unitId: 'A', unitName: 'Phòng A', score: 500 }),
      player({ unitId: 'A', unitName: 'Phòng A', score: 0 }),
      player({ unitId: 'B', unitName: 'Phòng B', score: 600 }),
      player({ unitId: 'B', unitName: 'Phòng B', score: 99_999, kicked: true }),
      player({ score: 5000 }), // no unit: not in any team
    ])
    expect(teams.map((t) => [t.unitId, t.averageScore, t.memberCount, t.totalScore, t.rank])).toEqual([
      ['B', 600, 1, 600, 1],
      ['A', 500, 3, 1500, 2],
    ])
  })

  it('ties: less mean time, then more members, then unit id', () => {
    const teams = rankTeams([
      player({ unitId: 'slow', score: 800, totalTimeMs: 9_000 }),
      player({ unitId: 'fast', score: 800, totalTimeMs: 3_000 }),
      player({ unitId: 'big', score: 500, totalTimeMs: 1_000 }),
      player({ unitId: 'big', score: 500, totalTimeMs: 1_000 }),
      player({ unitId: 'small', score: 500, totalTimeMs: 1_000 }),
      player({ unitId: 'z', score: 100 }),
      player({ unitId: 'y', score: 100 }),
    ])
    expect(teams.map((t) => t.unitId)).toEqual(['fast', 'slow', 'big', 'small', 'y', 'z'])
  })
})

describe('ranking in a game', () => {
  it('is computed when a question closes, not per answer, and keeps previous ranks for animation', () => {
    const s = newGame({ settings: { autoCloseWhenAllAnswered: false } })
    const [a, b, c] = joinMany(s, 3)
    ok(apply(s, host('start'), T0))
    ok(answer(s, c, [correctId(s)], T0 + 100))
    ok(answer(s, b, [correctId(s)], T0 + 5_000))
    ok(answer(s, a, [wrongId(s)], T0 + 100))
    expect([a, b, c].map((id) => s.players[id].rank)).toEqual([null, null, null]) // nothing before the close
    ok(apply(s, host('next'), T0 + 6_000))
    expect([a, b, c].map((id) => s.players[id].rank)).toEqual([3, 2, 1])
    expect([a, b, c].map((id) => s.players[id].prevRank)).toEqual([null, null, null])
    expect(s.standings.topIds).toEqual([c, b, a])

    ok(apply(s, host('next'), T0 + 7_000))
    ok(apply(s, host('next'), T0 + 10_000)) // Q2
    ok(answer(s, a, [correctId(s)], T0 + 10_001))
    ok(apply(s, host('next'), T0 + 12_000))
    expect([a, b, c].map((id) => s.players[id].prevRank)).toEqual([3, 2, 1])
    expect(playerRank(s, a)).toBe(1)
    expect(topPlayers(s, 2).map((p) => p.id)).toEqual([a, c])
  })

  it('keeps team previous ranks across closes, and only in team mode', () => {
    const s = newGame({ settings: { teamMode: true, autoCloseWhenAllAnswered: false } })
    const a = join(s, 'An', T0, { unit: { id: 'u1', name: 'Xã Một' } })
    const b = join(s, 'Bình', T0, { unit: { id: 'u2', name: 'Xã Hai' } })
    ok(apply(s, host('start'), T0))
    ok(answer(s, a, [correctId(s)], T0 + 1))
    ok(apply(s, host('next'), T0 + 2))
    expect(s.standings.teams?.map((t) => [t.unitId, t.rank, t.prevRank])).toEqual([
      ['u1', 1, null],
      ['u2', 2, null],
    ])
    ok(apply(s, host('next'), T0 + 3))
    ok(apply(s, host('next'), T0 + 4))
    ok(answer(s, b, [correctId(s)], T0 + 5))
    ok(answer(s, a, [wrongId(s)], T0 + 5))
    ok(apply(s, host('next'), T0 + 6))
    // Both at ~1000: u1 answered in 1 ms, u2 in 1 ms too → equal time, equal members → unit id.
    expect(s.standings.teams?.map((t) => [t.unitId, t.rank, t.prevRank])).toEqual([
      ['u1', 1, 1],
      ['u2', 2, 2],
    ])
    expect(teamOf(s, b)?.unitName).toBe('Xã Hai')

    const solo = newGame()
    const id = joinMany(solo, 1)[0]
    applyRanking(solo, true)
    expect(solo.standings.teams).toBeNull()
    expect(teamOf(solo, id)).toBeNull()
  })

  it('ranks 10,000 players in one pass with a total order', () => {
    const s = newGame({ settings: { maxPlayers: 20_000 } })
    for (let i = 0; i < 10_000; i++) {
      const id = `p${i + 1}`
      s.players[id] = player({ id, seq: i + 1, score: (i * 7919) % 5000, totalTimeMs: i % 97 })
    }
    applyRanking(s, true)
    const ranks = Object.values(s.players).map((p) => p.rank)
    expect(new Set(ranks).size).toBe(10_000)
    expect(Math.min(...(ranks as number[]))).toBe(1)
    expect(s.standings.topIds).toHaveLength(10)
    expect(s.standings.rankedCount).toBe(10_000)
    const top = topPlayers(s)
    for (let i = 1; i < top.length; i++) expect(comparePlayers(top[i - 1], top[i])).toBeLessThan(0)
  })

  it('a kicked player disappears from the top list', () => {
    const s = newGame()
    const [a, b] = joinMany(s, 2)
    ok(apply(s, host('start'), T0))
    ok(answer(s, a, [correctId(s)], T0 + 1))
    ok(answer(s, b, [correctId(s)], T0 + 2))
    ok(apply(s, { type: 'kick', by: HOST, playerId: a }, T0 + 3))
    expect(topPlayers(s).map((p) => p.id)).toEqual([b])
    expect(playerRank(s, a)).toBeNull()
  })
})
