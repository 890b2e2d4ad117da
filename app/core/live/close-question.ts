import { currentQuestion, getPlayer, type CloseReason, type LiveGameState } from './game-state'
import { applyRanking } from './leaderboard'
import type { LiveEvent } from './live-events'

/**
 * Closing and voiding the current question: the only places scores change.
 * Points were computed when each answer arrived (O(1) per answer) but are
 * added to players only here, once, so nothing before the close can show
 * who was right. These are O(players) plus one sort: once per question.
 */

export function closeQuestion(state: LiveGameState, reason: CloseReason): LiveEvent {
  const q = currentQuestion(state)
  const qi = state.questionIndex
  const distribution: Record<string, number> = {}
  for (const o of q?.options ?? []) distribution[o.id] = 0

  const brokenStreaks: Record<string, number> = {}
  let correctCount = 0
  let answeredCount = 0
  for (const pid in state.players) {
    const p = state.players[pid]
    if (p.kicked) continue
    const a = Object.hasOwn(state.answers, pid) ? state.answers[pid] : undefined
    if (a) {
      answeredCount++
      for (const id of a.optionIds) distribution[id] = (distribution[id] ?? 0) + 1
    }
    if (a?.correct) {
      correctCount++
      p.score += a.points
      p.correctCount++
      p.totalTimeMs += a.elapsedMs
      p.streak++
    } else {
      // A wrong answer and no answer both end a run of correct answers.
      if (p.streak > 0) brokenStreaks[pid] = p.streak
      p.streak = 0
    }
  }

  state.results[qi] = { status: 'closed', reason, answeredCount, correctCount, distribution }
  state.closeUndo = { questionIndex: qi, brokenStreaks }
  state.timer = null
  state.phase = 'reveal'
  state.step++
  applyRanking(state, true)
  return { type: 'question_closed', questionIndex: qi, reason }
}

/**
 * Voids the current question: nobody gains or loses anything from it and
 * streaks are as if it never happened. Works before the close (answers are
 * dropped) and after it (the close is undone, e.g. when the answer key turns
 * out to be wrong during the reveal). Lands on the leaderboard phase.
 */
export function voidQuestion(state: LiveGameState): LiveEvent {
  const qi = state.questionIndex
  const prior = state.results[qi]
  if (prior?.status === 'closed') {
    for (const pid in state.answers) {
      const a = state.answers[pid]
      const p = getPlayer(state, pid)
      if (!p || !a.correct) continue
      p.score -= a.points
      p.correctCount--
      p.totalTimeMs -= a.elapsedMs
      p.streak = Math.max(0, p.streak - 1)
    }
    const broken = state.closeUndo?.questionIndex === qi ? state.closeUndo.brokenStreaks : {}
    for (const pid in broken) {
      const p = getPlayer(state, pid)
      if (p) p.streak = broken[pid]
    }
    applyRanking(state, false)
  }
  state.results[qi] = {
    status: 'voided',
    answeredCount: prior?.answeredCount ?? state.answeredCount,
    correctCount: 0,
    distribution: {},
  }
  state.answers = {}
  state.answeredCount = 0
  state.closeUndo = null
  state.timer = null
  state.phase = 'leaderboard'
  state.step++
  return { type: 'question_voided', questionIndex: qi }
}
