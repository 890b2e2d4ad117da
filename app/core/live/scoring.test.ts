import { describe, expect, it } from 'vitest'
import {
  CORRECTNESS_POINTS,
  elapsedThinkingMs,
  isCorrectSelection,
  scoreAnswer,
  speedPoints,
  streakBonus,
} from './scoring'

describe('speedPoints: 1000 − 500 × elapsed / limit, rounded and clamped', () => {
  it.each([
    [0, 20_000, 1000],
    [20_000, 20_000, 500],
    [10_000, 20_000, 750],
    [5_000, 20_000, 875],
    [1, 20_000, 1000], // 999.975 rounds up
    [30, 20_000, 999], // 999.25
    [19_999, 20_000, 500], // 500.025
    [25_000, 20_000, 500], // answered within the latency allowance after the deadline
    [-50, 20_000, 1000], // clock skew never gives more than the maximum
    [3_333, 10_000, 833], // 833.35
  ])('elapsed %i ms of %i ms → %i', (elapsed, limit, expected) => {
    expect(speedPoints(elapsed, limit)).toBe(expected)
  })

  it('never leaves [500, 1000] and never increases with time', () => {
    let previous = Infinity
    for (let e = -1000; e <= 31_000; e += 137) {
      const p = speedPoints(e, 30_000)
      expect(p).toBeGreaterThanOrEqual(500)
      expect(p).toBeLessThanOrEqual(1000)
      expect(p).toBeLessThanOrEqual(previous)
      previous = p
    }
  })
})

describe('streak bonus: +100 per consecutive correct answer beyond the first, capped at +500', () => {
  it.each([
    [0, 0],
    [1, 100],
    [2, 200],
    [4, 400],
    [5, 500],
    [6, 500],
    [40, 500],
  ])('after %i correct in a row → +%i', (before, bonus) => {
    expect(streakBonus(before)).toBe(bonus)
  })
})

describe('scoreAnswer', () => {
  const base = { mode: 'speed' as const, streakBonusEnabled: true, elapsedMs: 0, limitMs: 20_000, streakBefore: 3 }

  it('a wrong answer earns nothing, whatever the speed or streak', () => {
    expect(scoreAnswer({ ...base, correct: false })).toBe(0)
    expect(scoreAnswer({ ...base, mode: 'correctness', correct: false })).toBe(0)
  })

  it('speed mode adds the streak bonus only when enabled', () => {
    expect(scoreAnswer({ ...base, correct: true })).toBe(1300)
    expect(scoreAnswer({ ...base, correct: true, streakBonusEnabled: false })).toBe(1000)
    expect(scoreAnswer({ ...base, correct: true, elapsedMs: 20_000, streakBefore: 9 })).toBe(1000)
  })

  it('correctness mode: every correct answer is worth the same, fast or slow, streak or not', () => {
    const slow = scoreAnswer({ ...base, mode: 'correctness', correct: true, elapsedMs: 19_000, streakBefore: 0 })
    const fast = scoreAnswer({ ...base, mode: 'correctness', correct: true, elapsedMs: 10, streakBefore: 7 })
    expect(slow).toBe(CORRECTNESS_POINTS)
    expect(fast).toBe(CORRECTNESS_POINTS)
  })
})

describe('isCorrectSelection (multiple choice is all-or-nothing)', () => {
  it.each([
    [['a'], ['a'], true],
    [['b', 'a'], ['a', 'b'], true],
    [['a'], ['a', 'b'], false], // partial
    [['a', 'b', 'c'], ['a', 'b'], false], // one wrong extra
    [['c'], ['a'], false],
    [[], ['a'], false],
  ])('%j against %j → %s', (chosen, correct, expected) => {
    expect(isCorrectSelection(chosen, correct)).toBe(expected)
  })
})

describe('elapsedThinkingMs', () => {
  it('excludes paused time and clamps to [0, limit]', () => {
    expect(elapsedThinkingMs(1_000 + 8_000, 1_000, 3_000, 20_000)).toBe(5_000)
    expect(elapsedThinkingMs(1_000 + 30_000, 1_000, 0, 20_000)).toBe(20_000)
    expect(elapsedThinkingMs(900, 1_000, 0, 20_000)).toBe(0)
  })
})
