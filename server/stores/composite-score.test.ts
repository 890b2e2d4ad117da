import { describe, expect, it } from 'vitest'
import {
  compareEntries,
  decodeComposite,
  encodeComposite,
  LeaderboardRangeError,
  MAX_ABS_PRIMARY,
  MAX_SECONDARY,
} from './composite-score'

describe('composite score', () => {
  const edges = [
    [0, 0],
    [0, MAX_SECONDARY],
    [1, 0],
    [1, 1],
    [1, MAX_SECONDARY],
    [-1, 0],
    [-1, MAX_SECONDARY],
    [MAX_ABS_PRIMARY, 0],
    [MAX_ABS_PRIMARY, 1],
    [MAX_ABS_PRIMARY, MAX_SECONDARY],
    [-MAX_ABS_PRIMARY, 0],
    [-MAX_ABS_PRIMARY, MAX_SECONDARY],
    [1_000_000, 123_456_789],
    [8_999_999, 999_999_998],
  ] as const

  it.each(edges)('round-trips primary %i, secondary %i exactly', (primary, secondary) => {
    const score = encodeComposite(primary, secondary)
    expect(Number.isSafeInteger(score)).toBe(true)
    expect(decodeComposite(score)).toEqual({ primary, secondary })
  })

  it('round-trips a seeded sweep of values near span boundaries', () => {
    // A small LCG keeps the sweep reproducible without a dependency.
    let seed = 12345
    const next = (m: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % m
    }
    for (let i = 0; i < 5000; i++) {
      const primary = next(2 * MAX_ABS_PRIMARY + 1) - MAX_ABS_PRIMARY
      const near = next(3)
      const secondary = near === 0 ? next(10) : near === 1 ? MAX_SECONDARY - next(10) : next(MAX_SECONDARY + 1)
      expect(decodeComposite(encodeComposite(primary, secondary))).toEqual({ primary, secondary })
    }
  })

  it('orders by primary desc then secondary asc through the encoded score', () => {
    const values = [
      { primary: 10, secondary: 5000 },
      { primary: 10, secondary: 4000 },
      { primary: 11, secondary: MAX_SECONDARY },
      { primary: 9, secondary: 0 },
      { primary: -1, secondary: 0 },
    ]
    const byScore = [...values].sort((a, b) => encodeComposite(b.primary, b.secondary) - encodeComposite(a.primary, a.secondary))
    expect(byScore).toEqual([
      { primary: 11, secondary: MAX_SECONDARY },
      { primary: 10, secondary: 4000 },
      { primary: 10, secondary: 5000 },
      { primary: 9, secondary: 0 },
      { primary: -1, secondary: 0 },
    ])
  })

  it('refuses values the encoding cannot hold exactly', () => {
    expect(() => encodeComposite(MAX_ABS_PRIMARY + 1, 0)).toThrow(LeaderboardRangeError)
    expect(() => encodeComposite(-MAX_ABS_PRIMARY - 1, 0)).toThrow(LeaderboardRangeError)
    expect(() => encodeComposite(0, MAX_SECONDARY + 1)).toThrow(LeaderboardRangeError)
    expect(() => encodeComposite(0, -1)).toThrow(LeaderboardRangeError)
    expect(() => encodeComposite(1.5, 0)).toThrow(LeaderboardRangeError)
    expect(() => encodeComposite(0, 0.5)).toThrow(LeaderboardRangeError)
    expect(() => encodeComposite(Number.NaN, 0)).toThrow(LeaderboardRangeError)
    expect(() => decodeComposite(0.5)).toThrow(LeaderboardRangeError)
  })

  it('breaks exact ties by member id descending, as a reversed Redis range does', () => {
    const a = { memberId: 'a', primary: 1, secondary: 1 }
    const b = { memberId: 'b', primary: 1, secondary: 1 }
    expect(compareEntries(b, a)).toBeLessThan(0)
    expect(compareEntries(a, b)).toBeGreaterThan(0)
    expect(compareEntries(a, { ...a })).toBe(0)
  })
})
