import { z } from 'zod'
import { HOST_COMMAND_TYPES, PLAIN_HOST_COMMAND_TYPES } from './commands'
import { GAME_PHASES, LIVE_QUESTION_TYPES, SCORING_MODES } from './game-state'
import { LIVE_ERROR_MESSAGES, type LiveErrorCode } from './live-errors'
import type { HostView, PersonalView, PlayerView, ProjectorView, PublicView } from './views'

/**
 * The Socket.IO contract of the live quiz: every event name, every payload's
 * zod schema, and the acknowledgement shape. Browser-safe (zod and the pure
 * core only), so the phone, the projector and the host screen import the same
 * file the server does.
 *
 * Rules the server keeps (server/realtime/live-handlers.ts):
 * - every client payload arrives as `unknown` and is parsed with the strict
 *   schemas below: unknown keys are refused (an answer that names a player id
 *   is a forgery, not a harmless extra), as are unknown events, oversized
 *   payloads and floods;
 * - identity never comes from a payload: the player is the socket's joined
 *   player, the host is the session cookie's user;
 * - every request is acknowledged with `{ data }` or `{ error: { code, message } }`
 *   (message in Vietnamese, shown as it is).
 */

// ───────────────────────────── Event names ─────────────────────────────

/** Client → server requests; each takes one payload and an acknowledgement callback. */
export const LIVE_CLIENT_EVENTS = {
  join: 'live:join',
  rejoin: 'live:rejoin',
  answer: 'live:answer',
  hostAttach: 'live:host:attach',
  hostCommand: 'live:host:command',
  screenAttach: 'live:screen:attach',
  time: 'live:time',
} as const
export type LiveClientEventName = (typeof LIVE_CLIENT_EVENTS)[keyof typeof LIVE_CLIENT_EVENTS]
export const LIVE_CLIENT_EVENT_NAMES = Object.values(LIVE_CLIENT_EVENTS) as LiveClientEventName[]

/** Server → client pushes. */
export const LIVE_SERVER_EVENTS = {
  /** What every phone of the game sees alike (broadcast once to the players' room). */
  state: 'live:state',
  /** This player's own part (score, rank, own result), sent to that phone only, after a close, a void and the end. */
  me: 'live:me',
  /** The projector's view. */
  screen: 'live:screen',
  /** The host's controls. */
  host: 'live:host',
  /** Sent to a kicked player's phone just before the server disconnects it. */
  kicked: 'live:kicked',
} as const

/** Largest JSON payload a client event may carry (an answer is about 60 bytes). */
export const MAX_CLIENT_PAYLOAD_BYTES = 2048

// ───────────────────────────── Errors ─────────────────────────────

/** Refusals of the transport and the runner, on top of the game core's own (LIVE_ERROR_MESSAGES). */
export const LIVE_TRANSPORT_ERROR_MESSAGES = {
  invalid_payload: 'Dữ liệu gửi lên không hợp lệ.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  unknown_event: 'Thao tác không được hỗ trợ.',
  rate_limited: 'Bạn thao tác quá nhanh, vui lòng chờ một chút.',
  pin_rate_limited: 'Nhập sai mã PIN quá nhiều lần, vui lòng thử lại sau ít phút.',
  pin_not_found: 'Không tìm thấy phòng chơi với mã PIN này. Hãy kiểm tra lại mã trên màn hình.',
  game_not_found: 'Không tìm thấy trò chơi (có thể đã kết thúc).',
  not_joined: 'Bạn chưa tham gia trò chơi nào trên kết nối này.',
  wrong_role: 'Kết nối này đang dùng cho vai trò khác, không thực hiện được thao tác này.',
  not_signed_in: 'Bạn cần đăng nhập để thực hiện thao tác này.',
  forbidden: 'Bạn không có quyền điều khiển trò chơi này.',
  invalid_token: 'Mã vào lại không hợp lệ, hãy tham gia lại bằng mã PIN.',
  invalid_unit: 'Đơn vị đã chọn không thuộc ban tổ chức của trò chơi này.',
  server_busy: 'Máy chủ đang bận hoặc đang khởi động lại, vui lòng thử lại sau giây lát.',
  internal: 'Máy chủ gặp sự cố, vui lòng thử lại.',
} as const
export type LiveTransportErrorCode = keyof typeof LIVE_TRANSPORT_ERROR_MESSAGES
export type LiveAckErrorCode = LiveErrorCode | LiveTransportErrorCode

