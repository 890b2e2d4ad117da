import { z } from 'zod'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'
import { MAX_QUESTION_TIME_SEC, MIN_QUESTION_TIME_SEC } from '~/core/live/game-state'

/**
 * The "create a live session" form: checked in the browser for instant
 * feedback and again by the action. The questions come either from a bank
 * (a seeded draw among the questions matching a filter) or from a saved set
 * (its questions in its order); `source` tells which fields apply.
 */

export const SESSION_SOURCES = ['bank', 'set'] as const
export type SessionSource = (typeof SESSION_SOURCES)[number]

const common = {
  title: z
    .string({ error: 'Hãy nhập tên phiên thi' })
    .trim()
    .min(3, 'Tên phiên thi cần ít nhất 3 ký tự')
    .max(120, 'Tên phiên thi tối đa 120 ký tự'),
  scoringMode: z.enum(['speed', 'correctness'], { error: 'Hãy chọn cách tính điểm' }).default('speed'),
  streakBonus: z.boolean().default(false),
  questionTimeLimitSec: z
    .number({ error: 'Hãy nhập thời gian mỗi câu (số giây)' })
    .int('Thời gian mỗi câu phải là số nguyên giây')
    .min(MIN_QUESTION_TIME_SEC, `Thời gian mỗi câu tối thiểu ${MIN_QUESTION_TIME_SEC} giây`)
    .max(MAX_QUESTION_TIME_SEC, `Thời gian mỗi câu tối đa ${MAX_QUESTION_TIME_SEC} giây`),
  teamMode: z.boolean().default(false),
}

const fromBankSchema = z.object({
  source: z.literal('bank'),
  ...common,
  bankId: z.string({ error: 'Hãy chọn ngân hàng câu hỏi' }).min(1, 'Hãy chọn ngân hàng câu hỏi'),
  tags: z.array(z.string().max(60)).max(20, 'Chọn tối đa 20 chủ đề').default([]),
  difficulty: z.enum(['EASY', 'MEDIUM', 'HARD'], { error: 'Độ khó không hợp lệ' }).optional(),
  count: z
    .number({ error: 'Hãy nhập số câu hỏi (một số nguyên)' })
    .int('Số câu hỏi phải là số nguyên')
    .min(1, 'Cần ít nhất 1 câu hỏi')
    .max(MAX_LIVE_QUESTIONS, `Tối đa ${MAX_LIVE_QUESTIONS} câu hỏi`),
})

const fromSetSchema = z.object({
  source: z.literal('set'),
  ...common,
  setId: z.string({ error: 'Hãy chọn bộ câu hỏi đã lưu' }).min(1, 'Hãy chọn bộ câu hỏi đã lưu').max(64, 'Bộ câu hỏi không hợp lệ'),
})

export const createSessionSchema = z.discriminatedUnion('source', [fromBankSchema, fromSetSchema], {
  error: 'Hãy chọn nguồn câu hỏi: từ ngân hàng hoặc từ bộ câu hỏi đã lưu',
})
export type CreateSessionForm = z.infer<typeof createSessionSchema>
