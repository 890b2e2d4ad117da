import type { Server, Socket } from 'socket.io'
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../app/core/live/contract'
import type { PersonalView } from '../../app/core/live/views'
import type { Audience, LiveOutput, ServerPayload } from '../live/engine-types'
import { SlicedDelivery } from './sliced-delivery'

/** A players' broadcast, handed to the other app processes so each writes to its own sockets a slice at a time. */
export type PlayersBroadcast = { room: string; event: 'live:state'; payload: ServerPayload<'live:state'> }
/** Between app processes (Socket.IO's serverSideEmit over the Redis adapter); never from a browser. */
export interface LiveServerSideEvents {
  'live:players': (message: PlayersBroadcast) => void
}

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, LiveServerSideEvents, SocketData>
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, LiveServerSideEvents, SocketData>

/** Room names. Every process's adapter knows them, so a broadcast reaches sockets wherever they connected. */
export const liveRooms = {
  audience: (gameId: string, audience: Audience) => `live:${gameId}:${audience}`,
  player: (gameId: string, playerId: string) => `live:${gameId}:p:${playerId}`,
}

/**
 * Sockets written per event-loop turn, for the players' broadcasts and personal views alike:
 * about 7 ms of writing here (~15 µs a socket), so an answer that arrives during a
 * 10,000-player fan-out waits for one slice, not for the whole loop.
 */
export const DELIVERY_SLICE = 500
/** Time for the kicked notice to reach the phone before the server closes the connection. */
const KICK_DISCONNECT_DELAY_MS = 500

/**
 * The runner's way out to sockets (LiveOutput), plus the registry of which
 * players have a socket in THIS process: personal views are sent by each
 * process to its own sockets, never through Redis one by one.
 */
export class SocketLiveOutput implements LiveOutput {
  private readonly local = new Map<string, Map<string, Set<LiveSocket>>>()
  private readonly delivery: SlicedDelivery

  /**
   * `clustered`: other app processes share the rooms through the Redis adapter. Players'
   * broadcasts then reach them as one server-side message, and each process writes to
   * its own sockets in slices (the adapter would write them all in one turn).
   */
  constructor(
    private readonly io: LiveServer,
    private readonly options: { clustered: boolean; onError(error: unknown): void; slice?: number } = { clustered: false, onError: () => {} },
  ) {
    this.delivery = new SlicedDelivery({ slice: options.slice ?? DELIVERY_SLICE, onError: options.onError })
    if (options.clustered) io.on('live:players', (message) => this.deliverLocally(message))
  }

  /** Socket writes waiting for their slice, in this process. */
  get backlog(): number {
    return this.delivery.backlog
  }

  broadcast<E extends 'live:state' | 'live:screen' | 'live:host'>(gameId: string, audience: Audience, event: E, payload: ServerPayload<E>): void {
    const room = liveRooms.audience(gameId, audience)
    if (audience === 'players' && event === 'live:state') {
      const message = { room, event: 'live:state', payload: payload as ServerPayload<'live:state'> } as const
      this.deliverLocally(message)
      if (this.options.clustered) this.io.serverSideEmit('live:players', message)
      return
    }
    // A projector and a host or two: one adapter broadcast, wherever their sockets are.
    // Socket.IO's typed emit cannot narrow a generic event name; the payload type is checked by the signature above.
    ;(this.io.to(room) as unknown as { emit(e: string, p: unknown): void }).emit(event, payload)
  }

  private deliverLocally({ room, event, payload }: PlayersBroadcast): void {
    // The room's members now: a phone that joins later gets the state in its join acknowledgement.
    const ids = [...(this.io.of('/').adapter.rooms.get(room) ?? [])]
    this.delivery.push(ids.length, (from, to) => {
      this.io.local.to(from === 0 && to === ids.length ? room : ids.slice(from, to)).emit(event, payload)
    })
  }

  localPlayerIds(gameId: string): string[] {
    return [...(this.local.get(gameId)?.keys() ?? [])]
  }

  sendPersonal(gameId: string, views: Map<string, PersonalView>, sentAt: number): void {
    const players = this.local.get(gameId)
    if (!players) return
    const out: [LiveSocket, PersonalView][] = []
    for (const [playerId, me] of views) for (const socket of players.get(playerId) ?? []) out.push([socket, me])
    this.delivery.push(out.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const [socket, me] = out[i]
        if (socket.connected) socket.emit('live:me', { me, sentAt })
      }
    })
  }

  kick(gameId: string, playerId: string, message: string): void {
    const room = liveRooms.player(gameId, playerId)
    this.io.to(room).emit('live:kicked', { message })
    // The notice and the disconnect travel on different Redis channels; a short delay keeps them in order.
    setTimeout(() => this.io.in(room).disconnectSockets(false), KICK_DISCONNECT_DELAY_MS).unref()
  }

  /** A player's socket in this process (after join, rejoin or a recovered connection). */
  addPlayer(socket: LiveSocket, gameId: string, playerId: string): void {
    let players = this.local.get(gameId)
    if (!players) this.local.set(gameId, (players = new Map()))
    let sockets = players.get(playerId)
    if (!sockets) players.set(playerId, (sockets = new Set()))
    sockets.add(socket)
  }

  removePlayer(socket: LiveSocket, gameId: string, playerId: string): void {
    const players = this.local.get(gameId)
    const sockets = players?.get(playerId)
    if (!players || !sockets) return
    sockets.delete(socket)
    if (sockets.size === 0) players.delete(playerId)
    if (players.size === 0) this.local.delete(gameId)
  }
}
