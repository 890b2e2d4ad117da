import {
  ackError,
  LIVE_CLIENT_SCHEMAS,
  MAX_CLIENT_PAYLOAD_BYTES,
  type Ack,
  type AnswerRequest,
  type HostAttachRequest,
  type HostCommandRequest,
  type JoinRequest,
  type LiveClientEventName,
  type RejoinRequest,
  type ScreenAttachRequest,
} from '../../app/core/live/contract'
import type { HostCommand } from '../../app/core/live/commands'
import { signRejoinToken, verifyRejoinToken, verifyScreenKey } from '../../app/utils/live-tokens.server'
import type { Clock } from '../live/clock'
import type { EngineLogger, EngineRequest, EngineResponse, LiveResultsSink } from '../live/engine-types'
import type { RateLimiters } from '../stores/rate-limiters'
import { EventLimiter } from './event-limits'
import { liveRooms, type LiveServer, type LiveSocket, type SocketLiveOutput } from './live-output'

/**
 * Thin Socket.IO handlers of the live quiz: for every event, in this order,
 * rate limits (per socket and per IP), a known event name, a bounded payload,
 * the strict schema, who the socket is; then one call to the engine and one
 * acknowledgement. Nothing here decides the game.
 */

export interface SocketUser {
  id: string
  roles: string[]
  unit: { id: string; name: string } | null
}

/** The engine as the handlers use it (LiveEngine, or a fake in tests). */
export interface LiveEngineGateway {
  execute<K extends EngineRequest['kind']>(gameId: string, request: EngineRequest & { kind: K }): Promise<EngineResponse<K>>
  findGameByPin(pin: string): Promise<string | null>
}

export interface LiveSocketDeps {
  engine: LiveEngineGateway
  output: SocketLiveOutput
  rateLimiters: RateLimiters
  /** HMAC key of rejoin tokens and projector keys (services.secrets.session). */
  secret: string
  logger: EngineLogger
  clock: Clock
  results: Pick<LiveResultsSink, 'summary'>
  /** The signed-in user behind a Cookie header (session cookie + Session row), or null. */
  lookupUser(cookieHeader: string | undefined): Promise<SocketUser | null>
  /** A unit of the game's organisation (team mode without an account), or null. */
  lookupUnit(gameId: string, unitId: string): Promise<{ id: string; name: string } | null>
  /** Behind a proxy, the client's address is the last X-Forwarded-For entry (like Express's trust proxy 1). */
  trustProxy: boolean
  /** Origins allowed to open a socket besides the page's own host (PUBLIC_URL's). */
  publicOrigin?: string
}

/** After this many refused events in a row the socket is disconnected: it is flooding, not playing. */
const FLOOD_DISCONNECT_AFTER = 100
const HOST_ROLES = new Set(['HOST', 'ORGANISER', 'ADMIN'])

export function clientIp(headers: Record<string, string | string[] | undefined>, address: string, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for']
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((s) => s.trim()).filter(Boolean)
    const last = list.at(-1)
    if (last) return last.slice(0, 64)
  }
  return address || 'unknown'
}

export function attachLiveHandlers(io: LiveServer, deps: LiveSocketDeps): void {
  const pins = new PinCache((pin) => deps.engine.findGameByPin(pin), () => deps.clock.now())
  const limits = {
    socket: new EventLimiter(deps.rateLimiters.policies.socketEventsPerSocket, () => deps.clock.now()),
    ip: new EventLimiter(deps.rateLimiters.policies.socketEventsPerIp, () => deps.clock.now()),
  }
  // Browsers send Origin on a WebSocket handshake; a page of another site must not drive a socket with our cookie.
  io.use((socket, next) => {
    const origin = socket.handshake.headers.origin
    if (origin && !originAllowed(origin, socket.handshake.headers.host, deps.publicOrigin)) {
      next(new Error('Kết nối từ trang web khác bị từ chối.'))
      return
    }
    next()
  })
  io.on('connection', (socket) => {
    socket.data.ip ??= clientIp(socket.handshake.headers, socket.handshake.address, deps.trustProxy)
    // A recovered connection keeps its data and rooms; put it back in this process's registry.
    if (socket.recovered && socket.data.role === 'player' && socket.data.gameId && socket.data.playerId) {
      deps.output.addPlayer(socket, socket.data.gameId, socket.data.playerId)
    }
    attachSocket(socket, deps, limits, pins)
  })
}

/**
 * PIN → game lookups, remembered for a few seconds when found: a hall of 10,000 phones joins
 * within seconds, and each lookup would be a Redis round trip. A PIN that is not found is never
 * remembered (a game opened a moment ago must be found at once). A remembered PIN of a game that
 * has just ended leads to "game not found" from the engine, the same answer a phone gets anyway.
 */
class PinCache {
  private readonly found = new Map<string, { gameId: string; until: number }>()

  constructor(
    private readonly lookup: (pin: string) => Promise<string | null>,
    private readonly now: () => number,
    private readonly ttlMs = 5000,
  ) {}

