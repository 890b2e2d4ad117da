import { z } from 'zod'

/**
 * The whole state of one live game, as the runner stores it (JSON in Redis).
 * Plain data only: no Map, Set, Date or class, so JSON.parse(JSON.stringify(s))
 * gives back an equal state. Lookups that must be O(1) with 10,000 players
 * (nickname taken? which player has this userId?) are kept as indexes here
 * rather than rebuilt on every load.
 *
 * Phases (see README.md for the diagram):
 * - created: the game exists, nobody can join yet (host preparing the room).
 * - lobby: players join; the host starts when ready.
 * - question: a question is open and its timer runs.
 * - paused: the open question's timer is frozen; answers are refused.
 * - reveal: the question is closed; correct options, distribution and
 *   explanation are shown.
 * - leaderboard: standings after the question (also where a voided question lands).
 * - ended: final standings and podium; nothing changes any more.
 */

export const GAME_PHASES = ['created', 'lobby', 'question', 'paused', 'reveal', 'leaderboard', 'ended'] as const
export type GamePhase = (typeof GAME_PHASES)[number]

export const SCORING_MODES = ['speed', 'correctness'] as const
export type ScoringMode = (typeof SCORING_MODES)[number]

export const LIVE_QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const
export type LiveQuestionType = (typeof LIVE_QUESTION_TYPES)[number]

export const MIN_QUESTION_TIME_SEC = 5
export const MAX_QUESTION_TIME_SEC = 120
/** How many players the stored standings keep in order (the projector's top 10). */
export const LEADERBOARD_TOP_N = 10

export const gameSettingsSchema = z.object({
  scoringMode: z.enum(SCORING_MODES, { error: 'Cách tính điểm phải là "speed" hoặc "correctness"' }).default('speed'),
  /** Ignored in correctness mode, whose promise is that every correct answer is worth the same. */
  streakBonus: z.boolean().default(false),
  questionTimeLimitSec: z
    .number()
    .int('Thời gian mỗi câu phải là số nguyên giây')
    .min(MIN_QUESTION_TIME_SEC, `Thời gian mỗi câu tối thiểu ${MIN_QUESTION_TIME_SEC} giây`)
    .max(MAX_QUESTION_TIME_SEC, `Thời gian mỗi câu tối đa ${MAX_QUESTION_TIME_SEC} giây`)
    .default(20),
  /** Network delay forgiven after the deadline; not extra thinking time shown to anyone. */
  latencyAllowanceMs: z
    .number()
    .int()
    .min(0, 'Thời gian bù trễ mạng không được âm')
    .max(3000, 'Thời gian bù trễ mạng tối đa 3000 ms')
    .default(500),
  teamMode: z.boolean().default(false),
  maxPlayers: z
    .number()
    .int()
    .min(1, 'Số người chơi tối đa phải ít nhất là 1')
    .max(20_000, 'Số người chơi tối đa là 20.000')
    .default(10_000),
  /** Close the question as soon as every (non-kicked) player has answered. */
  autoCloseWhenAllAnswered: z.boolean().default(true),
})
export type GameSettings = z.output<typeof gameSettingsSchema>
export type GameSettingsInput = z.input<typeof gameSettingsSchema>

export interface LiveOption {
  /** Session-local id ('a', 'b', … in display order): says nothing about the original order. */
  id: string
  text: string
  /** The bank's option id, for analytics after the game; never sent to any audience. */
  sourceOptionId?: string
}

/** The legal basis cited in the reveal (same fields as the bank's LegalSource, absent ones left out). */
export interface LiveSource {
  document: string
  article?: string
  url?: string
}

export interface LiveQuestion {
  id: string
  versionId: string
  type: LiveQuestionType
  stem: string
  /** Already in display order, shuffled once per session (see create-game.ts). */
  options: LiveOption[]
  correctOptionIds: string[]
  explanation?: string
  source: LiveSource
  timeLimitSec: number
}

export interface PlayerRecord {
  /** 'p' + join sequence number: compact, unique in the game, never reused. */
  id: string
  seq: number
  nickname: string
  userId?: string
  unitId?: string
  unitName?: string
  score: number
  /** Consecutive correct answers up to the last closed question (voided questions neither extend nor break it). */
  streak: number
  correctCount: number
  /** Sum of the time taken on correctly answered questions; only breaks ties. */
  totalTimeMs: number
  kicked: boolean
  joinedAt: number
  /** 1-based rank after the last ranking (question close, kick, void, end); null if never ranked or kicked. */
  rank: number | null
  /** Rank before the last question closed, for animated rank changes. */
  prevRank: number | null
}

