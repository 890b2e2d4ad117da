import { type RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand'

/**
 * Every random choice in a contest (which questions, in which order, which
 * option order) must be reproducible from a stored seed string, so a disputed
 * draw can be replayed exactly. The generator is pure-rand's xoroshiro128+
 * (pinned exactly in package.json: a different version could change the
 * sequences), seeded with all 128 bits of a hash of the seed string.
 */

export interface SeededRandom {
  /** A uniformly distributed integer in [min, max], both inclusive. */
  int(min: number, max: number): number
}

/**
 * cyrb128 by bryc (public domain): a fast, well-mixed 128-bit string hash.
 * It only spreads the seed string over the generator's state; it is not a
 * cryptographic hash and need not be, since seeds are not secrets against the
 * organiser.
 */
export function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 | 0, h2 | 0, h3 | 0, h4 | 0]
}

export function createSeededRandom(seed: string): SeededRandom {
  // NFC first: the same seed typed on two devices must give the same draw.
  const state = hashSeed(seed.normalize('NFC'))
  // xoroshiro's all-zero state is a fixed point that only ever yields zeros.
  if (state.every((w) => w === 0)) state[0] = 1
  const rng: RandomGenerator = xoroshiro128plus.fromState(state)
  return {
    int(min, max) {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
        throw new RangeError(`Khoảng số ngẫu nhiên không hợp lệ: [${min}, ${max}]`)
      }
      return unsafeUniformIntDistribution(min, max, rng)
    },
  }
}

/** Derives an independent seed for a sub-draw (e.g. option order of one question). */
export function deriveSeed(seed: string, ...parts: (string | number)[]): string {
  return [seed, ...parts.map(String)].join('\u241F')
}
