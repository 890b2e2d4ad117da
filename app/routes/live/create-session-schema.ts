import { z } from 'zod'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'
import { MAX_QUESTION_TIME_SEC, MIN_QUESTION_TIME_SEC } from '~/core/live/game-state'

/** The "create a live session" form: checked in the browser for instant feedback and again by the action. */
export const createSessionSchema = z.object({
  title: z
    .string({ error: 'Hãy nhập tên phiên thi' })
    .trim()
    .min(3, 'Tên phiên thi cần ít nhất 3 ký tự')
    .max(120, 'Tên phiên thi tối đa 120 ký tự'),
  bankId: z.string({ error: 'Hãy chọn ngân hàng câu hỏi' }).min(1, 'Hãy chọn ngân hàng câu hỏi'),
  tags: z.array(z.string().max(60)).max(20, 'Chọn tối đa 20 chủ đề').default([]),
  difficulty: z.enum(['EASY', 'MEDIUM', 'HARD'], { error: 'Độ khó không hợp lệ' }).optional(),
  count: z
    .number({ error: 'Hãy nhập số câu hỏi (một số nguyên)' })
    .int('Số câu hỏi phải là số nguyên')
    .min(1, 'Cần ít nhất 1 câu hỏi')
    .max(MAX_LIVE_QUESTIONS, `Tối đa ${MAX_LIVE_QUESTIONS} câu hỏi`),
  scoringMode: z.enum(['speed', 'correctness'], { error: 'Hãy chọn cách tính điểm' }).default('speed'),
  streakBonus: z.boolean().default(false),
  questionTimeLimitSec: z
    .number({ error: 'Hãy nhập thời gian mỗi câu (số giây)' })
    .int('Thời gian mỗi câu phải là số nguyên giây')
    .min(MIN_QUESTION_TIME_SEC, `Thời gian mỗi câu tối thiểu ${MIN_QUESTION_TIME_SEC} giây`)
    .max(MAX_QUESTION_TIME_SEC, `Thời gian mỗi câu tối đa ${MAX_QUESTION_TIME_SEC} giây`),
  teamMode: z.boolean().default(false),
})
export type CreateSessionForm = z.infer<typeof createSessionSchema>
