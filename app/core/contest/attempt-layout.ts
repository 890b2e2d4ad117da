import { z } from 'zod'
import type { Difficulty, QuestionType } from '../questions/question-draft'
import { foldDiacritics } from '../text/normalize'
import type { RoundRules } from './round-rules'
import { deriveSeed } from './seeded-random'
import { type QuotaShortage, selectQuestions, shuffle, shuffleOptions } from './select-questions'

/**
 * What one attempt asks, fixed when it starts and stored on the attempt: the
 * question versions in the order this participant sees them, each with its
 * option order. Everything comes from the attempt's seed, so a disputed draw
 * can be replayed; nothing here says which option is right.
 */

/** A pinned question version a round may draw from (prediction questions are never in the pool). */
export interface PoolVersion {
  versionId: string
  type: Exclude<QuestionType, 'prediction'>
  difficulty: Difficulty
  tags: readonly string[]
  /** Option ids in authoring order, with their texts (texts only decide which options keep their place). */
  options: readonly { id: string; text: string }[]
}

export const attemptLayoutSchema = z.object({
  questions: z
    .array(z.object({ versionId: z.string().min(1), optionIds: z.array(z.string().min(1)) }))
    .min(1),
  predictionVersionId: z.string().min(1).nullable(),
})
export type AttemptLayout = z.output<typeof attemptLayoutSchema>

export function readLayout(stored: unknown): AttemptLayout {
  return attemptLayoutSchema.parse(stored)
}

/**
 * Options that refer to the others ("Cả A, B và C đều đúng", "Tất cả các
 * phương án trên") only make sense in their place, so they are not shuffled.
 */
export function positionalOptionIds(options: readonly { id: string; text: string }[]): string[] {
  return options
    .filter((o) => {
      const t = foldDiacritics(o.text)
      return (
        /^(ca|tat ca)\b.*\b(deu|dung|sai|tren)\b/.test(t) ||
        /\b(phuong an|dap an|y) (tren|neu tren)\b/.test(t) ||
        /\b[a-f] ?(,|va) ?[a-f]\b/.test(t)
      )
    })
    .map((o) => o.id)
}

export type LayoutResult = { ok: true; layout: AttemptLayout } | { ok: false; shortages: QuotaShortage[] }

export function buildAttemptLayout(
  pool: readonly PoolVersion[],
  rules: Pick<RoundRules, 'draw' | 'shuffleQuestions' | 'shuffleOptions'>,
  seed: string,
  predictionVersionId: string | null,
): LayoutResult {
  const byId = new Map(pool.map((v) => [v.versionId, v]))
  const selection = selectQuestions(
    pool.map((v) => ({ id: v.versionId, difficulty: v.difficulty, tags: v.tags })),
    rules.draw.quotas,
    deriveSeed(seed, 'draw'),
  )
  if (!selection.ok) return selection
  // Unshuffled, quotas come in the order the organiser listed them (e.g. easy to hard).
  const ids = rules.shuffleQuestions ? shuffle(selection.questionIds, deriveSeed(seed, 'order')) : selection.questionIds
  const questions = ids.map((versionId) => {
    const v = byId.get(versionId)
    if (!v) throw new Error(`Câu hỏi ${versionId} không có trong ngân hàng đã chốt`)
    const authored = v.options.map((o) => o.id)
    const optionIds = rules.shuffleOptions
      ? shuffleOptions(authored, deriveSeed(seed, 'options', versionId), positionalOptionIds(v.options))
      : authored
    return { versionId, optionIds }
  })
  return { ok: true, layout: { questions, predictionVersionId } }
}

export type AnswerCheck = { ok: true; optionIds: string[] } | { ok: false; message: string }

/**
 * Whether a saved answer fits the attempt: the question must be one this
 * attempt asks and the options must be among its options. A single-answer
 * question takes exactly one; a multiple-answer question any number (none
 * clears it).
 */
export function checkAnswer(
  layout: AttemptLayout,
  versionId: string,
  optionIds: readonly string[],
  type: QuestionType | undefined,
): AnswerCheck {
  const question = layout.questions.find((q) => q.versionId === versionId)
  if (!question || !type || type === 'prediction') {
    return { ok: false, message: 'Câu hỏi này không thuộc lượt thi của bạn. Câu trả lời không được lưu.' }
  }
  const unique = [...new Set(optionIds)]
  if (unique.length !== optionIds.length || unique.some((o) => !question.optionIds.includes(o))) {
    return { ok: false, message: 'Phương án đã chọn không thuộc câu hỏi này. Hãy tải lại trang và chọn lại.' }
  }
  if ((type === 'single' || type === 'true_false') && unique.length !== 1) {
    return { ok: false, message: 'Câu hỏi này chỉ được chọn đúng một phương án.' }
  }
  // Keep the stored order canonical so "a,b" and "b,a" are the same answer.
  return { ok: true, optionIds: unique.sort() }
}

export const MAX_PREDICTION = 100_000_000

/** The prediction is a whole number ≥ 0 typed by a person: "1.250" and "1 250" are 1250. */
export function parsePrediction(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const cleaned = text.trim().replace(/[\s.,]/g, '')
  if (!/^\d+$/.test(cleaned)) return { ok: false, message: 'Câu dự đoán cần một số nguyên không âm, ví dụ 125.' }
  const value = Number(cleaned)
  if (!Number.isSafeInteger(value) || value > MAX_PREDICTION) {
    return { ok: false, message: `Số dự đoán không được lớn hơn ${MAX_PREDICTION.toLocaleString('vi-VN')}.` }
  }
  return { ok: true, value }
}

export interface StoredVersion {
  id: string
  type: QuestionType
  stem: string
  options: readonly { id: string; text: string; correct?: boolean }[]
}

/** The one shape a question takes in a participant's browser during an attempt: no key, no explanation. */
export interface ParticipantQuestion {
  versionId: string
  type: Exclude<QuestionType, 'prediction'>
  stem: string
  options: { id: string; text: string }[]
}

export function participantQuestion(version: StoredVersion, optionOrder: readonly string[]): ParticipantQuestion {
  if (version.type === 'prediction') throw new Error('Câu hỏi dự đoán không phải câu trắc nghiệm')
  const byId = new Map(version.options.map((o) => [o.id, o]))
  return {
    versionId: version.id,
    type: version.type,
    stem: version.stem,
    // Only id and text are copied: `correct` must never reach the browser while the round is open.
    options: optionOrder.map((id) => {
      const o = byId.get(id)
      if (!o) throw new Error(`Phương án ${id} không có trong câu hỏi ${version.id}`)
      return { id: o.id, text: o.text }
    }),
  }
}
