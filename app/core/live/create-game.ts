import { z } from 'zod'
import { createSeededRandom, deriveSeed } from '../contest/seeded-random'
import { legalSourceSchema, MAX_OPTIONS, optionSchema } from '../questions/question-draft'
import { nfc } from '../text/normalize'
import {
  gameSettingsSchema,
  MAX_QUESTION_TIME_SEC,
  MIN_QUESTION_TIME_SEC,
  type LiveGameState,
  type LiveOption,
  type LiveQuestion,
} from './game-state'
import { liveError, type LiveError } from './live-errors'

/**
 * Builds a game in the `created` phase from stored questions. Option order is
 * drawn here, once per session, from the game's seed, so every phone and the
 * projector show the same order and the draw can be replayed. True/false
 * keeps "Đúng" before "Sai": shuffling it only confuses.
 *
 * Option ids are reassigned 'a', 'b', 'c'… in display order, so an id tells
 * nothing about where the option stood in the bank (authors often put the
 * correct one first).
 */

export const MAX_LIVE_QUESTIONS = 200

const liveQuestionInputSchema = z
  .object({
    id: z.string().min(1).max(64),
    versionId: z.string().min(1).max(64),
    type: z.enum(['single', 'multiple', 'true_false'], {
      error: 'Trò chơi trực tiếp chỉ dùng câu một đáp án, nhiều đáp án hoặc Đúng/Sai',
    }),
    stem: z.string().transform((s) => nfc(s).trim()).pipe(z.string().min(1, 'Nội dung câu hỏi không được để trống')),
    options: z
      .array(optionSchema.extend({ id: z.string().min(1).max(64).optional() }))
      .min(2, 'Cần ít nhất 2 phương án')
      .max(MAX_OPTIONS, `Tối đa ${MAX_OPTIONS} phương án`),
    explanation: z.string().optional(),
    source: legalSourceSchema,
    timeLimitSec: z.number().int().min(MIN_QUESTION_TIME_SEC).max(MAX_QUESTION_TIME_SEC).optional(),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length
    if (correct === 0) ctx.addIssue({ code: 'custom', message: 'Câu hỏi chưa có đáp án đúng', path: ['options'] })
    if (q.type !== 'multiple' && correct > 1) {
      ctx.addIssue({ code: 'custom', message: 'Câu một đáp án chỉ được có một phương án đúng', path: ['options'] })
    }
    if (q.type === 'true_false' && q.options.length !== 2) {
      ctx.addIssue({ code: 'custom', message: 'Câu Đúng/Sai phải có đúng 2 phương án', path: ['options'] })
    }
  })

export const createGameInputSchema = z.object({
  id: z.string().min(1).max(64),
  pin: z.string().regex(/^\d{6}$/, 'Mã PIN phải gồm 6 chữ số'),
  hostUserId: z.string().min(1).max(64),
  settings: gameSettingsSchema.prefault({}),
  questions: z
    .array(liveQuestionInputSchema)
    .min(1, 'Trò chơi cần ít nhất một câu hỏi')
    .max(MAX_LIVE_QUESTIONS, `Tối đa ${MAX_LIVE_QUESTIONS} câu hỏi`),
})
export type CreateGameInput = z.input<typeof createGameInputSchema>
export type LiveQuestionInput = z.input<typeof liveQuestionInputSchema>

/** Fisher–Yates with the seeded generator: same seed, same order, on every machine. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const rng = createSeededRandom(seed)
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    const tmp = out[i]
    out[i] = out[j]
    out[j] = tmp
  }
  return out
}

export function optionIdAt(index: number): string {
  return String.fromCharCode(97 + index)
}

export type CreateGameResult = { ok: true; state: LiveGameState } | { ok: false; error: LiveError }

export function createGame(input: CreateGameInput, seed: string, now: number): CreateGameResult {
  const parsed = createGameInputSchema.safeParse(input)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { ok: false, error: liveError('invalid_game', first ? `Dữ liệu tạo trò chơi không hợp lệ: ${first.message}` : undefined) }
  }
  const { id, pin, hostUserId, settings, questions } = parsed.data

  const liveQuestions: LiveQuestion[] = questions.map((q, index) => {
    const ordered = q.type === 'true_false' ? q.options : seededShuffle(q.options, deriveSeed(seed, 'options', index, q.id))
    const options: LiveOption[] = ordered.map((o, i) => ({
      id: optionIdAt(i),
      text: o.text,
      ...(o.id !== undefined ? { sourceOptionId: o.id } : {}),
    }))
    const explanation = q.explanation ? nfc(q.explanation).trim() : ''
    return {
      id: q.id,
      versionId: q.versionId,
      type: q.type,
      stem: q.stem,
      options,
      correctOptionIds: ordered.flatMap((o, i) => (o.correct ? [optionIdAt(i)] : [])),
      ...(explanation ? { explanation } : {}),
      // Rebuilt without undefined keys, so the state survives a JSON round trip unchanged.
      source: {
        document: q.source.document,
        ...(q.source.article ? { article: q.source.article } : {}),
        ...(q.source.url ? { url: q.source.url } : {}),
      },
      timeLimitSec: q.timeLimitSec ?? settings.questionTimeLimitSec,
    }
  })

  const state: LiveGameState = {
    schemaVersion: 1,
    id,
    pin,
    hostUserId,
    seed,
    createdAt: now,
    settings,
    questions: liveQuestions,
    phase: 'created',
    lobbyLocked: false,
    questionIndex: -1,
    timer: null,
    players: {},
    playerSeq: 0,
    activePlayerCount: 0,
    nicknameIndex: {},
    userIndex: {},
    kickedIdentities: { nicknames: {}, userIds: {} },
    answers: {},
    answeredCount: 0,
    results: liveQuestions.map(() => null),
    closeUndo: null,
    standings: { topIds: [], teams: null, rankedCount: 0 },
    version: 1,
    step: 1,
    endedAt: null,
  }
  return { ok: true, state }
}
