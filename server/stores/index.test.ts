import { RATE_LIMIT_POLICIES } from './rate-limit-policies'
import { createAdapter } from '@socket.io/redis-adapter'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { io as connectSocket } from 'socket.io-client'
import { describe, expect, it, vi } from 'vitest'
import { createStores, redisChannelPrefix } from './index'
import { createRedisClients } from './redis-client'
import { closeTestClient, connectTestClient, deleteKeysWithPrefix, recordingLogger, TEST_REDIS_URL, uniqueKeyPrefix } from './redis-test-support'

describe('createStores', () => {
  it('keeps everything in the process without a Redis URL', async () => {
    const logger = recordingLogger()
    const stores = await createStores({ logger })
    expect(stores.mode).toBe('in-process')
    expect(stores.redis).toBeNull()
    expect(stores.rateLimiters.mode).toBe('in-process')
    expect(await stores.ping()).toBe('in-process')
    await stores.leaderboard.set('b', 'm', 1, 1)
    expect(await stores.leaderboard.rankOf('b', 'm')).toBe(1)
    expect(await stores.liveGames.save('g', { head: {}, body: {} }, 0)).toBe(true)
    expect(logger.lines.map((l) => l.level)).toEqual(['warn'])
    await stores.close()
  })

  it('shares everything through Redis, under the key prefix', async () => {
    const logger = recordingLogger()
    const keyPrefix = uniqueKeyPrefix('stores')
    const one = await createStores({ redisUrl: TEST_REDIS_URL, logger, keyPrefix })
    const two = await createStores({ redisUrl: TEST_REDIS_URL, logger, keyPrefix })
    const inspector = await connectTestClient()
    try {
      expect(one.mode).toBe('redis')
      expect(one.redis).not.toBeNull()
      expect(await one.ping()).toBe('ok')
      await one.leaderboard.increment('quiz', 'p1', 5, 100)
      expect(await two.leaderboard.top('quiz', 1)).toEqual([{ memberId: 'p1', primary: 5, secondary: 100, rank: 1 }])
      await one.liveGames.save('g1', { head: { phase: 'lobby' }, body: {} }, 0)
      expect(await two.liveGames.listActive()).toEqual(['g1'])
      for (let i = 0; i < RATE_LIMIT_POLICIES.registerPerIp.points; i++) await one.rateLimiters.consume('registerPerIp', '192.0.2.5')
      expect((await two.rateLimiters.consume('registerPerIp', '192.0.2.5')).ok).toBe(false)
      expect(logger.lines.filter((l) => l.level !== 'info')).toEqual([])
    } finally {
      await deleteKeysWithPrefix(inspector, keyPrefix)
      await closeTestClient(inspector)
      await one.close()
      await two.close()
    }
    // Closing twice is harmless (shutdown paths may race).
    await one.close()
  })

  it('fails start-up with a clear message when Redis is unreachable', async () => {
    const logger = recordingLogger()
    const started = Date.now()
    await expect(
      createStores({ redisUrl: 'redis://:secret@127.0.0.1:1', logger, connectTimeoutMs: 500 }),
    ).rejects.toThrow(/could not connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(JSON.stringify(logger.lines)).not.toContain('secret')
  })
})

describe('createRedisClients', () => {
  it('gives a ping for /healthz that fails once closed', async () => {
    const clients = await createRedisClients(TEST_REDIS_URL, recordingLogger())
    expect(await clients.ping()).toBe('ok')
    await clients.close()
    await expect(clients.ping()).rejects.toThrow()
  })

  it('reconnects after the connection is cut, logging the break and the recovery once each', async () => {
    const logger = recordingLogger()
    const clients = await createRedisClients(TEST_REDIS_URL, logger)
    const killer = await connectTestClient()
    try {
      const id = await clients.client.clientId()
      await killer.sendCommand(['CLIENT', 'KILL', 'ID', String(id)])
      // Commands issued while reconnecting wait in the queue and then succeed.
      expect(await clients.ping()).toBe('ok')
      // node-redis may answer queued commands a moment before it emits 'ready'.
      await vi.waitFor(() =>
        expect(logger.lines.map((l) => `${l.level}:${l.msg}`)).toEqual([
          'info:connected to Redis',
          'error:Redis connection error',
          'info:Redis connection is back',
        ]),
      )
    } finally {
      await closeTestClient(killer)
      await clients.close()
    }
  })

  it('gives the Socket.IO Redis adapter what it needs to broadcast between two servers', async () => {
    const logger = recordingLogger()
    const [c1, c2] = await Promise.all([createRedisClients(TEST_REDIS_URL, logger), createRedisClients(TEST_REDIS_URL, logger)])
    const http1 = createServer()
    const http2 = createServer()
    // Both servers must use the same channel key to hear each other; a unique one keeps parallel runs apart.
    const key = uniqueKeyPrefix('sio')
    const io1 = new Server(http1, { adapter: createAdapter(c1.client, c1.subClient, { key }) })
    const io2 = new Server(http2, { adapter: createAdapter(c2.client, c2.subClient, { key }) })
    await Promise.all([new Promise<void>((r) => http1.listen(0, '127.0.0.1', r)), new Promise<void>((r) => http2.listen(0, '127.0.0.1', r))])
    io2.on('connection', (socket) => void socket.join('room'))
    const client = connectSocket(`http://127.0.0.1:${(http2.address() as AddressInfo).port}`, { transports: ['websocket'] })
    let timer: ReturnType<typeof setInterval> | undefined
    try {
      await new Promise<void>((resolve) => client.on('connect', () => resolve()))
      const received = new Promise<string>((resolve) => client.on('hello', (text: string) => resolve(text)))
      // The adapter subscribes asynchronously; repeat until server 2 hears server 1.
      timer = setInterval(() => io1.to('room').emit('hello', 'Xin chào'), 50)
      expect(await received).toBe('Xin chào')
    } finally {
      clearInterval(timer)
      client.close()
      await Promise.all([new Promise((r) => io1.close(r)), new Promise((r) => io2.close(r))])
      await Promise.all([c1.close(), c2.close()])
    }
  })
})

describe('redisChannelPrefix', () => {
  it('scopes pub/sub channels by key prefix and database, which Redis itself does not', () => {
    expect(redisChannelPrefix('tpl:', 'redis://127.0.0.1:6379/3')).toBe('tpl:db3:')
    expect(redisChannelPrefix('tpl:', 'redis://127.0.0.1:6379')).toBe('tpl:db0:')
    expect(redisChannelPrefix('tpl:', 'rediss://user:secret@redis.example:6380/12')).toBe('tpl:db12:')
    expect(redisChannelPrefix('x:', 'not a url')).toBe('x:db0:')
  })
})
