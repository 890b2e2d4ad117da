import { z } from 'zod'
import type { RedisClient } from '../stores/redis-client'
import type { EngineLogger, EngineRequest, RemoteResponse } from './engine-types'

/**
 * How app processes that share Redis talk about live games.
 *
 * - Requests: a process that receives a socket event for a game it does not
 *   run forwards it to the lease holder's inbox channel and waits for the
 *   answer on its own inbox. Messages are batched per destination for one
 *   event-loop turn, so 10,000 answers in a burst cost a few hundred
 *   PUBLISHes, not 20,000.
 * - Announcements: after each saved snapshot the owner tells everyone; the
 *   others reload it when their own phones need personal results.
 */

export interface SnapshotNote {
  from: string
  gameId: string
  storeVersion: number
  /** Players' scores or results changed: processes with phones of this game send them their own view. */
  personal: boolean
}

export type RequestHandler = (gameId: string, request: EngineRequest) => Promise<RemoteResponse>

export interface ClusterBus {
  readonly nodeId: string
  /** 'timeout' when no answer came in time (the owner died or is stuck). */
  request(toNode: string, gameId: string, request: EngineRequest, timeoutMs: number): Promise<RemoteResponse | 'timeout'>
  serve(handler: RequestHandler): void
  announce(note: Omit<SnapshotNote, 'from'>): void
  onAnnounce(handler: (note: SnapshotNote) => void): void
  close(): Promise<void>
}

/** One process, no Redis: there is nobody to forward to. */
export function createLocalBus(nodeId: string): ClusterBus {
  return {
    nodeId,
    request: async () => ({ ok: false, notOwner: true }),
    serve: () => {},
    announce: () => {},
    onAnnounce: () => {},
    close: async () => {},
  }
}

const messageSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('req'),
    from: z.string(),
    batch: z.array(z.object({ id: z.number(), gameId: z.string(), request: z.custom<EngineRequest>((v) => typeof v === 'object' && v !== null) })),
  }),
  z.object({ t: z.literal('res'), batch: z.array(z.object({ id: z.number(), response: z.custom<RemoteResponse>((v) => typeof v === 'object' && v !== null) })) }),
  z.object({ t: z.literal('snap'), from: z.string(), gameId: z.string(), storeVersion: z.number(), personal: z.boolean() }),
])
type BusMessage = z.infer<typeof messageSchema>
type Outgoing = { t: 'req'; items: { id: number; gameId: string; request: EngineRequest }[] } | { t: 'res'; items: { id: number; response: RemoteResponse }[] }

export interface RedisBusOptions {
  /** Publishing connection (the stores' client). */
  client: RedisClient
  nodeId: string
  keyPrefix: string
  logger: EngineLogger
}

export async function createRedisBus(options: RedisBusOptions): Promise<ClusterBus> {
  const { client, nodeId, logger } = options
  const inbox = (node: string) => `${options.keyPrefix}live:bus:node:${node}`
  const everyone = `${options.keyPrefix}live:bus:all`
  // A subscribed connection can do nothing else, so the bus has its own.
  const subscriber = client.duplicate()
  subscriber.on('error', (error: unknown) => logger.error({ err: error }, 'live bus: Redis subscriber error'))
  await subscriber.connect()

  let nextId = 1
  const pending = new Map<number, { resolve: (r: RemoteResponse | 'timeout') => void; timer: NodeJS.Timeout }>()
  let handler: RequestHandler | null = null
  const announceHandlers: ((note: SnapshotNote) => void)[] = []

  // Batching: one message per destination and kind per event-loop turn.
  const outbox = new Map<string, Outgoing>()
  let flushScheduled = false
  const enqueue = (channel: string, kind: 'req' | 'res', item: Outgoing['items'][number]) => {
    const key = `${kind} ${channel}`
    let out = outbox.get(key)
    if (!out) outbox.set(key, (out = kind === 'req' ? { t: 'req', items: [] } : { t: 'res', items: [] }))
    ;(out.items as unknown[]).push(item)
    if (!flushScheduled) {
      flushScheduled = true
      setImmediate(flush)
    }
  }
  const flush = () => {
    flushScheduled = false
    for (const [key, out] of outbox) {
      const channel = key.slice(4)
      const message: BusMessage =
        out.t === 'req' ? { t: 'req', from: nodeId, batch: out.items } : { t: 'res', batch: out.items }
      client.publish(channel, JSON.stringify(message)).catch((error: unknown) => logger.error({ err: error }, 'live bus: publish failed'))
    }
    outbox.clear()
  }

  const onMessage = (raw: string) => {
    let message: BusMessage
    try {
      const parsed = messageSchema.safeParse(JSON.parse(raw))
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message)
      message = parsed.data
    } catch (error) {
      logger.warn({ err: error }, 'live bus: ignored a malformed message')
      return
    }
    if (message.t === 'res') {
      for (const { id, response } of message.batch) {
        const waiting = pending.get(id)
        if (!waiting) continue
        pending.delete(id)
        clearTimeout(waiting.timer)
        waiting.resolve(response)
      }
    } else if (message.t === 'req') {
      const from = message.from
      for (const { id, gameId, request } of message.batch) {
        const reply = (response: RemoteResponse) => enqueue(inbox(from), 'res', { id, response })
        if (!handler) {
          reply({ ok: false, notOwner: true })
          continue
        }
        handler(gameId, request).then(reply, (error: unknown) => {
          logger.error({ err: error, gameId }, 'live bus: request failed')
          reply({ ok: false, error: { code: 'internal', message: 'Máy chủ gặp sự cố, vui lòng thử lại.' } })
        })
      }
    } else if (message.from !== nodeId) {
      for (const h of announceHandlers) h(message)
    }
  }
  await subscriber.subscribe([inbox(nodeId), everyone], onMessage)

  return {
    nodeId,
    request(toNode, gameId, request, timeoutMs) {
      return new Promise((resolve) => {
        const id = nextId++
        const timer = setTimeout(() => {
          pending.delete(id)
          resolve('timeout')
        }, timeoutMs)
        pending.set(id, { resolve, timer })
        enqueue(inbox(toNode), 'req', { id, gameId, request })
      })
    },
    serve(h) {
      handler = h
    },
    announce(note) {
      const message: BusMessage = { t: 'snap', from: nodeId, ...note }
      client.publish(everyone, JSON.stringify(message)).catch((error: unknown) => logger.error({ err: error }, 'live bus: announce failed'))
    },
    onAnnounce(h) {
      announceHandlers.push(h)
    },
    async close() {
      flush()
      for (const [, waiting] of pending) {
        clearTimeout(waiting.timer)
        waiting.resolve('timeout')
      }
      pending.clear()
      if (subscriber.isOpen) {
        try {
          await subscriber.unsubscribe()
          await subscriber.close()
        } catch {
          subscriber.destroy()
        }
      }
    },
  }
}