export interface AckError {
  code: LiveAckErrorCode
  message: string
}
export type Ack<T> = { data: T } | { error: AckError }

export function ackError(code: LiveAckErrorCode, message?: string): { error: AckError } {
  const fallback = code in LIVE_TRANSPORT_ERROR_MESSAGES
    ? LIVE_TRANSPORT_ERROR_MESSAGES[code as LiveTransportErrorCode]
    : LIVE_ERROR_MESSAGES[code as LiveErrorCode]
  return { error: { code, message: message ?? fallback } }
}

export function isAckError<T>(ack: Ack<T>): ack is { error: AckError } {
  return 'error' in ack
}

// ───────────────────────────── Client → server payloads ─────────────────────────────

const gameIdSchema = z
  .string({ error: 'Thiếu mã trò chơi' })
  .min(1, 'Thiếu mã trò chơi')
  .max(64, 'Mã trò chơi quá dài')
  .regex(/^[A-Za-z0-9_-]+$/, 'Mã trò chơi không hợp lệ')

export const pinSchema = z.string({ error: 'Hãy nhập mã PIN' }).regex(/^\d{6}$/, 'Mã PIN phải gồm 6 chữ số')

export const joinRequestSchema = z.strictObject({
  pin: pinSchema,
  // Loose bound only: nickname-filter.ts gives the precise reasons.
  nickname: z.string({ error: 'Hãy nhập biệt danh' }).max(200, 'Biệt danh quá dài'),
  /** Team mode, without an account: a unit of the game's organisation. */
  unitId: z.string().min(1).max(64).optional(),
  /** Join as the signed-in participant (the session cookie says who): results attach to the account and its unit. */
  asUser: z.boolean().optional(),
})
export type JoinRequest = z.infer<typeof joinRequestSchema>

export const rejoinRequestSchema = z.strictObject({
  token: z.string({ error: 'Thiếu mã vào lại' }).min(10, 'Mã vào lại không hợp lệ').max(1024, 'Mã vào lại không hợp lệ'),
})
export type RejoinRequest = z.infer<typeof rejoinRequestSchema>

export const answerRequestSchema = z.strictObject({
  questionIndex: z.number({ error: 'Thiếu số thứ tự câu hỏi' }).int('Số thứ tự câu hỏi không hợp lệ').min(0).max(999),
  optionIds: z.array(z.string().min(1).max(8), { error: 'Thiếu phương án trả lời' }).max(6, 'Chọn quá nhiều phương án'),
})
export type AnswerRequest = z.infer<typeof answerRequestSchema>

export const hostAttachRequestSchema = z.strictObject({ gameId: gameIdSchema })
export type HostAttachRequest = z.infer<typeof hostAttachRequestSchema>

const expectedStep = z.number().int().min(0).optional()
export const hostCommandSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.enum(PLAIN_HOST_COMMAND_TYPES), expectedStep }),
    z.strictObject({ type: z.literal('kick'), playerId: z.string().min(1).max(16), expectedStep }),
  ],
  { error: 'Lệnh điều khiển không hợp lệ' },
)
export type HostCommandRequestBody = z.infer<typeof hostCommandSchema>

export const hostCommandRequestSchema = z.strictObject({ gameId: gameIdSchema, command: hostCommandSchema })
export type HostCommandRequest = z.infer<typeof hostCommandRequestSchema>

