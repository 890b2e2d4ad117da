import { useCallback, useEffect, useRef, useState } from 'react'
import { io, type Socket } from 'socket.io-client'
import { ackError, type Ack, type ClientToServerEvents, type ServerToClientEvents } from '~/core/live/contract'
import { retryTransient } from './retry-transient'

export type LiveClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline'

const ACK_TIMEOUT_MS = 8000

/**
 * One Socket.IO connection for a live page, opened after hydration. It
 * reconnects on its own (a phone that slept, a network change, a server
 * restart); `onConnect(socket, again)` runs on every (re)connection, so the
 * page can attach or rejoin. `request` resolves with the acknowledgement, or
 * with a "server busy" error if none comes in time; `attach` repeats an
 * idempotent request (attach, rejoin) after "busy" refusals while the
 * connection it was sent on lasts, and resolves null if that connection went
 * (the next one asks again).
 */
export function useLiveSocket(onConnect: (socket: LiveClientSocket, again: boolean) => void) {
  const [status, setStatus] = useState<ConnectionStatus>('connecting')
  const socketRef = useRef<LiveClientSocket | null>(null)
  const onConnectRef = useRef(onConnect)
  onConnectRef.current = onConnect
  /** Bumped on every (re)connection: a retry loop belongs to the connection it started on. */
  const connectionRef = useRef(0)

  useEffect(() => {
    // WebSocket first; long polling only if a network blocks WebSockets.
    const socket: LiveClientSocket = io({ transports: ['websocket', 'polling'], reconnectionDelay: 500, reconnectionDelayMax: 4000 })
    socketRef.current = socket
    let connectedBefore = false
    socket.on('connect', () => {
      connectionRef.current++
      setStatus('online')
      onConnectRef.current(socket, connectedBefore)
      connectedBefore = true
    })
    socket.on('disconnect', (reason) => {
      connectionRef.current++
      setStatus(reason === 'io server disconnect' || reason === 'io client disconnect' ? 'offline' : 'reconnecting')
    })
    socket.io.on('reconnect_attempt', () => setStatus('reconnecting'))
    const offline = () => setStatus('reconnecting')
    // Back online (a phone that slept or changed network): a connection that looks open may be dead; check it.
    const online = () => {
      if (!socket.connected) {
        socket.connect()
        return
      }
      socket.timeout(3000).emit('live:time', {}, (err: Error | null) => {
        if (err) socket.io.engine?.close()
      })
    }
    window.addEventListener('offline', offline)
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('offline', offline)
      window.removeEventListener('online', online)
      socket.disconnect()
      socketRef.current = null
    }
  }, [])

  const request = useCallback(<R,>(event: keyof ClientToServerEvents, payload: unknown): Promise<Ack<R>> => {
    const socket = socketRef.current
    if (!socket) return Promise.resolve(ackError('server_busy'))
    return new Promise((resolve) => {
      // The contract types each event's payload; pages pass validated data, so the generic emit is used here.
      ;(socket.timeout(ACK_TIMEOUT_MS) as unknown as { emit(e: string, p: unknown, cb: (err: Error | null, r: Ack<R>) => void): void }).emit(
        event,
        payload,
        (err, response) => resolve(err ? ackError('server_busy') : response),
      )
    })
  }, [])

  const attach = useCallback(
    <R,>(event: keyof ClientToServerEvents, payload: unknown): Promise<Ack<R> | null> => {
      const connection = connectionRef.current
      const socket = socketRef.current
      return retryTransient<R>(
        () => request<R>(event, payload),
        () => socketRef.current === socket && connectionRef.current === connection && Boolean(socket?.connected),
      )
    },
    [request],
  )

  return { status, request, attach, socketRef }
}

/**
 * Server time minus this browser's time, learnt from every message's sentAt
 * (transit time makes it a few ms late, which only delays the countdown).
 */
export function useServerClock() {
  const offset = useRef(0)
  const learn = useCallback((serverTime: number) => {
    offset.current = serverTime - Date.now()
  }, [])
  const now = useCallback(() => Date.now() + offset.current, [])
  return { learn, now }
}

/** Re-renders every `ms` while `active`, for countdowns. */
export function useTicker(active: boolean, ms = 250) {
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!active) return
    const id = window.setInterval(() => setTick((n) => n + 1), ms)
    return () => window.clearInterval(id)
  }, [active, ms])
}
