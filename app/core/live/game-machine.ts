import { closeQuestion, voidQuestion } from './close-question'
import type { AnswerCommand, HostCommand, JoinCommand, LiveCommand } from './commands'
import {
  currentQuestion,
  getPlayer,
  indexGet,
  indexKey,
  type AnswerRecord,
  type LiveGameState,
  type PlayerRecord,
} from './game-state'
import { applyRanking } from './leaderboard'
import { liveError, wrongPhase, type LiveError } from './live-errors'
import type { LiveEvent } from './live-events'
import { checkNickname, nicknameKey } from './nickname-filter'
import type { RejoinTokenPayload } from './pin'
import { elapsedThinkingMs, isCorrectSelection, scoreAnswer } from './scoring'

/**
 * The live game reducer. Deterministic and I/O-free: the same state, command
 * and `now` always give the same result.
 *
 * apply() updates the state it is given and returns it: copying a 10,000-entry
 * players map on every answer would make each answer O(players), and the
 * runner holds exactly one state per game anyway. Two guarantees make this
 * safe: a refused command leaves the state untouched (every check runs before
 * the first write), and every accepted change bumps `version`. Whoever needs
 * the old state keeps a cloneState() copy.
 */

export type ApplyOk = { ok: true; state: LiveGameState; events: LiveEvent[] }
export type ApplyResult = ApplyOk | { ok: false; error: LiveError }

type Outcome = LiveError | LiveEvent[]

export function apply(state: LiveGameState, command: LiveCommand, now: number): ApplyResult {
  const outcome = dispatch(state, command, now)
  if (!Array.isArray(outcome)) return { ok: false, error: outcome }
  // Only a change emits events; a no-op (e.g. locking a locked lobby) keeps the version.
  if (outcome.length > 0 && outcome.some((e) => e.type !== 'player_rejoined')) state.version++
  return { ok: true, state, events: outcome }
}

/** Closes the open question once deadline + latency allowance has passed. Call it at nextTickAt(). */
export function tick(state: LiveGameState, now: number): ApplyOk {
  if (state.phase !== 'question' || !state.timer) return { ok: true, state, events: [] }
  if (now <= state.timer.deadline + state.settings.latencyAllowanceMs) return { ok: true, state, events: [] }
  const event = closeQuestion(state, 'deadline')
  state.version++
  return { ok: true, state, events: [event] }
}

/** When the runner should call tick() next, or null when no timer runs (lobby, paused, reveal…). */
export function nextTickAt(state: LiveGameState): number | null {
  if (state.phase !== 'question' || !state.timer) return null
  return state.timer.deadline + state.settings.latencyAllowanceMs + 1
}

export type RejoinCheck = { ok: true; playerId: string } | { ok: false; error: LiveError }

/** After the runner has verified a rejoin token's signature: may this player come back? */
export function checkRejoin(state: LiveGameState, payload: RejoinTokenPayload): RejoinCheck {
  if (payload.gameId !== state.id) return { ok: false, error: liveError('rejoin_wrong_game') }
  const player = getPlayer(state, payload.playerId)
  if (!player) return { ok: false, error: liveError('unknown_player') }
  if (player.kicked) return { ok: false, error: liveError('identity_kicked') }
  return { ok: true, playerId: player.id }
}

function dispatch(state: LiveGameState, command: LiveCommand, now: number): Outcome {
  switch (command.type) {
    case 'join':
      return join(state, command, now)
    case 'answer':
      return answer(state, command, now)
    default:
      return host(state, command, now)
  }
}