export interface AnswerRecord {
  optionIds: string[]
  /** Server time the answer was applied. */
  atMs: number
  /** Thinking time: since the question opened, paused time excluded, clamped to the limit. */
  elapsedMs: number
  correct: boolean
  /** Points this answer earns when the question closes (0 if wrong). */
  points: number
}

export interface QuestionTimer {
  openedAt: number
  /** Last instant of thinking time; answers still count until deadline + latencyAllowanceMs. */
  deadline: number
  limitMs: number
  pausedAt: number | null
  pausedRemainingMs: number | null
  /** Paused time so far, subtracted from every answer's elapsed time. */
  pausedTotalMs: number
}

export type CloseReason = 'deadline' | 'host' | 'all_answered'

export interface QuestionResult {
  status: 'closed' | 'voided'
  reason?: CloseReason
  answeredCount: number
  correctCount: number
  /** Option id → how many players chose it (a multiple-choice answer counts once per option). */
  distribution: Record<string, number>
}

export interface TeamStanding {
  unitId: string
  unitName: string
  memberCount: number
  totalScore: number
  /** The team's score: the mean of its active members' scores, so big units get no advantage. */
  averageScore: number
  averageTimeMs: number
  rank: number
  prevRank: number | null
}

export interface Standings {
  /** Active players in rank order, the first LEADERBOARD_TOP_N only; everyone's rank is on their record. */
  topIds: string[]
  teams: TeamStanding[] | null
  rankedCount: number
}

/** What a question's close changed that is not recoverable from its answers, so a later void can undo it. */
export interface CloseUndo {
  questionIndex: number
  /** Players whose non-zero streak this close reset → their streak before. */
  brokenStreaks: Record<string, number>
}

export interface LiveGameState {
  schemaVersion: 1
  id: string
  pin: string
  hostUserId: string
  /** Seed the option order was drawn from, kept so the draw can be replayed. */
  seed: string
  createdAt: number
  settings: GameSettings
  questions: LiveQuestion[]
  phase: GamePhase
  lobbyLocked: boolean
  /** -1 until the first question opens. */
  questionIndex: number
  /** Set only in the question and paused phases. */
  timer: QuestionTimer | null
  players: Record<string, PlayerRecord>
  playerSeq: number
  activePlayerCount: number
  /** '#' + folded nickname → player id (kicked players keep theirs: the name stays taken). */
  nicknameIndex: Record<string, string>
  /** '#' + userId → player id. */
  userIndex: Record<string, string>
  kickedIdentities: {
    /** '#' + folded nickname → true */
    nicknames: Record<string, true>
    /** '#' + userId → true */
    userIds: Record<string, true>
  }
  /** Answers to the current question, by player id; emptied when the next question opens. */
  answers: Record<string, AnswerRecord>
  answeredCount: number
  /** One entry per question index, null until that question is closed or voided. */
  results: (QuestionResult | null)[]
  closeUndo: CloseUndo | null
  standings: Standings
  /** Bumped on every change; the runner uses it to persist and to drop stale writes. */
  version: number
  /** Bumped on every phase or question change; host commands may carry it to refuse double clicks. */
  step: number
  endedAt: number | null
}

/*
 * Index keys get a '#' prefix and are read with Object.hasOwn: a nickname such
 * as "__proto__" or "constructor" must be an ordinary key, not a prototype
 * property (assigning obj['__proto__'] would silently change the prototype).
 */
export function indexKey(value: string): string {
  return `#${value}`
}

export function indexGet<T>(index: Record<string, T>, value: string): T | undefined {
  const key = indexKey(value)
  return Object.hasOwn(index, key) ? index[key] : undefined
}

export function getPlayer(state: LiveGameState, playerId: string): PlayerRecord | undefined {
  return Object.hasOwn(state.players, playerId) ? state.players[playerId] : undefined
}

export function currentQuestion(state: LiveGameState): LiveQuestion | undefined {
  return state.questions[state.questionIndex]
}

export function currentResult(state: LiveGameState): QuestionResult | null {
  return state.results[state.questionIndex] ?? null
}

/** Deep copy, for callers that want to keep an earlier state: apply() updates the state it is given. */
export function cloneState(state: LiveGameState): LiveGameState {
  return structuredClone(state)
}
