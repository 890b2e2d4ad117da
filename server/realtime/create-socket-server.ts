import type { Server as HttpServer } from 'node:http'
import { createAdapter } from '@socket.io/redis-adapter'
import { Server } from 'socket.io'
import type { RedisClient } from '../stores/redis-client'
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../app/core/live/contract'
import type { AppServices } from '../../app/utils/services.server'
import type { Metrics } from '../http/metrics'

/**
 * Socket.IO on the HTTP server's port. With Redis, the adapter lets several
 * processes broadcast to the same rooms; without it, the default in-memory
 * adapter (one process).
 */
export const SOCKET_SERVER_OPTIONS = {
  serveClient: false,
  maxHttpBufferSize: 16 * 1024,
  pingInterval: 20_000,
  pingTimeout: 20_000,
  // Phones that sleep briefly get their missed events and socket id back. Only the in-process adapter
  // keeps sessions; behind Redis the adapter does not, and phones come back with their rejoin token.
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  cors: { origin: false },
} as const

export function createSocketServer(httpServer: HttpServer, services: AppServices, metrics: Metrics) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, SOCKET_SERVER_OPTIONS)
  const redis = services.stores.redis
  if (redis) io.adapter(createAdapter(publishWithoutCrash(redis.client, services.logger), redis.subClient, { key: `${redis.channelPrefix}socket.io` }))
  io.on('connection', (socket) => {
    metrics.openSockets.inc()
    socket.on('disconnect', () => metrics.openSockets.dec())
  })
  return io
}
export type SocketServer = ReturnType<typeof createSocketServer>

/**
 * The Redis adapter calls pubClient.publish() without handling its promise; node-redis
 * rejects a command after 5 s (its default timeout), and an unhandled rejection stops
 * the process. This view of the client logs a failed publish instead (a lost broadcast
 * is repaired by the next one; a crashed process loses every socket).
 */
function publishWithoutCrash(client: RedisClient, logger: AppServices['logger']): RedisClient {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      const fn = value as (...args: unknown[]) => unknown
      if (property !== 'publish' && property !== 'PUBLISH') return fn.bind(target)
      return (...args: unknown[]) =>
        (fn.apply(target, args) as Promise<unknown>).catch((error: unknown) => {
          logger.error({ err: error }, 'Socket.IO adapter: Redis publish failed')
          return 0
        })
    },
  })
}
