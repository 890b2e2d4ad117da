import type { HostCommandType } from './commands'
import {
  currentQuestion,
  currentResult,
  getPlayer,
  type GamePhase,
  type GameSettings,
  type LiveGameState,
  type LiveQuestionType,
  type LiveSource,
  type PlayerRecord,
  type TeamStanding,
} from './game-state'
import { teamOf, topPlayers } from './leaderboard'

/**
 * The one place that decides what each audience sees. Every view is built
 * field by field from the state (never by spreading a state object), so a
 * field added to the state later is private until someone adds it here.
 *
 * The rule the tests check: until the current question is closed, no view
 * depends on its answer key or on anyone else's answer. Correct options, the
 * distribution and a player's points appear only under `reveal` and
 * `me.result`, which exist only in the reveal and leaderboard phases of a
 * question that was closed (not voided).
 *
 * Views are O(1) in the number of players (top 10, own rank from the stored
 * ranking, a bounded list of recent joins), so the runner can render one
 * per player on every close.
 */

export const LOBBY_NAMES_SHOWN = 60
export const HOST_RECENT_PLAYERS = 20
export const PODIUM_SIZE = 3

export interface OptionView {
  id: string
  text: string
}

export interface QuestionCard {
  index: number
  type: LiveQuestionType
  stem: string
  options: OptionView[]
  timeLimitSec: number
  /** While the question is open (question and paused phases). */
  timer: { openedAt: number; deadline: number; paused: boolean; remainingMs: number | null } | null
}

export interface RevealView {
  questionIndex: number
  correctOptionIds: string[]
  /** In display order, for the bar chart. */
  distribution: { optionId: string; count: number }[]
  answeredCount: number
  correctCount: number
  explanation?: string
  source: LiveSource
}

/** What every player's phone shows alike; the runner can broadcast it once to the room. */
export interface PublicView {
  gameId: string
  pin: string
  phase: GamePhase
  step: number
  questionCount: number
  playerCount: number
  /** Shown from the question's opening to the next one; null in created, lobby and ended. */
  question: QuestionCard | null
  /** The current question was voided (skipped): no points, no reveal. */
  voided: boolean
  reveal?: RevealView
}

export interface PersonalView {
  playerId: string
  nickname: string
  unitName?: string
  kicked: boolean
  score: number
  streak: number
  correctCount: number
  rank: number | null
  prevRank: number | null
  teamRank: number | null
  /** The player's own choice for the current question (never anyone else's). */
  answer: { questionIndex: number; optionIds: string[] } | null
  /** After the close only. */
  result?: { questionIndex: number; answered: boolean; correct: boolean; points: number }
}

export interface PlayerView extends PublicView {
  me: PersonalView
}

export interface StandingEntry {
  playerId: string
  nickname: string
  unitName?: string
  score: number
  correctCount: number
  rank: number
  prevRank: number | null
}

/** What the final podium shows of a player, live or read back from the stored results. */
export type PodiumEntry = Pick<StandingEntry, 'playerId' | 'nickname' | 'score' | 'rank'>

export interface TeamEntry {
  unitId: string
  unitName: string
  memberCount: number
  averageScore: number
  rank: number
  prevRank: number | null
}

export interface ProjectorView extends PublicView {
  lobby: { locked: boolean; nicknames: string[] } | null
  /** How many have answered so far (a count only), while the question is open. */
  answeredCount: number | null
  /** In the leaderboard and ended phases. */
  leaderboard?: { top: StandingEntry[]; teams: TeamEntry[] | null }
  /** In the ended phase: first, second, third. */
  podium?: StandingEntry[]
}

export interface HostView extends ProjectorView {
  version: number
  lobbyLocked: boolean
  settings: GameSettings
  kickedCount: number
  /** Latest joins (for kicking a bad nickname quickly); newest first. */
  recentPlayers: { playerId: string; nickname: string; unitName?: string }[]
  /** The last ranking, in every phase. */
  standings: { top: StandingEntry[]; teams: TeamEntry[] | null }
  allowedCommands: HostCommandType[]
}

function questionCard(state: LiveGameState): QuestionCard | null {
  const q = currentQuestion(state)
  if (!q || state.phase === 'lobby' || state.phase === 'created' || state.phase === 'ended') return null
  const t = state.timer
  return {
    index: state.questionIndex,
    type: q.type,
    stem: q.stem,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
    timeLimitSec: q.timeLimitSec,
    timer: t
      ? { openedAt: t.openedAt, deadline: t.deadline, paused: t.pausedAt !== null, remainingMs: t.pausedRemainingMs }
      : null,
  }
}

/** The closed (not voided) result of the current question, in a phase that may show it. */
function closedResult(state: LiveGameState) {
  if (state.phase !== 'reveal' && state.phase !== 'leaderboard') return null
  const result = currentResult(state)
  return result?.status === 'closed' ? result : null
}

function revealView(state: LiveGameState): RevealView | undefined {
  const result = closedResult(state)
  const q = currentQuestion(state)
  if (!result || !q) return undefined
  return {
    questionIndex: state.questionIndex,
    correctOptionIds: [...q.correctOptionIds],
    distribution: q.options.map((o) => ({ optionId: o.id, count: result.distribution[o.id] ?? 0 })),
    answeredCount: result.answeredCount,
    correctCount: result.correctCount,
    ...(q.explanation ? { explanation: q.explanation } : {}),
    source: {
      document: q.source.document,
      ...(q.source.article ? { article: q.source.article } : {}),
      ...(q.source.url ? { url: q.source.url } : {}),
    },
  }
}

