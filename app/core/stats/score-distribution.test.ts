import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../contest/seeded-random'
import { countsPerDay, scoreHistogram } from './score-distribution'

describe('scoreHistogram', () => {
  it('has one bin per score with whole points', () => {
    const r = scoreHistogram([0, 3, 3, 10, 9, 10, 10], { maxScore: 10 })
    expect(r.bins).toHaveLength(11)
    expect(r.bins.map((b) => b.count)).toEqual([1, 0, 0, 2, 0, 0, 0, 0, 0, 1, 3])
    expect(r.bins[3]).toEqual({ from: 3, to: 4, count: 2 })
    expect(r.summary).toEqual({ count: 7, mean: 45 / 7, median: 9, min: 0, max: 10, atMaxScore: 3 })
  })

  it('groups scores into wider bins', () => {
    const r = scoreHistogram([0, 1, 2, 3.5, 10], { maxScore: 10, binWidth: 2.5 })
    expect(r.bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 2.5, 3],
      [2.5, 5, 1],
      [5, 7.5, 0],
      [7.5, 10, 0],
      [10, 12.5, 1],
    ])
  })

  it('gives the median of an even count as the middle average', () => {
    expect(scoreHistogram([4, 1, 3, 2], { maxScore: 5 }).summary.median).toBe(2.5)
  })

  it('handles no scores', () => {
    const r = scoreHistogram([], { maxScore: 2 })
    expect(r.bins.map((b) => b.count)).toEqual([0, 0, 0])
    expect(r.summary).toEqual({ count: 0, mean: null, median: null, min: null, max: null, atMaxScore: 0 })
  })

  it('refuses scores out of range and bad settings', () => {
    expect(() => scoreHistogram([11], { maxScore: 10 })).toThrow('Điểm 11 nằm ngoài khoảng 0–10')
    expect(() => scoreHistogram([-1], { maxScore: 10 })).toThrow(RangeError)
    expect(() => scoreHistogram([], { maxScore: 10, binWidth: 0 })).toThrow(RangeError)
    expect(() => scoreHistogram([], { maxScore: -1 })).toThrow(RangeError)
  })
})

describe('countsPerDay', () => {
  it('splits days at midnight in Vietnam, not in UTC', () => {
    const r = countsPerDay([
      { participantId: 'a', at: new Date('2025-11-09T16:59:59.999Z') }, // 23:59:59.999 on 9/11 in Hà Nội
      { participantId: 'b', at: new Date('2025-11-09T17:00:00.000Z') }, // 00:00 on 10/11
      { participantId: 'c', at: Date.parse('2025-11-09T23:30:00Z') }, // 06:30 on 10/11, still 9/11 in UTC
    ])
    expect(r.days).toEqual([
      { date: '2025-11-09', attempts: 1, participants: 1, newParticipants: 1 },
      { date: '2025-11-10', attempts: 2, participants: 2, newParticipants: 2 },
    ])
  })

  it('separates attempts (lượt) from people (người) and counts newcomers on their first day', () => {
    const day = (d: number, h: number) => Date.UTC(2025, 10, d, h - 7)
    const r = countsPerDay([
      { participantId: 'a', at: day(10, 9) },
      { participantId: 'a', at: day(10, 10) },
      { participantId: 'b', at: day(10, 11) },
      { participantId: 'a', at: day(12, 9) },
      { participantId: 'c', at: day(12, 9) },
      { participantId: 'b', at: day(12, 20) },
    ])
    expect(r.days).toEqual([
      { date: '2025-11-10', attempts: 3, participants: 2, newParticipants: 2 },
      { date: '2025-11-11', attempts: 0, participants: 0, newParticipants: 0 },
      { date: '2025-11-12', attempts: 3, participants: 3, newParticipants: 1 },
    ])
    expect(r.totals).toEqual({ attempts: 6, participants: 3 })
  })

  it('counts a newcomer on the day of their earliest attempt, whatever the input order', () => {
    const r = countsPerDay([
      { participantId: 'a', at: Date.UTC(2025, 10, 12, 3) },
      { participantId: 'a', at: Date.UTC(2025, 10, 10, 3) },
    ])
    expect(r.days.map((d) => [d.date, d.newParticipants])).toEqual([
      ['2025-11-10', 1],
      ['2025-11-11', 0],
      ['2025-11-12', 0],
    ])
  })

  it('fills the whole range asked for, with zeros', () => {
    const r = countsPerDay([{ participantId: 'a', at: Date.UTC(2025, 10, 12, 3) }], {
      from: new Date('2025-11-09T17:00:00Z'), // Monday 10/11 00:00 in Hà Nội
      to: new Date('2025-11-16T16:59:59Z'), // Sunday 16/11 23:59:59
    })
    expect(r.days.map((d) => d.date)).toEqual([
      '2025-11-10',
      '2025-11-11',
      '2025-11-12',
      '2025-11-13',
      '2025-11-14',
      '2025-11-15',
      '2025-11-16',
    ])
    expect(r.days.map((d) => d.attempts)).toEqual([0, 0, 1, 0, 0, 0, 0])
  })

  it('returns no days for no events and no range', () => {
    expect(countsPerDay([])).toEqual({ days: [], totals: { attempts: 0, participants: 0 } })
  })

  it('agrees with @date-fns/tz calendar dates on random instants', () => {
    const rnd = createSeededRandom('days')
    const base = Date.UTC(2025, 0, 1)
    for (let i = 0; i < 300; i++) {
      const at = base + rnd.int(0, 365 * 24 * 3600) * 1000
      const expected = format(new TZDate(at, 'Asia/Ho_Chi_Minh'), 'yyyy-MM-dd')
      expect(countsPerDay([{ participantId: 'x', at }]).days[0].date).toBe(expected)
    }
  })

  it('can use another time zone, including one with daylight saving', () => {
    expect(countsPerDay([{ participantId: 'x', at: Date.parse('2025-11-09T23:30:00Z') }], { timeZone: 'UTC' }).days[0].date).toBe(
      '2025-11-09',
    )
    // Berlin is UTC+1 in March and UTC+2 in late October (before the switch back):
    // both instants are half past midnight local time, on the next calendar day.
    expect(
      countsPerDay([{ participantId: 'x', at: Date.parse('2025-03-29T23:30:00Z') }], { timeZone: 'Europe/Berlin' }).days[0].date,
    ).toBe('2025-03-30')
    expect(
      countsPerDay([{ participantId: 'x', at: Date.parse('2025-10-25T22:30:00Z') }], { timeZone: 'Europe/Berlin' }).days[0].date,
    ).toBe('2025-10-26')
  })

  it('refuses an unknown time zone and an absurd range', () => {
    expect(() => countsPerDay([{ participantId: 'x', at: 0 }], { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
    expect(() => countsPerDay([], { from: Date.UTC(2000, 0, 1), to: Date.UTC(2030, 0, 1) })).toThrow('quá dài')
  })
})
