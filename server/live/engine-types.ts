import type { AckError, FinalSummary, LIVE_SERVER_EVENTS, ServerToClientEvents } from '../../app/core/live/contract'
import type { AnswerCommand, HostCommand, JoinCommand } from '../../app/core/live/commands'
import type { AnswerRecord, LiveGameState } from '../../app/core/live/game-state'
import type { HostView, PersonalView, PlayerView, ProjectorView } from '../../app/core/live/views'

/**
 * What the socket layer asks of a game, and what it gets back. Plain JSON on
 * purpose: a request may travel through Redis to the process that holds the
 * game's lease, and its answer back.
 */
export type EngineRequest =
  | { kind: 'join'; command: JoinCommand }
  /** The token's signature was checked by the process that received it. */
  | { kind: 'rejoin'; playerId: string }
  | { kind: 'answer'; command: AnswerCommand }
  | { kind: 'host'; command: HostCommand }
  | { kind: 'attachHost'; userId: string }
  /** userId: a signed-in user to check against the host; null when the projector key was valid. */
  | { kind: 'attachScreen'; userId: string | null }

export interface EngineResults {
  join: { playerId: string; view: PlayerView }
  rejoin: { view: PlayerView }
  answer: { questionIndex: number; optionIds: string[]; acceptedAt: number }
  host: { view: HostView }
  attachHost: { view: HostView }
  attachScreen: { view: ProjectorView }
}

export type EngineResponse<K extends EngineRequest['kind'] = EngineRequest['kind']> =
  | { ok: true; data: EngineResults[K] }
  | { ok: false; error: AckError }

/** The answer of a process that turned out not to hold the game (any more): ask again. */
export type RemoteResponse = EngineResponse | { ok: false; notOwner: true }

export type Audience = 'players' | 'screen' | 'host'
type ServerEvent = (typeof LIVE_SERVER_EVENTS)[keyof typeof LIVE_SERVER_EVENTS]
export type ServerPayload<E extends ServerEvent> = Parameters<ServerToClientEvents[E]>[0]

/** How the runner reaches sockets; implemented by server/realtime with Socket.IO (and by fakes in tests). */
export interface LiveOutput {
  /** To every socket of that audience of the game, in every process (through the Redis adapter when there is one). */
  broadcast<E extends 'live:state' | 'live:screen' | 'live:host'>(gameId: string, audience: Audience, event: E, payload: ServerPayload<E>): void
  /** Ids of the game's players whose sockets are connected to THIS process. */
  localPlayerIds(gameId: string): string[]
  /** Each view to that player's sockets in this process. */
  sendPersonal(gameId: string, views: Map<string, PersonalView>, sentAt: number): void
  /** Tells a kicked player's sockets, in any process, and disconnects them. */
  kick(gameId: string, playerId: string, message: string): void
}

/** The answers of one closed question, by player id. */
export type AnswerSheet = Map<string, AnswerRecord>

/** Where a finished game goes (PostgreSQL), and where a phone that comes back later finds its result. */
export interface LiveResultsSink {
  /** The host started the first question. */
  started(gameId: string, at: number): Promise<void>
  /** The whole game in one transaction; safe to call twice. */
  persist(state: LiveGameState, answers: Map<number, AnswerSheet>): Promise<void>
  summary(gameId: string, playerId: string): Promise<FinalSummary | null>
}

export interface EngineLogger {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}
