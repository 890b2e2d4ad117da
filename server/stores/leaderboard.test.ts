import { randomUUID } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeLeaderboardContract } from './leaderboard.contract'
import { defineLuaScript, runLuaScript } from './lua-script'
import { createMemoryLeaderboard } from './memory-leaderboard'
import { createRedisLeaderboard } from './redis-leaderboard'
import { closeTestClient, connectTestClient, deleteKeysWithPrefix, keysWithPrefix, uniqueKeyPrefix } from './redis-test-support'

describeLeaderboardContract('in-process', async () => ({
  leaderboard: createMemoryLeaderboard(),
  cleanup: async () => {},
}))

describeLeaderboardContract('Redis', async () => {
  const client = await connectTestClient()
  const keyPrefix = uniqueKeyPrefix('lb')
  return {
    leaderboard: createRedisLeaderboard(client, { keyPrefix }),
    cleanup: async () => {
      await deleteKeysWithPrefix(client, keyPrefix)
      await closeTestClient(client)
    },
  }
})

it('Redis leaderboard keeps its keys under the given prefix', async () => {
  const client = await connectTestClient()
  const keyPrefix = uniqueKeyPrefix('lb')
  try {
    const lb = createRedisLeaderboard(client, { keyPrefix })
    await lb.increment('b1', 'a', 1, 1)
    await lb.set('contest:7', 'a', 1, 1)
    expect((await keysWithPrefix(client, keyPrefix)).sort()).toEqual([`${keyPrefix}lb:b1`, `${keyPrefix}lb:contest:7`])
  } finally {
    await deleteKeysWithPrefix(client, keyPrefix)
    await closeTestClient(client)
  }
})

it('Lua scripts are sent once when Redis does not know them, then run by SHA1', async () => {
  const client = await connectTestClient()
  try {
    // A script no server has seen, like any script after a Redis restart (SCRIPT FLUSH would disturb other tests).
    const script = defineLuaScript(`-- ${randomUUID()}\nreturn ARGV[1] .. '!'`)
    expect(await client.scriptExists(script.sha1)).toEqual([0])
    expect(await runLuaScript(client, script, [], ['xin chào'])).toBe('xin chào!')
    expect(await client.scriptExists(script.sha1)).toEqual([1])
    expect(await runLuaScript(client, script, [], ['lần hai'])).toBe('lần hai!')
  } finally {
    await closeTestClient(client)
  }
})

it('in-process leaderboard expires by its injected clock', async () => {
  let now = 1_000_000
  const lb = createMemoryLeaderboard({ now: () => now })
  await lb.set('b1', 'a', 1, 1)
  await lb.expire('b1', 60)
  now += 59_999
  expect(await lb.count('b1')).toBe(1)
  now += 1
  expect(await lb.count('b1')).toBe(0)
})