export const screenAttachRequestSchema = z.strictObject({
  gameId: gameIdSchema,
  /** The projector link's key; without it the session cookie must be the host's. */
  key: z.string().min(1).max(200).optional(),
})
export type ScreenAttachRequest = z.infer<typeof screenAttachRequestSchema>

export const timeRequestSchema = z.strictObject({})
export type TimeRequest = z.infer<typeof timeRequestSchema>

/** Each client event's payload schema, for the one generic parse in the handlers. */
export const LIVE_CLIENT_SCHEMAS = {
  'live:join': joinRequestSchema,
  'live:rejoin': rejoinRequestSchema,
  'live:answer': answerRequestSchema,
  'live:host:attach': hostAttachRequestSchema,
  'live:host:command': hostCommandRequestSchema,
  'live:screen:attach': screenAttachRequestSchema,
  'live:time': timeRequestSchema,
} as const satisfies Record<LiveClientEventName, z.ZodType>

// ───────────────────────────── Server → client payloads ─────────────────────────────
// Schemas of what the server sends, so a client (and the tests) can check every frame.

const timerSchema = z.object({ openedAt: z.number(), deadline: z.number(), paused: z.boolean(), remainingMs: z.number().nullable() })

export const questionCardSchema = z.object({
  index: z.number().int(),
  type: z.enum(LIVE_QUESTION_TYPES),
  stem: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
  timeLimitSec: z.number(),
  timer: timerSchema.nullable(),
})

export const revealViewSchema = z.object({
  questionIndex: z.number().int(),
  correctOptionIds: z.array(z.string()),
  distribution: z.array(z.object({ optionId: z.string(), count: z.number() })),
  answeredCount: z.number(),
  correctCount: z.number(),
  explanation: z.string().optional(),
  source: z.object({ document: z.string(), article: z.string().optional(), url: z.string().optional() }),
})

export const publicViewSchema = z.object({
  gameId: z.string(),
  pin: z.string(),
  phase: z.enum(GAME_PHASES),
  step: z.number(),
  questionCount: z.number(),
  playerCount: z.number(),
  question: questionCardSchema.nullable(),
  voided: z.boolean(),
  reveal: revealViewSchema.optional(),
})

export const personalViewSchema = z.object({
  playerId: z.string(),
  nickname: z.string(),
  unitName: z.string().optional(),
  kicked: z.boolean(),
  score: z.number(),
  streak: z.number(),
  correctCount: z.number(),
  rank: z.number().nullable(),
  prevRank: z.number().nullable(),
  teamRank: z.number().nullable(),
  answer: z.object({ questionIndex: z.number(), optionIds: z.array(z.string()) }).nullable(),
  result: z.object({ questionIndex: z.number(), answered: z.boolean(), correct: z.boolean(), points: z.number() }).optional(),
})

export const playerViewSchema = publicViewSchema.extend({ me: personalViewSchema })

const standingEntrySchema = z.object({
  playerId: z.string(),
  nickname: z.string(),
  unitName: z.string().optional(),
  score: z.number(),
  correctCount: z.number(),
  rank: z.number(),
  prevRank: z.number().nullable(),
})
const teamEntrySchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  memberCount: z.number(),
  averageScore: z.number(),
  rank: z.number(),
  prevRank: z.number().nullable(),
})
const standingsSchema = z.object({ top: z.array(standingEntrySchema), teams: z.array(teamEntrySchema).nullable() })

export const projectorViewSchema = publicViewSchema.extend({
  lobby: z.object({ locked: z.boolean(), nicknames: z.array(z.string()) }).nullable(),
  answeredCount: z.number().nullable(),
  leaderboard: standingsSchema.optional(),
  podium: z.array(standingEntrySchema).optional(),
})

