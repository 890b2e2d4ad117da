import { createAdapter } from '@socket.io/redis-adapter'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { io as connectSocket, type Socket as ClientSocket } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import { apply } from '../../app/core/live/game-machine'
import { newGame, ok, T0 } from '../../app/core/live/test-kit'
import { publicView } from '../../app/core/live/views'
import { personalViews } from '../live/game-runner'
import { closeTestClient, connectTestClient, uniqueKeyPrefix } from '../stores/redis-test-support'
import { SOCKET_SERVER_OPTIONS } from './create-socket-server'
import { liveRooms, SocketLiveOutput, type LiveServer } from './live-output'

/** Real Socket.IO servers and clients; slices of 2–3 sockets so a handful of phones spans several turns. */
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startNode(adapter?: Parameters<LiveServer['adapter']>[0]) {
  const http = createServer()
  const io: LiveServer = new Server(http, SOCKET_SERVER_OPTIONS)
  if (adapter) io.adapter(adapter)
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise<void>((resolve) => io.close(() => resolve())))
  return {
    io,
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
  }
}

/** A phone: joins the players' room on connection and writes down every event it gets, in order. */
async function phones(node: { io: LiveServer; url: string }, output: SocketLiveOutput, gameId: string, playerIds: string[]) {
  const received = new Map<string, string[]>()
  node.io.on('connection', (socket) => {
    const playerId = String(socket.handshake.auth.playerId)
    void socket.join([liveRooms.audience(gameId, 'players'), liveRooms.player(gameId, playerId)])
    output.addPlayer(socket, gameId, playerId)
  })
  await Promise.all(
    playerIds.map(
      (playerId) =>
        new Promise<void>((resolve, reject) => {
          const client: ClientSocket = connectSocket(node.url, {
            transports: ['websocket'],
            auth: { playerId },
            forceNew: true,
          })
          cleanups.push(() => void client.close())
          const log: string[] = []
          received.set(playerId, log)
          client.on('live:state', (m: { view: { phase: string } }) => log.push(`state:${m.view.phase}`))
          client.on('live:me', (m: { me: { playerId: string } }) => log.push(`me:${m.me.playerId === playerId ? 'mine' : 'other'}`))
          client.on('connect', () => resolve())
          client.on('connect_error', reject)
        })
    )
  )
  return received
}

function gameWithPlayers(count: number) {
  const state = newGame()
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const r = ok(apply(state, { type: 'join', nickname: `Người chơi ${i + 1}` }, T0 + i))
    const e = r.events[0]
    if (e?.type === 'player_joined') ids.push(e.playerId)
  }
  return { state, ids }
}

/** A failed socket write fails the test. */
const rethrow = (error: unknown) => {
  throw error
}

const settled = (check: () => void) => expect.poll(() => (check(), true), { timeout: 5000 }).toBe(true)

describe('SocketLiveOutput, written a slice at a time', () => {
  it('gives every phone the state once, then its own result, across several slices in one process', async () => {
    const node = await startNode()
    const output = new SocketLiveOutput(node.io, { onError: rethrow, slice: 3 })
    const { state, ids } = gameWithPlayers(8)
    const received = await phones(node, output, state.id, ids)

    output.broadcast(state.id, 'players', 'live:state', {
      view: publicView(state),
      sentAt: T0,
    })
    output.sendPersonal(state.id, personalViews(state, output.localPlayerIds(state.id)), T0)
    expect(output.backlog).toBeGreaterThan(0)

    await settled(() => {
      for (const id of ids) expect(received.get(id)).toEqual(['state:lobby', 'me:mine'])
    })
    expect(output.backlog).toBe(0)
  })

  it('reaches the phones of another process once, through the Redis adapter', async () => {
    const prefix = uniqueKeyPrefix('live-output')
    const clients = await Promise.all([connectTestClient(), connectTestClient(), connectTestClient(), connectTestClient()])
    cleanups.push(() => Promise.all(clients.map(closeTestClient)).then(() => undefined))
    const a = await startNode(createAdapter(clients[0], clients[1], { key: `${prefix}socket.io` }))
    const b = await startNode(createAdapter(clients[2], clients[3], { key: `${prefix}socket.io` }))
    const outA = new SocketLiveOutput(a.io, { onError: rethrow, slice: 2 })
    const outB = new SocketLiveOutput(b.io, { onError: rethrow, slice: 2 })
    const { state, ids } = gameWithPlayers(7)
    const onA = await phones(a, outA, state.id, ids.slice(0, 3))
    const onB = await phones(b, outB, state.id, ids.slice(3))

    outA.broadcast(state.id, 'players', 'live:state', {
      view: publicView(state),
      sentAt: T0,
    })

    await settled(() => {
      for (const id of ids.slice(0, 3)) expect(onA.get(id)).toEqual(['state:lobby'])
      for (const id of ids.slice(3)) expect(onB.get(id)).toEqual(['state:lobby'])
    })
  })

  it('sends each phone its own result without publishing it to Redis', async () => {
    const prefix = uniqueKeyPrefix('live-output')
    const clients = await Promise.all([connectTestClient(), connectTestClient(), connectTestClient()])
    cleanups.push(() => Promise.all(clients.map(closeTestClient)).then(() => undefined))
    const published: string[] = []
    await clients[2].pSubscribe(`${prefix}socket.io*`, (message: Buffer) => published.push(message.toString('latin1')), true)
    const node = await startNode(createAdapter(clients[0], clients[1], { key: `${prefix}socket.io` }))
    const output = new SocketLiveOutput(node.io, { onError: rethrow, slice: 2 })
    const { state, ids } = gameWithPlayers(5)
    const received = await phones(node, output, state.id, ids)
    output.broadcast(state.id, 'players', 'live:state', { view: publicView(state), sentAt: T0 })
    output.sendPersonal(state.id, personalViews(state, output.localPlayerIds(state.id)), T0)
    await settled(() => {
      for (const id of ids) expect(received.get(id)).toEqual(['state:lobby', 'me:mine'])
    })
    // The room's broadcast goes to Redis once (other processes may hold players); the results never do.
    await settled(() => expect(published.length).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(published.map((m) => m.includes('live:me'))).toEqual([false])
  })
})