export function publicView(state: LiveGameState): PublicView {
  const view: PublicView = {
    gameId: state.id,
    pin: state.pin,
    phase: state.phase,
    step: state.step,
    questionCount: state.questions.length,
    playerCount: state.activePlayerCount,
    question: questionCard(state),
    voided: (state.phase === 'reveal' || state.phase === 'leaderboard') && currentResult(state)?.status === 'voided',
  }
  const reveal = revealView(state)
  if (reveal) view.reveal = reveal
  return view
}

/** The part only this player may see; null for an unknown id. */
export function personalView(state: LiveGameState, playerId: string): PersonalView | null {
  const p = getPlayer(state, playerId)
  if (!p) return null
  const a = Object.hasOwn(state.answers, p.id) ? state.answers[p.id] : undefined
  const me: PersonalView = {
    playerId: p.id,
    nickname: p.nickname,
    ...(p.unitName !== undefined ? { unitName: p.unitName } : {}),
    kicked: p.kicked,
    score: p.score,
    streak: p.streak,
    correctCount: p.correctCount,
    rank: p.kicked ? null : p.rank,
    prevRank: p.kicked ? null : p.prevRank,
    teamRank: teamOf(state, p.id)?.rank ?? null,
    answer: a ? { questionIndex: state.questionIndex, optionIds: [...a.optionIds] } : null,
  }
  if (closedResult(state)) {
    me.result = { questionIndex: state.questionIndex, answered: !!a, correct: a?.correct ?? false, points: a?.points ?? 0 }
  }
  return me
}

export function playerView(state: LiveGameState, playerId: string): PlayerView | null {
  const me = personalView(state, playerId)
  return me ? { ...publicView(state), me } : null
}

function standingEntry(p: PlayerRecord): StandingEntry {
  return {
    playerId: p.id,
    nickname: p.nickname,
    ...(p.unitName !== undefined ? { unitName: p.unitName } : {}),
    score: p.score,
    correctCount: p.correctCount,
    rank: p.rank ?? 0,
    prevRank: p.prevRank,
  }
}

function teamEntry(t: TeamStanding): TeamEntry {
  return {
    unitId: t.unitId,
    unitName: t.unitName,
    memberCount: t.memberCount,
    averageScore: Math.round(t.averageScore * 10) / 10,
    rank: t.rank,
    prevRank: t.prevRank,
  }
}

function standingsView(state: LiveGameState) {
  return {
    top: topPlayers(state).map(standingEntry),
    teams: state.standings.teams ? state.standings.teams.slice(0, 10).map(teamEntry) : null,
  }
}

/** Newest active players first, walking join sequence numbers down: O(limit + kicked), not O(players). */
function recentPlayers(state: LiveGameState, limit: number): PlayerRecord[] {
  const out: PlayerRecord[] = []
  for (let seq = state.playerSeq; seq > 0 && out.length < limit; seq--) {
    const p = getPlayer(state, `p${seq}`)
    if (p && !p.kicked) out.push(p)
  }
  return out
}

export function projectorView(state: LiveGameState): ProjectorView {
  const open = state.phase === 'question' || state.phase === 'paused'
  const view: ProjectorView = {
    ...publicView(state),
    lobby:
      state.phase === 'created' || state.phase === 'lobby'
        ? { locked: state.lobbyLocked, nicknames: recentPlayers(state, LOBBY_NAMES_SHOWN).map((p) => p.nickname) }
        : null,
    answeredCount: open ? state.answeredCount : null,
  }
  if (state.phase === 'leaderboard' || state.phase === 'ended') view.leaderboard = standingsView(state)
  if (state.phase === 'ended') view.podium = topPlayers(state, PODIUM_SIZE).map(standingEntry)
  return view
}

export function hostView(state: LiveGameState): HostView {
  return {
    ...projectorView(state),
    version: state.version,
    lobbyLocked: state.lobbyLocked,
    settings: { ...state.settings },
    kickedCount: state.playerSeq - state.activePlayerCount,
    recentPlayers: recentPlayers(state, HOST_RECENT_PLAYERS).map((p) => ({
      playerId: p.id,
      nickname: p.nickname,
      ...(p.unitName !== undefined ? { unitName: p.unitName } : {}),
    })),
    standings: standingsView(state),
    allowedCommands: allowedHostCommands(state),
  }
}

/** Which buttons the host's screen should enable (apply() remains the judge). */
export function allowedHostCommands(state: LiveGameState): HostCommandType[] {
  const { phase } = state
  if (phase === 'ended') return []
  const lock: HostCommandType = state.lobbyLocked ? 'unlockLobby' : 'lockLobby'
  const voided = currentResult(state)?.status === 'voided'
  const hasPlayers = state.activePlayerCount > 0
  const kick: HostCommandType[] = hasPlayers ? ['kick'] : []
  switch (phase) {
    case 'created':
      return ['openLobby', lock, 'end']
    case 'lobby':
      return [...(hasPlayers ? (['start'] as const) : []), lock, ...kick, 'end']
    case 'question':
      return ['next', 'endTimerEarly', 'pause', 'skip', lock, ...kick, 'end']
    case 'paused':
      return ['next', 'endTimerEarly', 'resume', 'skip', lock, ...kick, 'end']
    case 'reveal':
    case 'leaderboard':
      return ['next', ...(voided ? [] : (['skip'] as const)), lock, ...kick, 'end']
  }
}
