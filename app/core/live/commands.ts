import { z } from 'zod'
import { MAX_OPTIONS } from '../questions/question-draft'

/**
 * Commands the live core accepts. Identity never comes from the client: the
 * runner fills `by` (host commands) from the authenticated session and
 * `playerId` (answers) from the socket's verified player, then calls apply().
 * The zod schemas below are for the parts a client does send.
 */

interface HostBase {
  /** userId of whoever sends it, from the session; must be the game's host. */
  by: string
  /** The `step` the host's screen showed; if given and outdated, the command is refused (double clicks). */
  expectedStep?: number
}

export type HostCommand =
  | (HostBase & { type: 'openLobby' })
  | (HostBase & { type: 'lockLobby' })
  | (HostBase & { type: 'unlockLobby' })
  | (HostBase & { type: 'start' })
  | (HostBase & { type: 'next' })
  | (HostBase & { type: 'endTimerEarly' })
  | (HostBase & { type: 'pause' })
  | (HostBase & { type: 'resume' })
  | (HostBase & { type: 'skip' })
  | (HostBase & { type: 'kick'; playerId: string })
  | (HostBase & { type: 'end' })

export interface JoinCommand {
  type: 'join'
  nickname: string
  /** From the session when the player is signed in; lets them reconnect from another device. */
  userId?: string
  /** From the organisation's unit list (server-side), required in team mode. */
  unit?: { id: string; name: string }
}

export interface AnswerCommand {
  type: 'answer'
  playerId: string
  questionIndex: number
  optionIds: string[]
}

export type PlayerCommand = JoinCommand | AnswerCommand
export type LiveCommand = HostCommand | PlayerCommand
export type HostCommandType = HostCommand['type']

/** Host commands that carry nothing but their type. */
export const PLAIN_HOST_COMMAND_TYPES = [
  'openLobby',
  'lockLobby',
  'unlockLobby',
  'start',
  'next',
  'endTimerEarly',
  'pause',
  'resume',
  'skip',
  'end',
] as const satisfies readonly HostCommandType[]

export const HOST_COMMAND_TYPES = [...PLAIN_HOST_COMMAND_TYPES, 'kick'] as const satisfies readonly HostCommandType[]

/** What a phone sends to join (the unit is chosen from a list the server resolves). */
export const joinPayloadSchema = z.object({
  pin: z.string().regex(/^\d{6}$/, 'Mã PIN phải gồm 6 chữ số'),
  // Loose bounds only: the nickname rules live in nickname-filter.ts and give precise messages.
  nickname: z.string({ error: 'Hãy nhập biệt danh' }).max(200, 'Biệt danh quá dài'),
  unitId: z.string().max(64).optional(),
})
export type JoinPayload = z.infer<typeof joinPayloadSchema>

export const answerPayloadSchema = z.object({
  questionIndex: z.number().int().nonnegative(),
  optionIds: z.array(z.string().min(1).max(8)).max(MAX_OPTIONS),
})
export type AnswerPayload = z.infer<typeof answerPayloadSchema>

/** What the host's screen sends; `by` is added by the runner. */
export const hostCommandPayloadSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.enum(PLAIN_HOST_COMMAND_TYPES),
    expectedStep: z.number().int().optional(),
  }),
  z.object({ type: z.literal('kick'), playerId: z.string().min(1).max(16), expectedStep: z.number().int().optional() }),
])
export type HostCommandPayload = z.infer<typeof hostCommandPayloadSchema>
