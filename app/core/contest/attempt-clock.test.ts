import { describe, expect, it } from 'vitest'
import { acceptsAnswer, attemptDeadline, attemptDeadlineMs, isExpired, remainingMs, toEpochMs } from './attempt-clock'

const t0 = Date.parse('2025-11-10T03:00:00.000Z') // 10:00 in Hà Nội, a Monday round opening

describe('attemptDeadline', () => {
  it('ends at the time limit when the round closes later', () => {
    const d = attemptDeadline({ startedAt: new Date(t0), timeLimitSeconds: 600, roundClosesAt: new Date(t0 + 3_600_000) })
    expect(d.getTime()).toBe(t0 + 600_000)
  })

  it('ends when the round closes if that comes first', () => {
    expect(attemptDeadlineMs({ startedAt: t0, timeLimitSeconds: 1200, roundClosesAt: t0 + 300_000 })).toBe(t0 + 300_000)
  })

  it('uses the time limit alone for a round with no closing time', () => {
    expect(attemptDeadlineMs({ startedAt: t0, timeLimitSeconds: 900, roundClosesAt: null })).toBe(t0 + 900_000)
  })

  it('accepts Dates and epoch milliseconds alike', () => {
    const a = attemptDeadlineMs({ startedAt: new Date(t0), timeLimitSeconds: 60, roundClosesAt: new Date(t0 + 30_000) })
    const b = attemptDeadlineMs({ startedAt: t0, timeLimitSeconds: 60, roundClosesAt: t0 + 30_000 })
    expect(a).toBe(b)
  })

  it('refuses invalid dates and time limits', () => {
    expect(() => attemptDeadlineMs({ startedAt: new Date('nope'), timeLimitSeconds: 60, roundClosesAt: null })).toThrow(RangeError)
    expect(() => attemptDeadlineMs({ startedAt: t0, timeLimitSeconds: 0, roundClosesAt: null })).toThrow(RangeError)
    expect(() => attemptDeadlineMs({ startedAt: t0, timeLimitSeconds: Number.NaN, roundClosesAt: null })).toThrow(RangeError)
  })
})

describe('acceptsAnswer', () => {
  const deadline = t0 + 600_000

  it('accepts up to and including deadline + grace, and not a millisecond later', () => {
    expect(acceptsAnswer(t0, deadline, 5)).toBe(true)
    expect(acceptsAnswer(deadline, deadline, 5)).toBe(true)
    expect(acceptsAnswer(deadline + 5000, deadline, 5)).toBe(true)
    expect(acceptsAnswer(deadline + 5001, deadline, 5)).toBe(false)
  })

  it('has no slack with zero grace', () => {
    expect(acceptsAnswer(deadline, deadline, 0)).toBe(true)
    expect(acceptsAnswer(deadline + 1, deadline, 0)).toBe(false)
  })

  it('refuses a negative grace', () => {
    expect(() => acceptsAnswer(t0, deadline, -1)).toThrow(RangeError)
  })
})

describe('remainingMs and isExpired', () => {
  const deadline = new Date(t0 + 60_000)

  it('counts down to zero and never below', () => {
    expect(remainingMs(t0, deadline)).toBe(60_000)
    expect(remainingMs(new Date(t0 + 59_999), deadline)).toBe(1)
    expect(remainingMs(t0 + 60_000, deadline)).toBe(0)
    expect(remainingMs(t0 + 999_999, deadline)).toBe(0)
  })

  it('is expired from the deadline on', () => {
    expect(isExpired(t0 + 59_999, deadline)).toBe(false)
    expect(isExpired(t0 + 60_000, deadline)).toBe(true)
    expect(isExpired(t0 + 61_000, deadline)).toBe(true)
  })
})

describe('toEpochMs', () => {
  it('names the bad value in Vietnamese', () => {
    expect(() => toEpochMs(Number.POSITIVE_INFINITY, 'hạn nộp bài')).toThrow('Giá trị hạn nộp bài không hợp lệ')
  })
})
