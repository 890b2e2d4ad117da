import { describe, expect, it } from 'vitest'
import { createSeededRandom, deriveSeed, hashSeed } from './seeded-random'

const draw = (seed: string, n: number, max = 1_000_000) => {
  const r = createSeededRandom(seed)
  return Array.from({ length: n }, () => r.int(0, max))
}

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw('vòng-1', 50)).toEqual(draw('vòng-1', 50))
  })

  it('gives different sequences for different seeds', () => {
    expect(draw('vòng-1', 20)).not.toEqual(draw('vòng-2', 20))
  })

  it('treats NFC and NFD spellings of a seed as the same seed', () => {
    const s = 'Tuần thi số 1 – Nghị quyết 66'
    expect(draw(s.normalize('NFD'), 20)).toEqual(draw(s.normalize('NFC'), 20))
  })

  it('stays within the inclusive bounds and reaches both ends', () => {
    const r = createSeededRandom('bounds')
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 7)
      expect(v).toBeGreaterThanOrEqual(3)
      expect(v).toBeLessThanOrEqual(7)
      seen.add(v)
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7])
  })

  it('is roughly uniform (chi-square over 10 buckets)', () => {
    const r = createSeededRandom('uniform')
    const counts = new Array(10).fill(0)
    const n = 20_000
    for (let i = 0; i < n; i++) counts[r.int(0, 9)]++
    const expected = n / 10
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0)
    // 9 degrees of freedom: 27.9 is the 0.1% critical value.
    expect(chi2).toBeLessThan(27.9)
  })

  it('refuses an empty or non-integer range', () => {
    const r = createSeededRandom('x')
    expect(() => r.int(5, 4)).toThrow(RangeError)
    expect(() => r.int(0, 1.5)).toThrow(RangeError)
  })
})

describe('hashSeed', () => {
  it('spreads similar seeds far apart', () => {
    const a = hashSeed('seed-1')
    const b = hashSeed('seed-2')
    const differingBits = a.reduce((sum, word, i) => {
      let x = (word ^ b[i]) >>> 0
      let bits = 0
      while (x) {
        bits += x & 1
        x >>>= 1
      }
      return sum + bits
    }, 0)
    // About half of 128 bits should differ for a well-mixed hash.
    expect(differingBits).toBeGreaterThan(40)
    expect(differingBits).toBeLessThan(88)
  })
})

describe('deriveSeed', () => {
  it('gives distinct seeds for distinct parts, with no ambiguity from joining', () => {
    expect(deriveSeed('s', 'options', 'q1')).not.toBe(deriveSeed('s', 'options', 'q2'))
    expect(deriveSeed('s', 'a', 'bc')).not.toBe(deriveSeed('s', 'ab', 'c'))
    expect(deriveSeed('s', 1)).toBe(deriveSeed('s', '1'))
  })
})
