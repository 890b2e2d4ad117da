import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostAttachResult, JoinResult, MeMessage, StateMessage } from '../../app/core/live/contract'
import { createLiveSession } from '../../app/models/live-sessions.server'
import { uniqueKeyPrefix } from '../../server/stores/redis-test-support'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'
import { connected, request, seedLiveWorld, startLiveNode, until, type LiveClient, type LiveNode } from '../setup/live-node'

/**
 * Two app processes (two Socket.IO servers, two engines, separate Redis
 * connections) sharing one Redis: the host on one, the phones on the other,
 * and the first one dying in the middle of a question.
 */

let database: TestDatabase
let world: Awaited<ReturnType<typeof seedLiveWorld>>
const nodes: LiveNode[] = []

beforeAll(async () => {
  database = await createTestDatabase()
  world = await seedLiveWorld(database.db, 'cluster')
})

afterAll(async () => {
  for (const n of nodes) await n.close()
  await database?.drop()
})

function data<T>(ack: unknown): T {
  if (!ack || typeof ack !== 'object' || !('data' in ack)) throw new Error(`refused: ${JSON.stringify(ack)}`)
  return (ack as { data: T }).data
}

function watch(socket: LiveClient) {
  const states: StateMessage[] = []
  const mine: MeMessage[] = []
  socket.on('live:state', (m) => states.push(m))
  socket.on('live:me', (m) => mine.push(m))
  return { states, mine }
}

describe('two processes sharing Redis', () => {
  it('runs a game on one process for phones on the other, and survives the first one dying mid-question', async () => {
    const keyPrefix = uniqueKeyPrefix('live-cluster')
    const options = { db: database.db, keyPrefix, leaseTtlMs: 1500, scanIntervalMs: 250 }
    const a = await startLiveNode({ ...options, nodeId: 'cluster-a' })
    const b = await startLiveNode({ ...options, nodeId: 'cluster-b' })
    nodes.push(a, b)

    const created = await createLiveSession(
      database.db,
      a.live.api,
      { id: world.host.id, organisationId: world.organisationId },
      {
        title: 'Hai máy chủ',
        filter: { bankId: world.bankId, tags: [], difficulty: null, count: 2 },
        settings: { questionTimeLimitSec: 6, latencyAllowanceMs: 300, autoCloseWhenAllAnswered: false },
      },
    )
    if (!created.ok) throw new Error(created.message)
    const gameId = created.id
    expect(a.live.engine.ownedGameIds()).toEqual([gameId])

    // The host on A.
    const host = a.client({ cookie: world.host.cookie })
    await connected(host)
    data(await request(host, 'live:host:attach', { gameId }))
    data(await request(host, 'live:host:command', { gameId, command: { type: 'openLobby' } }))

    // Three phones on B: B forwards their joins and answers to A.
    const phones: { socket: LiveClient; seen: ReturnType<typeof watch>; joined: JoinResult; playerId: string }[] = []
    for (const nickname of ['Hà', 'Minh', 'Thu']) {
      const socket = b.client()
      const seen = watch(socket)
      await connected(socket)
      const joined = data<JoinResult>(await request(socket, 'live:join', { pin: created.pin, nickname }))
      phones.push({ socket, seen, joined, playerId: joined.view.me.playerId })
    }
    expect(b.live.engine.ownedGameIds()).toEqual([])
    expect(Object.keys(a.live.engine.runnerOf(gameId)!.state.players)).toHaveLength(3)

    // Question 1, answered through B, closed by the host on A.
    const q1 = data<HostAttachResult>(await request(host, 'live:host:command', { gameId, command: { type: 'start' } }))
    await until(() => phones.every((p) => p.seen.states.some((s) => s.view.phase === 'question')), 5000, 'the question on the phones')
    const options1 = q1.view.question!.options.map((o) => o.id)
    for (const [i, p] of phones.entries()) data(await request(p.socket, 'live:answer', { questionIndex: 0, optionIds: [options1[i]] }))
    expect((await request<{ error: { code: string } }>(phones[0].socket, 'live:answer', { questionIndex: 0, optionIds: [options1[1]] })).error.code).toBe('already_answered')
    const closed = data<HostAttachResult>(await request(host, 'live:host:command', { gameId, command: { type: 'next' } }))
    const key1 = closed.view.reveal!.correctOptionIds[0]
    // Each phone on B gets its own result, loaded by B from A's snapshot.
    await until(() => phones.every((p) => p.seen.mine.some((m) => m.me.result?.questionIndex === 0)), 5000, 'personal results on B')
    for (const [i, p] of phones.entries()) {
      const result = p.seen.mine.find((m) => m.me.result?.questionIndex === 0)!.me.result!
      expect(result.correct).toBe(options1[i] === key1)
    }
    data(await request(host, 'live:host:command', { gameId, command: { type: 'next' } })) // leaderboard

    // Question 2 opens; two phones answer; then A dies without a word.
    const q2 = data<HostAttachResult>(await request(host, 'live:host:command', { gameId, command: { type: 'next' } }))
    const deadline = q2.view.question!.timer!.deadline
    const options2 = q2.view.question!.options.map((o) => o.id)
    data(await request(phones[0].socket, 'live:answer', { questionIndex: 1, optionIds: [options2[0]] }))
    data(await request(phones[1].socket, 'live:answer', { questionIndex: 1, optionIds: [options2[1]] }))
    await a.crash()

    // B takes the game over once A's lease has expired, and the question closes at its deadline with both stored answers.
    await until(() => b.live.engine.ownedGameIds().includes(gameId), 8000, 'B to take the game over')
    await until(() => phones.every((p) => p.seen.states.some((s) => s.view.phase === 'reveal' && s.view.reveal?.questionIndex === 1)), 10_000, 'the reveal of question 2')
    const state = b.live.engine.runnerOf(gameId)!.state
    expect(state.results[1]).toMatchObject({ status: 'closed', answeredCount: 2 })
    expect(Date.now()).toBeGreaterThan(deadline)
    await until(() => phones[2].seen.mine.some((m) => m.me.result?.questionIndex === 1 && !m.me.result.answered), 5000, 'a missed answer result')

    // The host reconnects, now to B, and finishes the game.
    const host2 = b.client({ cookie: world.host.cookie })
    await connected(host2)
    const view = data<HostAttachResult>(await request(host2, 'live:host:attach', { gameId })).view
    expect(view.phase).toBe('reveal')
    data(await request(host2, 'live:host:command', { gameId, command: { type: 'next' } }))
    const ended = data<HostAttachResult>(await request(host2, 'live:host:command', { gameId, command: { type: 'next' } }))
    expect(ended.view.phase).toBe('ended')
    await until(async () => (await database.db.liveSession.findUnique({ where: { id: gameId } }))?.status === 'ENDED', 10_000, 'the result in PostgreSQL')
    expect(await database.db.livePlayer.count({ where: { sessionId: gameId } })).toBe(3)
    expect(await database.db.liveAnswer.count({ where: { sessionId: gameId } })).toBe(5)
  }, 60_000)
})
