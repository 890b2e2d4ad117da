import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LeaderboardRangeError, MAX_ABS_PRIMARY, MAX_SECONDARY, type Leaderboard } from './leaderboard'

export interface LeaderboardFixture {
  leaderboard: Leaderboard
  cleanup(): Promise<void>
}

/** The behaviour both implementations promise; run by leaderboard.test.ts against each. */
export function describeLeaderboardContract(name: string, factory: () => Promise<LeaderboardFixture>) {
  describe(`Leaderboard contract: ${name}`, () => {
    let fixture: LeaderboardFixture
    let lb: Leaderboard
    beforeEach(async () => {
      fixture = await factory()
      lb = fixture.leaderboard
    })
    afterEach(async () => {
      await fixture.cleanup()
    })

    it('orders by primary desc, then secondary asc, with 1-based ranks', async () => {
      await lb.set('b1', 'slow', 30, 9000)
      await lb.set('b1', 'fast', 30, 4000)
      await lb.set('b1', 'best', 40, 99_000)
      await lb.set('b1', 'last', -5, 0)
      await lb.set('b1', 'zero', 0, 0)
      expect(await lb.top('b1', 10)).toEqual([
        { memberId: 'best', primary: 40, secondary: 99_000, rank: 1 },
        { memberId: 'fast', primary: 30, secondary: 4000, rank: 2 },
        { memberId: 'slow', primary: 30, secondary: 9000, rank: 3 },
        { memberId: 'zero', primary: 0, secondary: 0, rank: 4 },
        { memberId: 'last', primary: -5, secondary: 0, rank: 5 },
      ])
      expect(await lb.rankOf('b1', 'best')).toBe(1)
      expect(await lb.rankOf('b1', 'slow')).toBe(3)
      expect(await lb.rankOf('b1', 'last')).toBe(5)
      expect(await lb.rankOf('b1', 'nobody')).toBeNull()
      expect(await lb.scoreOf('b1', 'fast')).toEqual({ primary: 30, secondary: 4000 })
      expect(await lb.scoreOf('b1', 'nobody')).toBeNull()
    })

    it('limits and pages top()', async () => {
      await lb.setMany(
        'b1',
        Array.from({ length: 25 }, (_, i) => ({ memberId: `m${String(i).padStart(2, '0')}`, primary: 100 - i, secondary: i })),
      )
      const first = await lb.top('b1', 10)
      expect(first.map((e) => e.memberId)).toEqual(Array.from({ length: 10 }, (_, i) => `m${String(i).padStart(2, '0')}`))
      const third = await lb.top('b1', 10, 20)
      expect(third.map((e) => [e.memberId, e.rank])).toEqual([
        ['m20', 21],
        ['m21', 22],
        ['m22', 23],
        ['m23', 24],
        ['m24', 25],
      ])
      expect(await lb.top('b1', 0)).toEqual([])
      expect(await lb.top('b1', 5, 100)).toEqual([])
      expect(await lb.top('missing', 10)).toEqual([])
    })

    it('orders exact ties by member id descending, so ranks are never shared', async () => {
      await lb.set('b1', 'alice', 10, 500)
      await lb.set('b1', 'carol', 10, 500)
      await lb.set('b1', 'bob', 10, 500)
      expect((await lb.top('b1', 3)).map((e) => e.memberId)).toEqual(['carol', 'bob', 'alice'])
      expect(await lb.rankOf('b1', 'alice')).toBe(3)
      expect(await lb.rankOf('b1', 'carol')).toBe(1)
    })

    it('overwrites a member with set()', async () => {
      await lb.set('b1', 'a', 10, 10)
      await lb.set('b1', 'a', 3, 7)
      expect(await lb.count('b1')).toBe(1)
      expect(await lb.scoreOf('b1', 'a')).toEqual({ primary: 3, secondary: 7 })
    })

    it('increments both parts atomically, starting a new member at zero', async () => {
      expect(await lb.increment('b1', 'p1', 1000, 3500)).toEqual({ primary: 1000, secondary: 3500 })
      expect(await lb.increment('b1', 'p1', 800, 1200)).toEqual({ primary: 1800, secondary: 4700 })
      expect(await lb.increment('b1', 'p1', 0, 0)).toEqual({ primary: 1800, secondary: 4700 })
      await lb.increment('b1', 'p2', 1800, 4000)
      expect((await lb.top('b1', 2)).map((e) => e.memberId)).toEqual(['p2', 'p1'])

      // Concurrent increments must not lose updates (no read-modify-write race).
      await Promise.all(Array.from({ length: 200 }, () => lb.increment('b1', 'p3', 3, 7)))
      expect(await lb.scoreOf('b1', 'p3')).toEqual({ primary: 600, secondary: 1400 })
    })

    it('keeps values at the limits of the encoding exact', async () => {
      await lb.set('b1', 'max', MAX_ABS_PRIMARY, MAX_SECONDARY)
      await lb.set('b1', 'min', -MAX_ABS_PRIMARY, 0)
      expect(await lb.scoreOf('b1', 'max')).toEqual({ primary: MAX_ABS_PRIMARY, secondary: MAX_SECONDARY })
      expect(await lb.scoreOf('b1', 'min')).toEqual({ primary: -MAX_ABS_PRIMARY, secondary: 0 })

      // Scores here need 16 significant digits; Lua's tostring keeps only 14.
      await lb.set('b1', 'near', MAX_ABS_PRIMARY - 1, MAX_SECONDARY - 1)
      expect(await lb.increment('b1', 'near', 1, 1)).toEqual({ primary: MAX_ABS_PRIMARY, secondary: MAX_SECONDARY })
      expect(await lb.scoreOf('b1', 'near')).toEqual({ primary: MAX_ABS_PRIMARY, secondary: MAX_SECONDARY })
      expect(await lb.increment('b1', 'near', -1, -MAX_SECONDARY)).toEqual({ primary: MAX_ABS_PRIMARY - 1, secondary: 0 })
      await lb.set('b1', 'odd', 8_765_432, 987_654_321)
      expect(await lb.increment('b1', 'odd', 1, 1)).toEqual({ primary: 8_765_433, secondary: 987_654_322 })
      expect(await lb.top('b1', 1)).toEqual([{ memberId: 'max', primary: MAX_ABS_PRIMARY, secondary: MAX_SECONDARY, rank: 1 }])
    })

    it('refuses values the score cannot hold and changes nothing', async () => {
      await expect(lb.set('b1', 'a', MAX_ABS_PRIMARY + 1, 0)).rejects.toBeInstanceOf(LeaderboardRangeError)
      await expect(lb.set('b1', 'a', 1, -1)).rejects.toBeInstanceOf(LeaderboardRangeError)
      await expect(lb.set('b1', 'a', 1.5, 0)).rejects.toBeInstanceOf(LeaderboardRangeError)
      expect(await lb.count('b1')).toBe(0)

      await lb.set('b1', 'a', 5, 100)
      await expect(lb.increment('b1', 'a', 0, -101)).rejects.toBeInstanceOf(LeaderboardRangeError)
      await expect(lb.increment('b1', 'a', 0, MAX_SECONDARY)).rejects.toBeInstanceOf(LeaderboardRangeError)
      await expect(lb.increment('b1', 'a', MAX_ABS_PRIMARY, 0)).rejects.toBeInstanceOf(LeaderboardRangeError)
      await expect(lb.increment('b1', 'a', 0.5, 0)).rejects.toBeInstanceOf(LeaderboardRangeError)
      await expect(lb.increment('b1', 'new', 0, -1)).rejects.toBeInstanceOf(LeaderboardRangeError)
      expect(await lb.scoreOf('b1', 'a')).toEqual({ primary: 5, secondary: 100 })
      expect(await lb.scoreOf('b1', 'new')).toBeNull()

      await expect(
        lb.setMany('b1', [
          { memberId: 'ok', primary: 1, secondary: 1 },
          { memberId: 'bad', primary: 1, secondary: -1 },
        ]),
      ).rejects.toBeInstanceOf(LeaderboardRangeError)
      expect(await lb.count('b1')).toBe(1)
    })

    it('refuses ids that could collide with other keys', async () => {
      await expect(lb.set('bad id', 'a', 1, 1)).rejects.toBeInstanceOf(TypeError)
      await expect(lb.set('b1', '', 1, 1)).rejects.toBeInstanceOf(TypeError)
      await expect(lb.top('b1', -1)).rejects.toBeInstanceOf(TypeError)
    })

    it('writes many members at once across several chunks', async () => {
      const entries = Array.from({ length: 2500 }, (_, i) => ({ memberId: `p${i}`, primary: i % 97, secondary: i }))
      await lb.setMany('b1', entries)
      await lb.setMany('b1', [])
      expect(await lb.count('b1')).toBe(2500)
      const expected = [...entries]
        .sort((a, b) => b.primary - a.primary || a.secondary - b.secondary)
        .slice(0, 10)
        .map((e, i) => ({ ...e, rank: i + 1 }))
      expect(await lb.top('b1', 10)).toEqual(expected)
      expect(await lb.rankOf('b1', expected[4].memberId)).toBe(5)
    })

    it('gives every member the rank top() shows, before and after writes', async () => {
      const entries = Array.from({ length: 300 }, (_, i) => ({ memberId: `p${i}`, primary: i % 7, secondary: (i * 37) % 11 }))
      await lb.setMany('b1', entries)
      const check = async () => {
        const all = await lb.top('b1', 1000)
        expect(all).toHaveLength(await lb.count('b1'))
        const ranks = await Promise.all(all.map((e) => lb.rankOf('b1', e.memberId)))
        expect(ranks).toEqual(all.map((e) => e.rank))
        const top10 = await lb.top('b1', 10)
        expect(top10).toEqual(all.slice(0, 10))
      }
      await check()
      // Repeated reads may be answered from a cache; a write must invalidate it.
      await lb.increment('b1', 'p150', 10, 0)
      expect(await lb.rankOf('b1', 'p150')).toBe(1)
      await check()
      expect(await lb.remove('b1', 'p150')).toBe(true)
      expect(await lb.rankOf('b1', 'p150')).toBeNull()
      await check()
      await lb.set('b1', 'p0', -1, 0)
      expect(await lb.rankOf('b1', 'p0')).toBe(299)
      await check()
    })

    it('removes members, clears boards and keeps boards apart', async () => {
      await lb.set('b1', 'a', 1, 1)
      await lb.set('b1', 'b', 2, 1)
      await lb.set('contest:x:round.1', 'a', 9, 9)
      expect(await lb.remove('b1', 'a')).toBe(true)
      expect(await lb.remove('b1', 'a')).toBe(false)
      expect(await lb.count('b1')).toBe(1)
      expect(await lb.rankOf('b1', 'b')).toBe(1)
      await lb.clear('b1')
      expect(await lb.count('b1')).toBe(0)
      expect(await lb.top('b1', 10)).toEqual([])
      expect(await lb.scoreOf('contest:x:round.1', 'a')).toEqual({ primary: 9, secondary: 9 })
      expect(await lb.remove('missing', 'a')).toBe(false)
    })

    it('expires a whole board', async () => {
      expect(await lb.expire('b1', 1)).toBe(false)
      await lb.set('b1', 'a', 1, 1)
      await lb.set('b2', 'a', 1, 1)
      expect(await lb.expire('b1', 1)).toBe(true)
      await lb.increment('b1', 'b', 1, 0)
      expect(await lb.count('b1')).toBe(2)
      await new Promise((resolve) => setTimeout(resolve, 1300))
      expect(await lb.count('b1')).toBe(0)
      expect(await lb.top('b1', 10)).toEqual([])
      expect(await lb.rankOf('b1', 'a')).toBeNull()
      expect(await lb.count('b2')).toBe(1)
      // A board written again after it expired is a new board without a deadline.
      await lb.set('b1', 'c', 1, 1)
      expect(await lb.count('b1')).toBe(1)
    })
  })
}
