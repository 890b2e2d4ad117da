import type { LiveGameState } from './game-state'
import type { LiveEvent, LiveEventType } from './live-events'

/**
 * A game's state is stored in two parts. At 10,000 players the per-player part is about 3 MB of
 * JSON and changes only when players join or are kicked and when a question closes or is voided
 * or the game ends; the rest (phase, timer, questions, the open question's answers) is what most
 * host commands change. Saving only that part when a question opens keeps a multi-megabyte write
 * off the event loop while the first answers pour in.
 */
export const PLAYER_PART_KEYS = ['players', 'playerSeq', 'activePlayerCount', 'nicknameIndex', 'userIndex', 'kickedIdentities'] as const

type PlayerPartKey = (typeof PLAYER_PART_KEYS)[number]
export type PlayerPart = Pick<LiveGameState, PlayerPartKey>
export type HeadPart = Omit<LiveGameState, PlayerPartKey>

export function splitState(state: LiveGameState): { head: HeadPart; players: PlayerPart } {
  const { players, playerSeq, activePlayerCount, nicknameIndex, userIndex, kickedIdentities, ...head } = state
  return { head, players: { players, playerSeq, activePlayerCount, nicknameIndex, userIndex, kickedIdentities } }
}

/** The stored parts back into one value; its shape is checked by the caller (asGameState). */
export function joinStateParts(head: unknown, players: unknown): unknown {
  if (!isRecord(head) || !isRecord(players)) return null
  const joined: Record<string, unknown> = { ...head }
  for (const key of PLAYER_PART_KEYS) joined[key] = players[key]
  return joined
}

/**
 * Events after which the player part is unchanged. Listed this way round so that an event added
 * later counts as a change until someone shows otherwise (state-parts.test.ts plays random games
 * and checks every event here really leaves the players alone).
 */
const LEAVES_PLAYERS_ALONE: ReadonlySet<LiveEventType> = new Set<LiveEventType>([
  'lobby_opened',
  'lobby_lock_changed',
  'player_rejoined',
  'question_opened',
  'answer_accepted',
  'question_paused',
  'question_resumed',
  'timer_ended_early',
  'leaderboard_shown',
])

export function eventsChangePlayers(events: readonly LiveEvent[]): boolean {
  return events.some((e) => !LEAVES_PLAYERS_ALONE.has(e.type))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
