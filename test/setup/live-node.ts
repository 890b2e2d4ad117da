import type { AppLoadContext } from '@remix-run/node'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { io as connect, type Socket as ClientSocket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../app/core/live/contract'
import { questionDraftSchema } from '../../app/core/questions/question-draft'
import { foldDiacritics } from '../../app/core/text/normalize'
import { createQuestion } from '../../app/models/question-write.server'
import type { Db } from '../../app/utils/db.server'
import { parseEnv } from '../../app/utils/env.server'
import type { AppServices } from '../../app/utils/services.server'
import { createSessionStorage, SESSION_MAX_AGE_MS } from '../../app/utils/session.server'
import { createMetrics } from '../../server/http/metrics'
import { startLive } from '../../server/live/start-live'
import { createSocketServer } from '../../server/realtime/create-socket-server'
import type { LiveServer } from '../../server/realtime/live-output'
import { createStores } from '../../server/stores/index'
import type { RateLimiterName, RateLimitPolicy } from '../../server/stores/rate-limiters'
import { createRateLimiters } from '../../server/stores/rate-limiters'
import { TEST_REDIS_URL } from '../../server/stores/redis-test-support'

/**
 * One app process's live stack for integration tests: the real Socket.IO
 * server (with the Redis adapter), stores, engine and handlers, on port 0.
 * Several nodes with the same key prefix share games like separate processes.
 */

export const LIVE_TEST_SECRET = 'live-integration-secret-that-is-long-enough'

/** What a page's loader or action needs of the app to run against a test database (sessions signed with LIVE_TEST_SECRET). */
export function loaderContext(db: Db): AppLoadContext {
  return {
    services: {
      db,
      secrets: { session: LIVE_TEST_SECRET, certificate: LIVE_TEST_SECRET, csrf: LIVE_TEST_SECRET },
      publicUrl: 'http://hoitruong.test',
      sessionStorage: createSessionStorage(LIVE_TEST_SECRET, false),
      extensions: {},
    },
  } as unknown as AppLoadContext
}

export interface LiveNodeOptions {
  db: Db
  nodeId: string
  keyPrefix: string
  /** Without Redis: in-process stores and bus (the embedded default). */
  inProcess?: boolean
  leaseTtlMs?: number
  scanIntervalMs?: number
  policies?: Partial<Record<RateLimiterName, RateLimitPolicy>>
}

export type LiveNode = Awaited<ReturnType<typeof startLiveNode>>

export async function startLiveNode(options: LiveNodeOptions) {
  const logger = pino({ level: 'silent' })
  const parsed = parseEnv({ NODE_ENV: 'test', PORT: '0', TRUST_PROXY: 'true', SESSION_SECRET: LIVE_TEST_SECRET, CERTIFICATE_SECRET: LIVE_TEST_SECRET })
  if (!parsed.ok) throw new Error(parsed.message)
  const stores = await createStores({ redisUrl: options.inProcess ? undefined : TEST_REDIS_URL, logger, keyPrefix: options.keyPrefix })
  if (options.policies) {
    // Same limiters as production, a few policies changed for the test.
    ;(stores as { rateLimiters: typeof stores.rateLimiters }).rateLimiters = createRateLimiters(stores.redis?.client ?? null, {
      keyPrefix: options.keyPrefix,
      policies: options.policies,
    })
  }
  const services: AppServices = {
    env: parsed.env,
    db: options.db,
    stores,
    logger,
    sessionStorage: createSessionStorage(LIVE_TEST_SECRET, false),
    secrets: { session: LIVE_TEST_SECRET, certificate: LIVE_TEST_SECRET, csrf: LIVE_TEST_SECRET },
    publicUrl: 'http://127.0.0.1',
    startedAt: new Date(),
    extensions: {},
  }
  const httpServer = createServer()
  const metrics = createMetrics()
  const io = createSocketServer(httpServer, services, metrics) as LiveServer
  const live = await startLive({
    io,
    services,
    metrics,
    nodeId: options.nodeId,
    keyPrefix: options.keyPrefix,
    leaseTtlMs: options.leaseTtlMs,
    scanIntervalMs: options.scanIntervalMs,
  })
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
  const sockets = new Set<ClientSocket>()
  let closed = false
  return {
    url,
    io,
    live,
    stores,
    services,
    metrics,
    /** A socket.io-client on this node (websocket only); closed with the node. */
    client(opts: { cookie?: string; headers?: Record<string, string> } = {}): LiveClient {
      const socket: LiveClient = connect(url, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
      })
      sockets.add(socket)
      return socket
    },
    /** Graceful stop (games saved, leases released). */
    async close() {
      if (closed) return
      closed = true
      for (const s of sockets) s.disconnect()
      await live.stop()
      await new Promise<void>((resolve) => io.close(() => resolve()))
      await stores.close()
    },
    /** Dies: no save, no lease release, sockets cut. */
    async crash() {
      if (closed) return
      closed = true
      live.engine.abandon()
      for (const s of sockets) s.disconnect()
      // Only this process's sockets: io.disconnectSockets() would ask every process through the adapter.
      io.local.disconnectSockets(true)
      await new Promise<void>((resolve) => io.close(() => resolve()))
      await stores.close()
    },
  }
}

