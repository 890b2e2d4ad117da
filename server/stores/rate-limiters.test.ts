import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'
import { describe, expect, it } from 'vitest'
import { describeRateLimitersContract } from './rate-limiters.contract'
import { consume, createRateLimiters, RATE_LIMIT_POLICIES } from './rate-limiters'
import { closeTestClient, connectTestClient, deleteKeysWithPrefix, keysWithPrefix, uniqueKeyPrefix } from './redis-test-support'

describeRateLimitersContract('in-process', async (options) => ({
  limiters: createRateLimiters(null, options),
  cleanup: async () => {},
}))

describeRateLimitersContract('Redis', async (options) => {
  const client = await connectTestClient()
  const keyPrefix = uniqueKeyPrefix('rl')
  return {
    limiters: createRateLimiters(client, { ...options, keyPrefix }),
    cleanup: async () => {
      await deleteKeysWithPrefix(client, keyPrefix)
      await closeTestClient(client)
    },
  }
})

describe('rate limiters', () => {
  it('use the agreed policies', () => {
    const table = Object.fromEntries(
      Object.entries(RATE_LIMIT_POLICIES).map(([name, p]) => [name, [p.points, p.durationSeconds, 'blockSeconds' in p ? p.blockSeconds : 0]]),
    )
    expect(table).toEqual({
      loginPerIp: [30, 900, 0],
      loginPerAccount: [5, 900, 900],
      registerPerIp: [100, 3600, 0],
      attemptStartPerUser: [10, 60, 0],
      bankImportPerUser: [60, 600, 0],
      livePinPerIp: [20, 60, 0],
      socketEventsPerSocket: [20, 1, 0],
      socketEventsPerIp: [200, 1, 0],
      verifyPerIp: [30, 60, 0],
    })
  })

  it('count shared limits in Redis (seen by a second process) and socket limits in the process', async () => {
    const clientA = await connectTestClient()
    const clientB = await connectTestClient()
    const keyPrefix = uniqueKeyPrefix('rl')
    try {
      const a = createRateLimiters(clientA, { keyPrefix })
      const b = createRateLimiters(clientB, { keyPrefix })
      expect(a.mode).toBe('redis')
      expect(a.limiter('loginPerIp')).toBeInstanceOf(RateLimiterRedis)
      expect(a.limiter('socketEventsPerSocket')).toBeInstanceOf(RateLimiterMemory)

      for (let i = 0; i < RATE_LIMIT_POLICIES.registerPerIp.points; i++) await a.consume('registerPerIp', '192.0.2.1')
      expect((await b.consume('registerPerIp', '192.0.2.1')).ok).toBe(false)

      for (let i = 0; i < 20; i++) await a.consume('socketEventsPerSocket', 'socket-1')
      expect((await a.consume('socketEventsPerSocket', 'socket-1')).ok).toBe(false)
      expect((await b.consume('socketEventsPerSocket', 'socket-1')).ok).toBe(true)
      expect(await keysWithPrefix(clientA, keyPrefix)).toEqual([`${keyPrefix}rl:registerPerIp:192.0.2.1`])
    } finally {
      await deleteKeysWithPrefix(clientA, keyPrefix)
      await closeTestClient(clientA)
      await closeTestClient(clientB)
    }
  })

  it('keep limiting in the process when Redis is not reachable, without waiting', async () => {
    const client = await connectTestClient()
    const keyPrefix = uniqueKeyPrefix('rl')
    const limiters = createRateLimiters(client, { keyPrefix })
    await closeTestClient(client)
    const started = Date.now()
    for (let i = 0; i < RATE_LIMIT_POLICIES.loginPerIp.points; i++) expect((await limiters.consume('loginPerIp', '192.0.2.9')).ok).toBe(true)
    expect((await limiters.consume('loginPerIp', '192.0.2.9')).ok).toBe(false)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('consume() reports a refusal as a result but rethrows store failures', async () => {
    const limiter = new RateLimiterMemory({ points: 1, duration: 60 })
    expect(await consume(limiter, 'k')).toEqual({ ok: true, remainingPoints: 0 })
    const refused = await consume(limiter, 'k')
    expect(refused.ok).toBe(false)
    const broken = new RateLimiterMemory({ points: 1, duration: 60 })
    broken.consume = () => Promise.reject(new Error('store down'))
    await expect(consume(broken, 'k')).rejects.toThrow('store down')
  })
})
