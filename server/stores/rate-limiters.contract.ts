import { RATE_LIMIT_POLICIES } from './rate-limit-policies'
import { afterEach, describe, expect, it } from 'vitest'
import { RATE_LIMITER_NAMES, type RateLimiters, type RateLimitersOptions } from './rate-limiters'

export interface RateLimitersFixture {
  limiters: RateLimiters
  cleanup(): Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The behaviour both modes promise; run by rate-limiters.test.ts against each. */
export function describeRateLimitersContract(
  name: string,
  factory: (options?: RateLimitersOptions) => Promise<RateLimitersFixture>,
) {
  describe(`RateLimiters contract: ${name}`, () => {
    let fixtures: RateLimitersFixture[] = []
    const open = async (options?: RateLimitersOptions) => {
      const fixture = await factory(options)
      fixtures.push(fixture)
      return fixture.limiters
    }
    afterEach(async () => {
      await Promise.all(fixtures.map((f) => f.cleanup()))
      fixtures = []
    })

    it.each(RATE_LIMITER_NAMES)('%s allows exactly its points per key, then refuses', async (limiterName) => {
      const limiters = await open()
      const { points, durationSeconds, blockSeconds } = limiters.policies[limiterName]
      const results = await Promise.all(Array.from({ length: points }, () => limiters.consume(limiterName, '203.0.113.7')))
      expect(results.every((r) => r.ok)).toBe(true)
      expect(results.map((r) => (r.ok ? r.remainingPoints : -1)).sort((x, y) => x - y)).toEqual(
        Array.from({ length: points }, (_, i) => i),
      )
      const refused = await limiters.consume(limiterName, '203.0.113.7')
      expect(refused.ok).toBe(false)
      if (!refused.ok) {
        expect(refused.retryAfterMs).toBeGreaterThan(0)
        expect(refused.retryAfterMs).toBeLessThanOrEqual((blockSeconds ?? durationSeconds) * 1000)
      }
      // Other keys and other limiters are untouched.
      expect((await limiters.consume(limiterName, '203.0.113.8')).ok).toBe(true)
      const other = RATE_LIMITER_NAMES.find((n) => n !== limiterName) ?? limiterName
      expect((await limiters.consume(other, '203.0.113.7')).ok).toBe(true)
    })

    it('locks an account after 5 failures for 15 minutes, until reset', async () => {
      const limiters = await open()
      const account = 'nguyenvana@example.vn'
      for (let i = 0; i < 4; i++) expect((await limiters.consume('loginPerAccount', account)).ok).toBe(true)
      expect(await limiters.peek('loginPerAccount', account)).toEqual({ ok: true, remainingPoints: 1 })
      expect((await limiters.consume('loginPerAccount', account)).ok).toBe(true)
      // Five failures: the next attempt is refused before the password is even checked.
      const peeked = await limiters.peek('loginPerAccount', account)
      expect(peeked.ok).toBe(false)
      const sixth = await limiters.consume('loginPerAccount', account)
      expect(sixth.ok).toBe(false)
      if (!sixth.ok) expect(sixth.retryAfterMs).toBeGreaterThan(14 * 60 * 1000)
      expect((await limiters.peek('loginPerAccount', account)).ok).toBe(false)

      await limiters.reset('loginPerAccount', account)
      expect(await limiters.peek('loginPerAccount', account)).toEqual({ ok: true, remainingPoints: 5 })
      expect((await limiters.consume('loginPerAccount', account)).ok).toBe(true)
    })

    it('peeks without spending and rewards points back', async () => {
      const limiters = await open()
      for (let i = 0; i < 50; i++) expect((await limiters.peek('verifyPerIp', '198.51.100.1')).ok).toBe(true)
      for (let i = 0; i < 30; i++) expect((await limiters.consume('verifyPerIp', '198.51.100.1')).ok).toBe(true)
      expect((await limiters.consume('verifyPerIp', '198.51.100.1')).ok).toBe(false)

      for (let i = 0; i < RATE_LIMIT_POLICIES.loginPerIp.points; i++) await limiters.consume('loginPerIp', '198.51.100.2')
      await limiters.reward('loginPerIp', '198.51.100.2', 2)
      expect(await limiters.peek('loginPerIp', '198.51.100.2')).toEqual({ ok: true, remainingPoints: 2 })
      expect((await limiters.consume('loginPerIp', '198.51.100.2')).ok).toBe(true)
      expect((await limiters.consume('loginPerIp', '198.51.100.2')).ok).toBe(true)
      expect((await limiters.consume('loginPerIp', '198.51.100.2')).ok).toBe(false)
    })

    it('opens again when the window ends', async () => {
      const limiters = await open({ policies: { livePinPerIp: { points: 2, durationSeconds: 1, scope: 'shared' } } })
      expect((await limiters.consume('livePinPerIp', 'ip')).ok).toBe(true)
      expect((await limiters.consume('livePinPerIp', 'ip')).ok).toBe(true)
      expect((await limiters.consume('livePinPerIp', 'ip')).ok).toBe(false)
      await sleep(1100)
      expect((await limiters.consume('livePinPerIp', 'ip')).ok).toBe(true)
    })

    it('keeps a block for its own duration, longer than the window', async () => {
      const limiters = await open({
        policies: { loginPerAccount: { points: 1, durationSeconds: 1, blockSeconds: 2, scope: 'shared' } },
      })
      expect((await limiters.consume('loginPerAccount', 'acc')).ok).toBe(true)
      const blocked = await limiters.consume('loginPerAccount', 'acc')
      expect(blocked.ok).toBe(false)
      if (!blocked.ok) expect(blocked.retryAfterMs).toBeGreaterThan(1000)
      await sleep(1200)
      expect((await limiters.peek('loginPerAccount', 'acc')).ok).toBe(false)
      await sleep(1000)
      expect((await limiters.consume('loginPerAccount', 'acc')).ok).toBe(true)
    })

    it('refuses empty keys', async () => {
      const limiters = await open()
      await expect(limiters.consume('loginPerIp', '')).rejects.toBeInstanceOf(TypeError)
      await expect(limiters.peek('loginPerIp', '')).rejects.toBeInstanceOf(TypeError)
      await expect(limiters.reset('loginPerIp', '')).rejects.toBeInstanceOf(TypeError)
    })
  })
}
