import type { CloseReason } from './game-state'

/**
 * What apply()/tick() tell the runner to broadcast. Events name what
 * happened and carry routing facts only; the payloads each audience receives
 * come from views.ts, the one place that decides what may be seen. No event
 * ever carries a correct option, a score change or another player's choice.
 *
 * Suggested routing (runner):
 * - lobby_opened, lobby_lock_changed, player_joined, player_kicked: host + projector views
 *   (throttle player_joined to every 100–250 ms with many players); player_kicked: also
 *   tell that player's socket and disconnect it.
 * - player_rejoined: send that player their playerView.
 * - question_opened, question_paused, question_resumed, timer_ended_early:
 *   publicView to the players' room, projectorView, hostView.
 * - answer_accepted: acknowledge to that player (personalView); the host's
 *   answered counter, throttled.
 * - question_closed, question_voided, leaderboard_shown, game_ended: publicView
 *   once to the room, personalView to each player (their result and rank),
 *   projectorView, hostView.
 */
export type LiveEvent =
  | { type: 'lobby_opened' }
  | { type: 'lobby_lock_changed'; locked: boolean }
  | { type: 'player_joined'; playerId: string; nickname: string; playerCount: number }
  | { type: 'player_rejoined'; playerId: string }
  | { type: 'player_kicked'; playerId: string; playerCount: number }
  | { type: 'question_opened'; questionIndex: number; openedAt: number; deadline: number }
  | { type: 'answer_accepted'; playerId: string; questionIndex: number; answeredCount: number }
  | { type: 'question_paused'; questionIndex: number; remainingMs: number }
  | { type: 'question_resumed'; questionIndex: number; deadline: number }
  | { type: 'timer_ended_early'; questionIndex: number; deadline: number }
  | { type: 'question_closed'; questionIndex: number; reason: CloseReason }
  | { type: 'question_voided'; questionIndex: number }
  | { type: 'leaderboard_shown'; questionIndex: number }
  | { type: 'game_ended'; reason: 'finished' | 'host' }

export type LiveEventType = LiveEvent['type']
