import type { Server, Socket } from 'socket.io'
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../app/core/live/contract'
import type { PersonalView } from '../../app/core/live/views'
import type { Audience, LiveOutput, ServerPayload } from '../live/engine-types'
import { SlicedDelivery } from './sliced-delivery'

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>

/** Room names. Every process's adapter knows them, so a broadcast reaches sockets wherever they connected. */
export const liveRooms = {
  audience: (gameId: string, audience: Audience) => `live:${gameId}:${audience}`,
  player: (gameId: string, playerId: string) => `live:${gameId}:p:${playerId}`,
}

/**
 * Personal views (10,000 different messages at each close) go out this many per event-loop
 * turn, so they do not hold the loop, and the host's "next", for long.
 */
const PERSONAL_SLICE = 500
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

  constructor(
    private readonly io: LiveServer,
    options: { onError(error: unknown): void; slice?: number } = {
      onError: () => {},
    }
  ) {
    this.delivery = new SlicedDelivery({
      slice: options.slice ?? PERSONAL_SLICE,
      onError: options.onError,
    })
  }

  /** Personal views waiting for their slice, in this process. */
  get backlog(): number {
    return this.delivery.backlog
  }

  broadcast<E extends 'live:state' | 'live:screen' | 'live:host'>(gameId: string, audience: Audience, event: E, payload: ServerPayload<E>): void {
    // One adapter broadcast, encoded once per process, wherever the sockets are. Writing a
    // 10,000-socket room in slices was measured (docs/performance.md): it made both the fan-out
    // and the answers' acknowledgements slower, so the room is written in one turn.
    // Socket.IO's typed emit cannot narrow a generic event name; the payload type is checked by the signature above.
    ;(
      this.io.to(liveRooms.audience(gameId, audience)) as unknown as {
        emit(e: string, p: unknown): void
      }
    ).emit(event, payload)
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
        // Not socket.emit: with connection-state recovery on, that is an adapter broadcast to the
        // socket's own room, which the Redis adapter publishes, so 10,000 results would make 10,000
        // PUBLISHes (each read back and decoded here). A local broadcast takes the same path otherwise
        // (the in-process adapter still keeps it for recovery).
        if (socket.connected) this.io.local.to(socket.id).emit('live:me', { me, sentAt })
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