function host(state: LiveGameState, command: HostCommand, now: number): Outcome {
  if (command.by !== state.hostUserId) return liveError('not_host')
  if (command.expectedStep !== undefined && command.expectedStep !== state.step) return liveError('stale_command')
  const { phase } = state
  const inQuestion = phase === 'question' || phase === 'paused'

  switch (command.type) {
    case 'openLobby':
      if (phase !== 'created') return wrongPhase(phase)
      state.phase = 'lobby'
      state.step++
      return [{ type: 'lobby_opened' }]

    case 'lockLobby':
    case 'unlockLobby': {
      if (phase === 'ended') return wrongPhase(phase)
      const locked = command.type === 'lockLobby'
      if (state.lobbyLocked === locked) return []
      state.lobbyLocked = locked
      return [{ type: 'lobby_lock_changed', locked }]
    }

    case 'start':
      if (phase !== 'lobby') return wrongPhase(phase)
      if (state.activePlayerCount === 0) return liveError('no_players')
      return [openQuestion(state, 0, now)]

    case 'next':
      if (inQuestion) return [closeQuestion(state, 'host')]
      if (phase === 'reveal') {
        state.phase = 'leaderboard'
        state.step++
        return [{ type: 'leaderboard_shown', questionIndex: state.questionIndex }]
      }
      if (phase === 'leaderboard') {
        const nextIndex = state.questionIndex + 1
        if (nextIndex < state.questions.length) return [openQuestion(state, nextIndex, now)]
        return [endGame(state, now, 'finished')]
      }
      return wrongPhase(phase)

    case 'endTimerEarly': {
      // Cuts thinking time to now but keeps the latency allowance, so answers already
      // on their way still count; tick() closes the question afterwards.
      const timer = state.timer
      if (!inQuestion || !timer) return wrongPhase(phase)
      if (timer.pausedAt !== null) timer.pausedTotalMs += now - timer.pausedAt
      timer.pausedAt = null
      timer.pausedRemainingMs = null
      timer.deadline = Math.min(timer.deadline, now)
      state.phase = 'question'
      state.step++
      return [{ type: 'timer_ended_early', questionIndex: state.questionIndex, deadline: timer.deadline }]
    }

    case 'pause': {
      const timer = state.timer
      if (phase !== 'question' || !timer) return wrongPhase(phase)
      if (now > timer.deadline) return liveError('time_over')
      timer.pausedAt = now
      timer.pausedRemainingMs = timer.deadline - now
      state.phase = 'paused'
      state.step++
      return [{ type: 'question_paused', questionIndex: state.questionIndex, remainingMs: timer.pausedRemainingMs }]
    }

    case 'resume': {
      const timer = state.timer
      if (phase !== 'paused' || !timer || timer.pausedAt === null || timer.pausedRemainingMs === null) {
        return wrongPhase(phase)
      }
      timer.pausedTotalMs += now - timer.pausedAt
      timer.deadline = now + timer.pausedRemainingMs
      timer.pausedAt = null
      timer.pausedRemainingMs = null
      state.phase = 'question'
      state.step++
      return [{ type: 'question_resumed', questionIndex: state.questionIndex, deadline: timer.deadline }]
    }

    case 'skip':
      if (!(inQuestion || phase === 'reveal' || phase === 'leaderboard')) return wrongPhase(phase)
      if (state.results[state.questionIndex]?.status === 'voided') return liveError('already_voided')
      return [voidQuestion(state)]

    case 'kick':
      return kick(state, command.playerId)

    case 'end': {
      if (phase === 'ended') return wrongPhase(phase)
      // An unfinished question is voided: not everyone had their full time.
      const events: LiveEvent[] = inQuestion ? [voidQuestion(state)] : []
      events.push(endGame(state, now, 'host'))
      return events
    }
  }
}

function openQuestion(state: LiveGameState, index: number, now: number): LiveEvent {
  const limitMs = state.questions[index].timeLimitSec * 1000
  state.questionIndex = index
  state.timer = { openedAt: now, deadline: now + limitMs, limitMs, pausedAt: null, pausedRemainingMs: null, pausedTotalMs: 0 }
  state.answers = {}
  state.answeredCount = 0
  state.closeUndo = null
  state.phase = 'question'
  state.step++
  return { type: 'question_opened', questionIndex: index, openedAt: now, deadline: state.timer.deadline }
}

function endGame(state: LiveGameState, now: number, reason: 'finished' | 'host'): LiveEvent {
  state.phase = 'ended'
  state.timer = null
  state.endedAt = now
  state.step++
  // Players who joined after the last close get their place on the final board.
  applyRanking(state, false)
  return { type: 'game_ended', reason }
}

function kick(state: LiveGameState, playerId: string): Outcome {
  if (state.phase === 'ended') return wrongPhase(state.phase)
  const p = getPlayer(state, playerId)
  if (!p) return liveError('unknown_player')
  if (p.kicked) return liveError('player_kicked')

  p.kicked = true
  state.activePlayerCount--
  state.kickedIdentities.nicknames[indexKey(nicknameKey(p.nickname))] = true
  if (p.userId !== undefined) state.kickedIdentities.userIds[indexKey(p.userId)] = true
  const inQuestion = state.phase === 'question' || state.phase === 'paused'
  if (inQuestion && Object.hasOwn(state.answers, playerId)) {
    delete state.answers[playerId]
    state.answeredCount--
  }
  const events: LiveEvent[] = [{ type: 'player_kicked', playerId, playerCount: state.activePlayerCount }]
  if (p.rank !== null) {
    p.rank = null
    applyRanking(state, false)
  }
  const closed = closeIfAllAnswered(state)
  if (closed) events.push(closed)
  return events
}

