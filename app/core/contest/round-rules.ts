import { z } from 'zod'
import { DIFFICULTIES, tagSchema } from '../questions/question-draft'

/**
 * The rules of one round (tuần thi / kỳ / đợt), as the organiser sets them.
 * Bounds follow the contests surveyed in the research note (C5–C12): 10–20
 * minute attempts, 10–20 questions, 1–7 attempts with the best one counted, a
 * prediction question as tie-breaker, Nhất/Nhì/Ba/Khuyến khích prizes.
 * Messages are Vietnamese because they are shown to organisers as they are.
 */

export const COUNTING_ATTEMPT_RULES = ['best', 'first', 'last'] as const
export type CountingAttemptRule = (typeof COUNTING_ATTEMPT_RULES)[number]

export const COUNTING_ATTEMPT_LABELS_VI: Record<CountingAttemptRule, string> = {
  best: 'Lượt thi có kết quả tốt nhất',
  first: 'Lượt thi đầu tiên',
  last: 'Lượt thi gần nhất',
}

export const REVEAL_ANSWERS = ['after_close', 'never'] as const
export type RevealAnswers = (typeof REVEAL_ANSWERS)[number]

export const MIN_TIME_LIMIT_SECONDS = 60
export const MAX_TIME_LIMIT_SECONDS = 7200
export const MAX_GRACE_SECONDS = 30
export const DEFAULT_GRACE_SECONDS = 5
export const MAX_QUESTIONS_PER_ATTEMPT = 100
export const MAX_PRIZES_PER_KIND = 1000

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} phải là một số` })
    .int(`${label} phải là số nguyên`)
    .min(min, `${label} không được nhỏ hơn ${min}`)
    .max(max, `${label} không được lớn hơn ${max}`)

const id = (label: string) =>
  z
    .string({ error: `${label} phải là văn bản` })
    .trim()
    .min(1, `${label} không được để trống`)

export const drawQuotaSchema = z.object({
  difficulty: z.enum(DIFFICULTIES, { error: 'Độ khó phải là dễ, trung bình hoặc khó' }).optional(),
  // Same normalisation as question tags, so a quota's tag matches the bank's.
  tag: tagSchema.optional(),
  count: wholeNumber('Số câu của chỉ tiêu', 1, MAX_QUESTIONS_PER_ATTEMPT),
})
export type DrawQuota = z.output<typeof drawQuotaSchema>

export const drawSchema = z
  .object({
    bankIds: z
      .array(id('Mã ngân hàng câu hỏi'), { error: 'Danh sách ngân hàng câu hỏi không hợp lệ' })
      .min(1, 'Cần chọn ít nhất một ngân hàng câu hỏi')
      // Picking the same bank twice is harmless; keep one.
      .transform((ids) => [...new Set(ids)]),
    quotas: z
      .array(drawQuotaSchema, { error: 'Danh sách chỉ tiêu câu hỏi không hợp lệ' })
      .min(1, 'Cần ít nhất một chỉ tiêu rút câu hỏi'),
  })
  .superRefine((draw, ctx) => {
    const total = draw.quotas.reduce((sum, q) => sum + q.count, 0)
    if (total < 1 || total > MAX_QUESTIONS_PER_ATTEMPT) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotas'],
        message: `Tổng số câu hỏi của một lượt thi phải từ 1 đến ${MAX_QUESTIONS_PER_ATTEMPT} (hiện là ${total})`,
      })
    }
  })
export type DrawRules = z.output<typeof drawSchema>

export const prizeCountsSchema = z.object({
  first: wholeNumber('Số giải Nhất', 0, MAX_PRIZES_PER_KIND),
  second: wholeNumber('Số giải Nhì', 0, MAX_PRIZES_PER_KIND),
  third: wholeNumber('Số giải Ba', 0, MAX_PRIZES_PER_KIND),
  consolation: wholeNumber('Số giải Khuyến khích', 0, MAX_PRIZES_PER_KIND),
  /** Only counted attempts scoring at least this share of the maximum can win a prize. */
  minScorePercent: z
    .number({ error: 'Điểm tối thiểu để đạt giải phải là một số' })
    .min(0, 'Điểm tối thiểu để đạt giải không được nhỏ hơn 0%')
    .max(100, 'Điểm tối thiểu để đạt giải không được lớn hơn 100%')
    .optional(),
})
export type PrizeCounts = z.output<typeof prizeCountsSchema>

export const certificateRuleSchema = z
  .object({
    prizeWinners: z.boolean({ error: 'Hãy chọn có cấp giấy chứng nhận cho người đạt giải hay không' }),
    minScorePercent: z
      .number({ error: 'Điểm tối thiểu để nhận giấy chứng nhận phải là một số' })
      .min(0, 'Điểm tối thiểu để nhận giấy chứng nhận không được nhỏ hơn 0%')
      .max(100, 'Điểm tối thiểu để nhận giấy chứng nhận không được lớn hơn 100%')
      .optional(),
  })
  .refine((c) => c.prizeWinners || c.minScorePercent !== undefined, {
    message: 'Hãy chọn ít nhất một điều kiện cấp giấy chứng nhận',
  })
export type CertificateRule = z.output<typeof certificateRuleSchema>

export const roundRulesSchema = z.object({
  timeLimitSeconds: wholeNumber('Thời gian làm bài (giây)', MIN_TIME_LIMIT_SECONDS, MAX_TIME_LIMIT_SECONDS),
  // Covers the network delay of an automatic submission at the deadline.
  graceSeconds: wholeNumber('Thời gian gia hạn nộp bài (giây)', 0, MAX_GRACE_SECONDS).default(DEFAULT_GRACE_SECONDS),
  attemptsAllowed: z
    .number({ error: 'Số lượt thi phải là một số hoặc để trống nếu không giới hạn' })
    .int('Số lượt thi phải là số nguyên')
    .positive('Số lượt thi phải lớn hơn 0')
    .nullable(),
  countingAttempt: z
    .enum(COUNTING_ATTEMPT_RULES, { error: 'Cách tính lượt thi không hợp lệ' })
    .default('best'),
  shuffleQuestions: z.boolean({ error: 'Tuỳ chọn đảo thứ tự câu hỏi không hợp lệ' }).default(true),
  shuffleOptions: z.boolean({ error: 'Tuỳ chọn đảo thứ tự phương án không hợp lệ' }).default(true),
  draw: drawSchema,
  predictionQuestionId: id('Mã câu hỏi dự đoán').optional(),
  revealAnswers: z.enum(REVEAL_ANSWERS, { error: 'Tuỳ chọn công bố đáp án không hợp lệ' }).default('after_close'),
  prizes: prizeCountsSchema,
  certificate: certificateRuleSchema.optional(),
})
export type RoundRulesInput = z.input<typeof roundRulesSchema>
export type RoundRules = z.output<typeof roundRulesSchema>

/**
 * Starting values for a new round, from the research note's recommended
 * defaults (C16): 15 minutes, at most 3 attempts with the best counted,
 * 1 Nhất / 2 Nhì / 3 Ba / 10 Khuyến khích, certificates for prize-winners.
 */
export const RECOMMENDED_ROUND_RULES = {
  timeLimitSeconds: 900,
  graceSeconds: DEFAULT_GRACE_SECONDS,
  attemptsAllowed: 3,
  countingAttempt: 'best',
  shuffleQuestions: true,
  shuffleOptions: true,
  revealAnswers: 'after_close',
  prizes: { first: 1, second: 2, third: 3, consolation: 10 },
  certificate: { prizeWinners: true },
} as const satisfies Omit<RoundRulesInput, 'draw'>

/** Total number of questions an attempt draws (prediction question excluded). */
export function questionsPerAttempt(draw: Pick<DrawRules, 'quotas'>): number {
  return draw.quotas.reduce((sum, q) => sum + q.count, 0)
}