export type LiveClient = ClientSocket<ServerToClientEvents, ClientToServerEvents>

/** Sends a client event and resolves with its acknowledgement (untyped on purpose: tests send bad payloads too). */
export function request<T = unknown>(socket: ClientSocket, event: string, payload?: unknown, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no acknowledgement for ${event}`)), timeoutMs)
    const done = (response: T) => {
      clearTimeout(timer)
      resolve(response)
    }
    if (payload === undefined) socket.emit(event, done)
    else socket.emit(event, payload, done)
  })
}

export async function connected(socket: ClientSocket): Promise<void> {
  if (socket.connected) return
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', (error) => reject(error))
  })
}

/** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const start = Date.now()
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** An organisation with a host (and a second host), a participant with a unit, and a small approved bank. */
export async function seedLiveWorld(db: Db, label: string) {
  const storage = createSessionStorage(LIVE_TEST_SECRET, false)
  const organisation = await db.organisation.create({ data: { name: `Tổ chức ${label}`, slug: `org-${label}-${Date.now()}` } })
  const unit = await db.unit.create({ data: { organisationId: organisation.id, name: 'Phường Ba Đình', nameKey: 'phuong ba dinh', kind: 'WARD' } })
  const makeUser = async (fullName: string, roles: ('HOST' | 'ORGANISER' | 'PARTICIPANT')[], unitId: string | null = null) => {
    const user = await db.user.create({
      data: {
        fullName,
        fullNameKey: foldDiacritics(fullName),
        email: `${label}-${Math.random().toString(36).slice(2)}@example.vn`,
        passwordHash: 'x',
        roles,
        organisationId: roles.includes('PARTICIPANT') ? null : organisation.id,
        unitId,
      },
    })
    const row = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_MS) } })
    const session = await storage.getSession()
    session.set('sessionId', row.id)
    const setCookie = await storage.commitSession(session)
    return { id: user.id, cookie: setCookie.split(';')[0] }
  }
  const host = await makeUser('Người Dẫn Chương Trình', ['HOST', 'ORGANISER'])
  const otherHost = await makeUser('Người Dẫn Khác', ['HOST'])
  const participant = await makeUser('Trần Văn Dự Thi', ['PARTICIPANT'], unit.id)
  const bank = await db.questionBank.create({ data: { organisationId: organisation.id, name: 'Ngân hàng thử' } })
  for (let n = 1; n <= 4; n++) {
    const draft = questionDraftSchema.parse({
      type: 'single',
      stem: `Câu hỏi kiểm thử số ${n} về Nghị quyết 66-NQ/TW?`,
      options: [
        { text: `Đáp án đúng ${n}`, correct: true },
        { text: `Phương án sai A${n}`, correct: false },
        { text: `Phương án sai B${n}`, correct: false },
        { text: `Phương án sai C${n}`, correct: false },
      ],
      explanation: `Giải thích câu ${n}.`,
      source: { document: 'Nghị quyết 66-NQ/TW', article: `Mục ${n}` },
      tags: ['thể chế'],
      difficulty: 'easy',
    })
    await createQuestion(db, { bankId: bank.id, draft, status: 'approved', createdById: host.id })
  }
  return { organisationId: organisation.id, unitId: unit.id, host, otherHost, participant, bankId: bank.id }
}
