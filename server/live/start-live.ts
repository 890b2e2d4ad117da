import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import { findSessionUnit, liveFinalSummary, markLiveSessionStarted, persistLiveGame } from '../../app/models/live-results.server'
import type { LiveEngineApi } from '../../app/utils/live-engine.server'
import type { AppServices } from '../../app/utils/services.server'
import type { Metrics } from '../http/metrics'
import { attachLiveHandlers, type SocketUser } from '../realtime/live-handlers'
import { SocketLiveOutput, type LiveServer } from '../realtime/live-output'
import { systemClock, type Clock } from './clock'
import { createLocalBus, createRedisBus } from './cluster-bus'
import type { LiveResultsSink } from './engine-types'
import { LiveEngine } from './live-engine'

export interface StartLiveOptions {
  io: LiveServer
  services: Pick<AppServices, 'db' | 'stores' | 'logger' | 'secrets' | 'sessionStorage' | 'env' | 'publicUrl'>
  metrics?: Pick<Metrics, 'liveGames' | 'queueDepth'>
  /**
   * Lease owner id. Stable across restarts of the same instance (host + port),
   * so a restarted process takes its games back at once instead of waiting
   * for the old leases to expire.
   */
  nodeId?: string
  clock?: Clock
  /** Prefix of the bus channels (default: the stores' channel prefix, "tpl:db<n>:"). */
  keyPrefix?: string
  leaseTtlMs?: number
  scanIntervalMs?: number
}

/** Builds the live engine and its socket handlers on an existing Socket.IO server; the composition root calls it. */
export async function startLive(options: StartLiveOptions) {
  const { io, services } = options
  const { db, stores, logger } = services
  const clock = options.clock ?? systemClock()
  const port = services.env.PORT
  const nodeId = options.nodeId ?? (port ? `${hostname()}-${port}` : `${hostname()}-${randomUUID().slice(0, 8)}`)
  const output = new SocketLiveOutput(io, {
    onError: (error) => logger.error({ err: error }, 'live: a socket write failed'),
  })
  const bus = stores.redis
    ? await createRedisBus({ client: stores.redis.client, nodeId, keyPrefix: options.keyPrefix ?? stores.redis.channelPrefix, logger })
    : createLocalBus(nodeId)
  const results: LiveResultsSink = {
    started: (gameId, at) => markLiveSessionStarted(db, gameId, at),
    persist: async (state, answers) => {
      const outcome = await persistLiveGame(db, state, answers)
      if (outcome === 'no_session') logger.warn({ gameId: state.id }, 'finished live game has no LiveSession row; nothing stored')
    },
    summary: (gameId, playerId) => liveFinalSummary(db, gameId, playerId),
  }
  const engine = new LiveEngine({
    store: stores.liveGames,
    bus,
    output,
    results,
    logger,
    clock,
    gamesGauge: options.metrics?.liveGames,
    leaseTtlMs: options.leaseTtlMs,
    scanIntervalMs: options.scanIntervalMs,
  })

  attachLiveHandlers(io, {
    engine,
    output,
    rateLimiters: stores.rateLimiters,
    secret: services.secrets.session,
    logger,
    clock,
    results,
    lookupUser: (cookie) => lookupSocketUser(services, cookie),
    lookupUnit: (gameId, unitId) => findSessionUnit(db, gameId, unitId),
    trustProxy: services.env.TRUST_PROXY,
    publicOrigin: safeOrigin(services.publicUrl),
  })
  await engine.start()
  logger.info({ nodeId, resumed: engine.ownedGameIds().length }, 'live engine started')

  const api: LiveEngineApi = {
    createGame: (input) => engine.createGame(input),
    discardGame: (id) => engine.discardGame(id),
    findGameByPin: (pin) => engine.findGameByPin(pin),
  }
  return { engine, api, stop: () => engine.stop() }
}

/** The user of a socket's session cookie (the same cookie and Session row as the pages), or null. */
async function lookupSocketUser(services: StartLiveOptions['services'], cookieHeader: string | undefined): Promise<SocketUser | null> {
  if (!cookieHeader) return null
  const session = await services.sessionStorage.getSession(cookieHeader)
  const sessionId = session.get('sessionId')
  if (!sessionId) return null
  const row = await services.db.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, roles: true, unit: { select: { id: true, name: true } } } } },
  })
  if (!row || row.expiresAt.getTime() <= Date.now()) return null
  return { id: row.user.id, roles: row.user.roles, unit: row.user.unit }
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}
