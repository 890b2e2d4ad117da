import { expect, it } from 'vitest'
import { describeLiveGameStoreContract } from './live-game-store.contract'
import { createMemoryLiveGameStore } from './memory-live-game-store'
import { createRedisLiveGameStore } from './redis-live-game-store'
import { closeTestClient, connectTestClient, deleteKeysWithPrefix, keysWithPrefix, uniqueKeyPrefix } from './redis-test-support'

describeLiveGameStoreContract('in-process', async (options) => {
  // One process has one store; both handles are the same object.
  const store = createMemoryLiveGameStore(options)
  return { a: store, b: store, cleanup: async () => {} }
})

describeLiveGameStoreContract('Redis', async (options) => {
  const keyPrefix = uniqueKeyPrefix('live')
  const [clientA, clientB] = await Promise.all([connectTestClient(), connectTestClient()])
  return {
    a: createRedisLiveGameStore(clientA, { ...options, keyPrefix }),
    b: createRedisLiveGameStore(clientB, { ...options, keyPrefix }),
    cleanup: async () => {
      await deleteKeysWithPrefix(clientA, keyPrefix)
      await Promise.all([closeTestClient(clientA), closeTestClient(clientB)])
    },
  }
})

it('Redis live-game store leaves no keys behind after delete and PIN release', async () => {
  const client = await connectTestClient()
  const keyPrefix = uniqueKeyPrefix('live')
  try {
    const store = createRedisLiveGameStore(client, { keyPrefix })
    await store.save('g1', { head: { n: 1 }, body: {} }, 0)
    await store.appendAnswer('g1', 0, 'p1', 1)
    await store.appendAnswer('g1', 5, 'p1', 1)
    await store.reservePin('4242', 'g1', 60)
    await store.acquireLease('g1', 'me', 10_000)
    expect((await keysWithPrefix(client, keyPrefix)).sort()).toEqual(
      [
        `${keyPrefix}live:active`,
        `${keyPrefix}live:answered:g1`,
        `${keyPrefix}live:answers:g1:0`,
        `${keyPrefix}live:answers:g1:5`,
        `${keyPrefix}live:game:g1`,
        `${keyPrefix}live:lease:g1`,
        `${keyPrefix}live:pin:4242`,
      ].sort(),
    )
    // Everything written for a game expires on its own too.
    expect(await client.ttl(`${keyPrefix}live:answers:g1:5`)).toBeGreaterThan(0)
    expect(await client.ttl(`${keyPrefix}live:game:g1`)).toBeGreaterThan(0)
    await store.delete('g1')
    await store.releasePin('4242', 'g1')
    expect(await keysWithPrefix(client, keyPrefix)).toEqual([])
  } finally {
    await deleteKeysWithPrefix(client, keyPrefix)
    await closeTestClient(client)
  }
})

it('in-process live-game store expires leases and state by its injected clock', async () => {
  let now = 5_000_000
  const store = createMemoryLiveGameStore({ now: () => now, stateTtlSeconds: 60 })
  await store.save('g1', { head: {}, body: {} }, 0)
  expect(await store.acquireLease('g1', 'a', 1000)).toBe(true)
  now += 999
  expect(await store.acquireLease('g1', 'b', 1000)).toBe(false)
  now += 1
  expect(await store.acquireLease('g1', 'b', 1000)).toBe(true)
  now += 59_000
  expect(await store.listActive()).toEqual([])
})

it('Redis live-game store resumes a game saved whole by the previous version, and moves it to two parts', async () => {
  const client = await connectTestClient()
  const keyPrefix = uniqueKeyPrefix('live')
  const key = `${keyPrefix}live:game:g1`
  try {
    const store = createRedisLiveGameStore(client, { keyPrefix })
    const whole = { phase: 'question', players: { p1: { nickname: 'Nguyễn Văn A' } } }
    await client.hSet(key, { v: '4', s: JSON.stringify(whole) })
    expect(await store.load('g1')).toEqual({ head: whole, body: whole, version: 4 })
    // A head-only save keeps the old field as the body…
    expect(await store.save('g1', { head: { phase: 'reveal' } }, 4)).toBe(true)
    expect(await store.load('g1')).toEqual({ head: { phase: 'reveal' }, body: whole, version: 5 })
    // …until a save with a body replaces it.
    expect(await store.save('g1', { head: { phase: 'leaderboard' }, body: { players: {} } }, 5)).toBe(true)
    expect(Number(await client.hExists(key, 's'))).toBe(0)
    expect(await store.load('g1')).toEqual({ head: { phase: 'leaderboard' }, body: { players: {} }, version: 6 })
  } finally {
    await deleteKeysWithPrefix(client, keyPrefix)
    await closeTestClient(client)
  }
})