export const hostViewSchema = projectorViewSchema.extend({
  version: z.number(),
  lobbyLocked: z.boolean(),
  settings: z.object({
    scoringMode: z.enum(SCORING_MODES),
    streakBonus: z.boolean(),
    questionTimeLimitSec: z.number(),
    latencyAllowanceMs: z.number(),
    teamMode: z.boolean(),
    maxPlayers: z.number(),
    autoCloseWhenAllAnswered: z.boolean(),
  }),
  kickedCount: z.number(),
  recentPlayers: z.array(z.object({ playerId: z.string(), nickname: z.string(), unitName: z.string().optional() })),
  standings: standingsSchema,
  allowedCommands: z.array(z.enum(HOST_COMMAND_TYPES)),
})

/** `sentAt` is the server's clock when it emitted: phones correct their countdown with it, the benchmark measures fan-out. */
export const stateMessageSchema = z.object({ view: publicViewSchema, sentAt: z.number() })
export const meMessageSchema = z.object({ me: personalViewSchema, sentAt: z.number() })
export const screenMessageSchema = z.object({ view: projectorViewSchema, sentAt: z.number() })
export const hostMessageSchema = z.object({ view: hostViewSchema, sentAt: z.number() })
export const kickedMessageSchema = z.object({ message: z.string() })

export interface StateMessage {
  view: PublicView
  sentAt: number
}
export interface MeMessage {
  me: PersonalView
  sentAt: number
}
export interface ScreenMessage {
  view: ProjectorView
  sentAt: number
}
export interface HostMessage {
  view: HostView
  sentAt: number
}
export interface KickedMessage {
  message: string
}

/** A game that ended and was stored in PostgreSQL: what a phone coming back afterwards is shown. */
export const finalSummarySchema = z.object({
  gameId: z.string(),
  nickname: z.string(),
  score: z.number(),
  rank: z.number().nullable(),
  correctCount: z.number(),
  questionCount: z.number(),
  playerCount: z.number(),
})
export type FinalSummary = z.infer<typeof finalSummarySchema>

export interface JoinResult {
  /** Keep it (sessionStorage) to come back after a reload, a network change or a sleeping phone. */
  token: string
  view: PlayerView
  serverNow: number
}
export type RejoinResult = { view: PlayerView; serverNow: number } | { final: FinalSummary }
export interface AnswerResult {
  questionIndex: number
  optionIds: string[]
  /** Server time the answer was accepted (no correctness: that waits for the close). */
  acceptedAt: number
}
export interface HostAttachResult {
  view: HostView
  serverNow: number
}
export interface ScreenAttachResult {
  view: ProjectorView
  serverNow: number
}
export interface TimeResult {
  now: number
}

// ───────────────────────────── Socket.IO typings ─────────────────────────────

type Request<P, R> = (payload: P, ack: (response: Ack<R>) => void) => void

export interface ClientToServerEvents {
  'live:join': Request<JoinRequest, JoinResult>
  'live:rejoin': Request<RejoinRequest, RejoinResult>
  'live:answer': Request<AnswerRequest, AnswerResult>
  'live:host:attach': Request<HostAttachRequest, HostAttachResult>
  'live:host:command': Request<HostCommandRequest, HostAttachResult>
  'live:screen:attach': Request<ScreenAttachRequest, ScreenAttachResult>
  'live:time': Request<TimeRequest, TimeResult>
}

export interface ServerToClientEvents {
  'live:state': (message: StateMessage) => void
  'live:me': (message: MeMessage) => void
  'live:screen': (message: ScreenMessage) => void
  'live:host': (message: HostMessage) => void
  'live:kicked': (message: KickedMessage) => void
}

/** What the server remembers about a socket (restored with the socket by connection-state recovery). */
export interface SocketData {
  ip: string
  role?: 'player' | 'host' | 'screen'
  gameId?: string
  playerId?: string
  /** The signed-in user behind the cookie, looked up once when first needed (null: none). */
  userId?: string | null
}
