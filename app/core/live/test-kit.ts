import { expect } from 'vitest'
import type { HostCommand, HostCommandType, JoinCommand } from './commands'
import { createGame, type LiveQuestionInput } from './create-game'
import { apply, type ApplyOk, type ApplyResult } from './game-machine'
import type { GameSettingsInput, LiveGameState } from './game-state'
import type { LiveErrorCode } from './live-errors'

/** Shared fixtures for the live core's tests (not shipped: only *.test.ts import it). */

export const HOST = 'host-user'
export const T0 = 1_750_000_000_000

export function questionInput(overrides: Partial<LiveQuestionInput> = {}, n = 1): LiveQuestionInput {
  return {
    id: `q${n}`,
    versionId: `q${n}-v1`,
    type: 'single',
    stem: `Câu hỏi số ${n} về Nghị quyết 66-NQ/TW?`,
    options: [
      { text: `Đáp án đúng ${n}`, correct: true, id: `q${n}-o1` },
      { text: `Sai thứ nhất ${n}`, correct: false, id: `q${n}-o2` },
      { text: `Sai thứ hai ${n}`, correct: false, id: `q${n}-o3` },
      { text: `Sai thứ ba ${n}`, correct: false, id: `q${n}-o4` },
    ],
    explanation: `Giải thích cho câu ${n}.`,
    source: { document: 'Nghị quyết 66-NQ/TW', article: `Mục ${n}` },
    ...overrides,
  }
}

export function newGame(
  opts: { settings?: GameSettingsInput; questions?: LiveQuestionInput[]; seed?: string; open?: boolean } = {},
): LiveGameState {
  const created = createGame(
    {
      id: 'game-1',
      pin: '482915',
      hostUserId: HOST,
      settings: { latencyAllowanceMs: 500, questionTimeLimitSec: 20, ...opts.settings },
      questions: opts.questions ?? [questionInput({}, 1), questionInput({}, 2), questionInput({}, 3)],
    },
    opts.seed ?? 'seed-1',
    T0,
  )
  if (!created.ok) throw new Error(created.error.message)
  const state = created.state
  if (opts.open !== false) ok(apply(state, host('openLobby'), T0))
  return state
}

export function host(type: Exclude<HostCommandType, 'kick'>, extra: Partial<HostCommand> = {}): HostCommand {
  return { type, by: HOST, ...extra } as HostCommand
}

export function ok(result: ApplyResult): ApplyOk {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`)
  return result
}

export function refusal(result: ApplyResult): LiveErrorCode {
  if (result.ok) throw new Error(`expected a refusal, got events ${JSON.stringify(result.events)}`)
  expect(result.error.message.length).toBeGreaterThan(0)
  return result.error.code
}

export function join(state: LiveGameState, nickname: string, now = T0, extra: Partial<JoinCommand> = {}): string {
  const r = ok(apply(state, { type: 'join', nickname, ...extra }, now))
  const e = r.events[0]
  if (e?.type !== 'player_joined' && e?.type !== 'player_rejoined') throw new Error('no join event')
  return e.playerId
}

export function joinMany(state: LiveGameState, count: number, now = T0): string[] {
  return Array.from({ length: count }, (_, i) => join(state, `Người chơi ${i + 1}`, now))
}

export function correctId(state: LiveGameState, questionIndex = state.questionIndex): string {
  return state.questions[questionIndex].correctOptionIds[0]
}

export function wrongId(state: LiveGameState, questionIndex = state.questionIndex): string {
  const q = state.questions[questionIndex]
  const wrong = q.options.find((o) => !q.correctOptionIds.includes(o.id))
  if (!wrong) throw new Error('no wrong option')
  return wrong.id
}

export function answer(state: LiveGameState, playerId: string, optionIds: string[], now: number, questionIndex = state.questionIndex): ApplyResult {
  return apply(state, { type: 'answer', playerId, questionIndex, optionIds }, now)
}