function join(state: LiveGameState, command: JoinCommand, now: number): Outcome {
  if (state.phase === 'created') return liveError('lobby_not_open')
  if (state.phase === 'ended') return liveError('game_ended')

  if (command.userId !== undefined) {
    if (indexGet(state.kickedIdentities.userIds, command.userId)) return liveError('identity_kicked')
    const existing = indexGet(state.userIndex, command.userId)
    // A signed-in player coming back (other device, reload) gets their own record back.
    if (existing !== undefined) return [{ type: 'player_rejoined', playerId: existing }]
  }
  if (state.lobbyLocked) return liveError('lobby_locked')

  const checked = checkNickname(command.nickname)
  if (!checked.ok) return liveError(checked.code)
  if (indexGet(state.kickedIdentities.nicknames, checked.key)) return liveError('identity_kicked')
  if (indexGet(state.nicknameIndex, checked.key) !== undefined) return liveError('nickname_taken')
  if (state.settings.teamMode && !command.unit) return liveError('unit_required')
  if (state.activePlayerCount >= state.settings.maxPlayers) return liveError('game_full')

  const seq = ++state.playerSeq
  const id = `p${seq}`
  const player: PlayerRecord = {
    id,
    seq,
    nickname: checked.nickname,
    score: 0,
    streak: 0,
    correctCount: 0,
    totalTimeMs: 0,
    kicked: false,
    joinedAt: now,
    rank: null,
    prevRank: null,
  }
  if (command.userId !== undefined) player.userId = command.userId
  if (command.unit) {
    player.unitId = command.unit.id
    player.unitName = command.unit.name.normalize('NFC').trim()
  }
  state.players[id] = player
  state.activePlayerCount++
  state.nicknameIndex[indexKey(checked.key)] = id
  if (command.userId !== undefined) state.userIndex[indexKey(command.userId)] = id
  return [{ type: 'player_joined', playerId: id, nickname: player.nickname, playerCount: state.activePlayerCount }]
}

function answer(state: LiveGameState, command: AnswerCommand, now: number): Outcome {
  const p = getPlayer(state, command.playerId)
  if (!p) return liveError('unknown_player')
  if (p.kicked) return liveError('player_kicked')
  const timer = state.timer
  const q = currentQuestion(state)
  if ((state.phase !== 'question' && state.phase !== 'paused') || !timer || !q) return liveError('not_accepting_answers')
  if (command.questionIndex !== state.questionIndex) return liveError('wrong_question')

  const allowance = state.settings.latencyAllowanceMs
  // While paused, only answers that were already on their way when the host paused count.
  if (timer.pausedAt !== null && now > timer.pausedAt + allowance) return liveError('question_paused')
  if (timer.pausedAt === null && now > timer.deadline + allowance) return liveError('too_late')
  if (Object.hasOwn(state.answers, p.id)) return liveError('already_answered')

  const chosen = command.optionIds
  if (chosen.length === 0) return liveError('no_option')
  if (new Set(chosen).size !== chosen.length) return liveError('duplicate_option')
  if (!chosen.every((id) => q.options.some((o) => o.id === id))) return liveError('invalid_option')
  if (q.type !== 'multiple' && chosen.length > 1) return liveError('single_choice_only')

  const answeredAt = timer.pausedAt ?? now
  const elapsedMs = elapsedThinkingMs(answeredAt, timer.openedAt, timer.pausedTotalMs, timer.limitMs)
  const correct = isCorrectSelection(chosen, q.correctOptionIds)
  const record: AnswerRecord = {
    optionIds: [...chosen],
    atMs: now,
    elapsedMs,
    correct,
    points: scoreAnswer({
      mode: state.settings.scoringMode,
      streakBonusEnabled: state.settings.streakBonus,
      correct,
      elapsedMs,
      limitMs: timer.limitMs,
      streakBefore: p.streak,
    }),
  }
  state.answers[p.id] = record
  state.answeredCount++
  const events: LiveEvent[] = [
    { type: 'answer_accepted', playerId: p.id, questionIndex: state.questionIndex, answeredCount: state.answeredCount },
  ]
  const closed = closeIfAllAnswered(state)
  if (closed) events.push(closed)
  return events
}

function closeIfAllAnswered(state: LiveGameState): LiveEvent | null {
  if (!state.settings.autoCloseWhenAllAnswered) return null
  if (state.phase !== 'question' && state.phase !== 'paused') return null
  if (state.activePlayerCount === 0 || state.answeredCount < state.activePlayerCount) return null
  return closeQuestion(state, 'all_answered')
}