  async find(pin: string): Promise<string | null> {
    const t = this.now()
    const hit = this.found.get(pin)
    if (hit && hit.until > t) return hit.gameId
    const gameId = await this.lookup(pin)
    if (gameId) {
      if (this.found.size > 10_000) this.found.clear()
      this.found.set(pin, { gameId, until: t + this.ttlMs })
    } else this.found.delete(pin)
    return gameId
  }
}

function originAllowed(origin: string, host: string | undefined, publicOrigin: string | undefined): boolean {
  try {
    const url = new URL(origin)
    if (host && url.host === host) return true
    return publicOrigin !== undefined && url.origin === publicOrigin
  } catch {
    return false
  }
}

function attachSocket(socket: LiveSocket, deps: LiveSocketDeps, limits: { socket: EventLimiter; ip: EventLimiter }, pins: PinCache): void {
  let refusedInARow = 0
  let user: Promise<SocketUser | null> | null = null
  const currentUser = () => (user ??= deps.lookupUser(socket.handshake.headers.cookie).catch((error: unknown) => {
    user = null
    throw error
  }))

  socket.on('disconnect', () => {
    limits.socket.forget(socket.id)
    if (socket.data.role === 'player' && socket.data.gameId && socket.data.playerId) {
      deps.output.removePlayer(socket, socket.data.gameId, socket.data.playerId)
    }
  })

  // One dispatcher for every event, known or not, so nothing skips the checks.
  socket.onAny((event: string, ...args: unknown[]) => {
    const last = args.at(-1)
    const ack = typeof last === 'function' ? (last as (response: Ack<unknown>) => void) : null
    const payloadArgs = ack ? args.slice(0, -1) : args
    void dispatch(event, payloadArgs).then(
      (response) => {
        refusedInARow = 'error' in response ? refusedInARow + 1 : 0
        ack?.(response)
        if (refusedInARow >= FLOOD_DISCONNECT_AFTER) {
          deps.logger.warn({ ip: socket.data.ip, event }, 'live socket disconnected for flooding')
          socket.disconnect(true)
        }
      },
      (error: unknown) => {
        deps.logger.error({ err: error, event }, 'live socket handler failed')
        ack?.(ackError('internal'))
      },
    )
  })

  async function dispatch(event: string, args: unknown[]): Promise<Ack<unknown>> {
    // Both spent on every event, known or not (a flood of nonsense is still a flood).
    const perSocket = limits.socket.take(socket.id)
    const perIp = limits.ip.take(socket.data.ip)
    if (!perSocket || !perIp) return ackError('rate_limited')
    if (!Object.hasOwn(LIVE_CLIENT_SCHEMAS, event)) return ackError('unknown_event')
    const name = event as LiveClientEventName
    if (args.length > 1) return ackError('invalid_payload', 'Mỗi thao tác chỉ gửi một gói dữ liệu.')
    const raw = args[0] ?? {}
    let size: number
    try {
      size = JSON.stringify(raw)?.length ?? 0
    } catch {
      return ackError('invalid_payload')
    }
    if (size > MAX_CLIENT_PAYLOAD_BYTES) return ackError('payload_too_large')
    const parsed = LIVE_CLIENT_SCHEMAS[name].safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` (trường "${issue.path.join('.')}")` : ''
      return ackError('invalid_payload', `Dữ liệu gửi lên không hợp lệ: ${issue?.message ?? 'sai định dạng'}${where}.`)
    }
    switch (name) {
      case 'live:join':
        return join(parsed.data as JoinRequest)
      case 'live:rejoin':
        return rejoin(parsed.data as RejoinRequest)
      case 'live:answer':
        return answer(parsed.data as AnswerRequest)
      case 'live:host:attach':
        return hostAttach(parsed.data as HostAttachRequest)
      case 'live:host:command':
        return hostCommand(parsed.data as HostCommandRequest)
      case 'live:screen:attach':
        return screenAttach(parsed.data as ScreenAttachRequest)
      case 'live:time':
        return { data: { now: deps.clock.now() } }
    }
  }

  function fromEngine<T, R>(response: EngineResponse, map: (data: T) => R): Ack<R> {
    return response.ok ? { data: map(response.data as T) } : { error: response.error }
  }

  function becomePlayer(gameId: string, playerId: string) {
    socket.data.role = 'player'
    socket.data.gameId = gameId
    socket.data.playerId = playerId
    void socket.join([liveRooms.audience(gameId, 'players'), liveRooms.player(gameId, playerId)])
    deps.output.addPlayer(socket, gameId, playerId)
  }

  async function join(req: JoinRequest): Promise<Ack<unknown>> {
    if (socket.data.role) return ackError('wrong_role', 'Kết nối này đã tham gia một trò chơi.')
    const ip = socket.data.ip
    // PIN guessing: a guesser who is blocked cannot even try a valid PIN; a right PIN costs nothing.
    const blocked = await deps.rateLimiters.peek('livePinPerIp', ip)
    if (!blocked.ok) return ackError('pin_rate_limited')
    const gameId = await pins.find(req.pin)
    if (!gameId) {
      const spent = await deps.rateLimiters.consume('livePinPerIp', ip)
      return ackError(spent.ok ? 'pin_not_found' : 'pin_rate_limited')
    }
    let userId: string | undefined
    let unit: { id: string; name: string } | undefined
    if (req.asUser) {
      const u = await currentUser()
      if (!u) return ackError('not_signed_in')
      userId = u.id
      unit = u.unit ?? undefined
    }
    if (!unit && req.unitId) {
      const found = await deps.lookupUnit(gameId, req.unitId)
      if (!found) return ackError('invalid_unit')
      unit = found
    }
    const response = await deps.engine.execute(gameId, { kind: 'join', command: { type: 'join', nickname: req.nickname, userId, unit } })
    if (!response.ok) return { error: response.error }
    const { playerId, view } = response.data
    becomePlayer(gameId, playerId)
    const now = deps.clock.now()
    const token = signRejoinToken(deps.secret, { v: 1, gameId, playerId, iat: now })
    return { data: { token, view, serverNow: now } }
  }

  async function rejoin(req: RejoinRequest): Promise<Ack<unknown>> {
    const payload = verifyRejoinToken(deps.secret, req.token)
    if (!payload) return ackError('invalid_token')
    const { gameId, playerId } = payload
    if (socket.data.role && (socket.data.role !== 'player' || socket.data.gameId !== gameId || socket.data.playerId !== playerId)) {
      return ackError('wrong_role')
    }
    const response = await deps.engine.execute(gameId, { kind: 'rejoin', playerId })
    if (!response.ok) {
      if (response.error.code === 'game_not_found') {
        // Stored in PostgreSQL and gone from Redis: the phone still gets its final result.
        const final = await deps.results.summary(gameId, playerId)
        if (final) return { data: { final } }
      }
      return { error: response.error }
    }
    if (!socket.data.role) becomePlayer(gameId, playerId)
    return { data: { view: response.data.view, serverNow: deps.clock.now() } }
  }

  async function answer(req: AnswerRequest): Promise<Ack<unknown>> {
    const { role, gameId, playerId } = socket.data
    if (role !== 'player' || !gameId || !playerId) return ackError(role ? 'wrong_role' : 'not_joined')
    // Identity from the socket, never from the payload (the schema refuses a player id there anyway).
    const response = await deps.engine.execute(gameId, {
      kind: 'answer',
      command: { type: 'answer', playerId, questionIndex: req.questionIndex, optionIds: req.optionIds },
    })
    return fromEngine(response, (data) => data)
  }

  async function hostUser(): Promise<SocketUser | { error: Ack<unknown> }> {
    const u = await currentUser()
    if (!u) return { error: ackError('not_signed_in') }
    if (!u.roles.some((r) => HOST_ROLES.has(r))) return { error: ackError('forbidden') }
    return u
  }

  async function hostAttach(req: HostAttachRequest): Promise<Ack<unknown>> {
    if (socket.data.role && !(socket.data.role === 'host' && socket.data.gameId === req.gameId)) return ackError('wrong_role')
    const u = await hostUser()
    if ('error' in u) return u.error
    const response = await deps.engine.execute(req.gameId, { kind: 'attachHost', userId: u.id })
    if (!response.ok) return { error: response.error }
    socket.data.role = 'host'
    socket.data.gameId = req.gameId
    socket.data.userId = u.id
    void socket.join(liveRooms.audience(req.gameId, 'host'))
    return { data: { view: response.data.view, serverNow: deps.clock.now() } }
  }

  async function hostCommand(req: HostCommandRequest): Promise<Ack<unknown>> {
    // Only the game this socket attached to as its host; any other game is refused here, before the engine.
    if (socket.data.role !== 'host' || socket.data.gameId !== req.gameId || !socket.data.userId) return ackError('forbidden')
    const command = { ...req.command, by: socket.data.userId } as HostCommand
    const response = await deps.engine.execute(req.gameId, { kind: 'host', command })
    return fromEngine(response, (data: { view: unknown }) => ({ view: data.view, serverNow: deps.clock.now() }))
  }

  async function screenAttach(req: ScreenAttachRequest): Promise<Ack<unknown>> {
    if (socket.data.role && !(socket.data.role === 'screen' && socket.data.gameId === req.gameId)) return ackError('wrong_role')
    let userId: string | null = null
    if (!req.key || !verifyScreenKey(deps.secret, req.gameId, req.key)) {
      const u = await hostUser()
      if ('error' in u) return u.error
      userId = u.id
    }
    const response = await deps.engine.execute(req.gameId, { kind: 'attachScreen', userId })
    if (!response.ok) return { error: response.error }
    socket.data.role = 'screen'
    socket.data.gameId = req.gameId
    void socket.join(liveRooms.audience(req.gameId, 'screen'))
    return { data: { view: response.data.view, serverNow: deps.clock.now() } }
  }
}
