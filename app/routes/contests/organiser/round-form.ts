import { z } from 'zod'
import { COUNTING_ATTEMPT_RULES, REVEAL_ANSWERS, roundRulesSchema, type RoundRules, type RoundRulesInput } from '~/core/contest/round-rules'
import { parseVietnamLocal } from '~/core/contest/vietnam-time'
import { DIFFICULTIES } from '~/core/questions/question-draft'
import { nfc } from '~/core/text/normalize'

/**
 * The round form: organiser-friendly fields (minutes, Vietnam wall-clock
 * times, one input per prize) that become the core's RoundRules. The core
 * schema stays the judge; its messages are put back on the fields they are
 * about.
 */

const int = (label: string) => z.number({ error: `${label} phải là một số` }).int(`${label} phải là số nguyên`)
const optionalPercent = (label: string) => z.number({ error: `${label} phải là một số` }).min(0, `${label} không được nhỏ hơn 0`).max(100, `${label} không được lớn hơn 100`).optional()

const baseSchema = z.object({
  title: z
    .string({ error: 'Nhập tên vòng thi' })
    .transform((s) => nfc(s).trim())
    .pipe(z.string().min(2, 'Tên vòng thi quá ngắn').max(120, 'Tên vòng thi dài quá 120 ký tự')),
  opensAt: z.string({ error: 'Nhập thời điểm mở vòng thi' }),
  closesAt: z.string({ error: 'Nhập thời điểm đóng vòng thi' }),
  bankIds: z.array(z.string().min(1), { error: 'Chọn ít nhất một ngân hàng câu hỏi' }).min(1, 'Chọn ít nhất một ngân hàng câu hỏi'),
  quotas: z
    .array(
      z.object({
        difficulty: z.enum(DIFFICULTIES).optional(),
        tag: z.string().optional(),
        count: int('Số câu').min(1, 'Số câu phải từ 1 trở lên').max(100, 'Số câu không được lớn hơn 100'),
      }),
      { error: 'Thêm ít nhất một chỉ tiêu rút câu hỏi' },
    )
    .min(1, 'Thêm ít nhất một chỉ tiêu rút câu hỏi'),
  timeLimitMinutes: int('Thời gian làm bài').min(1, 'Thời gian làm bài tối thiểu 1 phút').max(120, 'Thời gian làm bài tối đa 120 phút'),
  graceSeconds: int('Thời gian gia hạn').min(0, 'Thời gian gia hạn không được âm').max(30, 'Thời gian gia hạn tối đa 30 giây'),
  attemptsAllowed: int('Số lượt thi').min(1, 'Số lượt thi phải từ 1 trở lên').max(100, 'Số lượt thi tối đa 100').optional(),
  countingAttempt: z.enum(COUNTING_ATTEMPT_RULES, { error: 'Chọn lượt thi được tính' }),
  shuffleQuestions: z.boolean().optional(),
  shuffleOptions: z.boolean().optional(),
  predictionQuestionId: z.string().optional(),
  revealAnswers: z.enum(REVEAL_ANSWERS, { error: 'Chọn thời điểm công bố đáp án' }),
  prizeFirst: int('Số giải Nhất').min(0, 'Số giải không được âm'),
  prizeSecond: int('Số giải Nhì').min(0, 'Số giải không được âm'),
  prizeThird: int('Số giải Ba').min(0, 'Số giải không được âm'),
  prizeConsolation: int('Số giải Khuyến khích').min(0, 'Số giải không được âm'),
  prizeMinScorePercent: optionalPercent('Điểm tối thiểu để đạt giải'),
  certPrizeWinners: z.boolean().optional(),
  certMinScorePercent: optionalPercent('Điểm tối thiểu để nhận giấy chứng nhận'),
})

export type RoundFormValue = z.output<typeof baseSchema>

export function rulesFromForm(v: RoundFormValue): RoundRulesInput {
  const certificate = v.certPrizeWinners || v.certMinScorePercent !== undefined ? { prizeWinners: v.certPrizeWinners ?? false, minScorePercent: v.certMinScorePercent } : undefined
  return {
    timeLimitSeconds: v.timeLimitMinutes * 60,
    graceSeconds: v.graceSeconds,
    attemptsAllowed: v.attemptsAllowed ?? null,
    countingAttempt: v.countingAttempt,
    shuffleQuestions: v.shuffleQuestions ?? false,
    shuffleOptions: v.shuffleOptions ?? false,
    draw: {
      bankIds: v.bankIds,
      quotas: v.quotas.map((q) => ({ difficulty: q.difficulty, tag: q.tag?.trim() ? q.tag : undefined, count: q.count })),
    },
    predictionQuestionId: v.predictionQuestionId || undefined,
    revealAnswers: v.revealAnswers,
    prizes: { first: v.prizeFirst, second: v.prizeSecond, third: v.prizeThird, consolation: v.prizeConsolation, minScorePercent: v.prizeMinScorePercent },
    certificate,
  }
}

/** Where a message of the core rules schema belongs on this form. */
function formPath(path: readonly PropertyKey[]): (string | number)[] {
  const [head, ...rest] = path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const prizeFields: Record<string, string> = { first: 'prizeFirst', second: 'prizeSecond', third: 'prizeThird', consolation: 'prizeConsolation', minScorePercent: 'prizeMinScorePercent' }
  if (head === 'timeLimitSeconds') return ['timeLimitMinutes']
  if (head === 'draw') return rest[0] === 'bankIds' ? ['bankIds'] : ['quotas', ...rest.slice(1)]
  if (head === 'prizes') return [prizeFields[String(rest[0])] ?? 'prizeFirst']
  if (head === 'certificate') return [rest[0] === 'minScorePercent' ? 'certMinScorePercent' : 'certPrizeWinners']
  return head === undefined ? [] : [head]
}

export const roundFormSchema = baseSchema.superRefine((v, ctx) => {
  const opens = parseVietnamLocal(v.opensAt)
  const closes = parseVietnamLocal(v.closesAt)
  if (!opens) ctx.addIssue({ code: 'custom', path: ['opensAt'], message: 'Thời điểm mở không hợp lệ' })
  if (!closes) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Thời điểm đóng không hợp lệ' })
  if (opens && closes && closes.getTime() <= opens.getTime()) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Thời điểm đóng phải sau thời điểm mở' })
  const parsed = roundRulesSchema.safeParse(rulesFromForm(v))
  if (!parsed.success) {
    // A field the form already found wrong keeps the form's message; the core's adds what the form cannot know.
    const taken = new Set(ctx.issues.map((i) => JSON.stringify(i.path)))
    for (const issue of parsed.error.issues) {
      const path = formPath(issue.path)
      if (!taken.has(JSON.stringify(path))) ctx.addIssue({ code: 'custom', path, message: issue.message })
    }
  }
})

export function roundInputFromForm(v: RoundFormValue): { title: string; opensAt: Date; closesAt: Date; rules: RoundRules } {
  return {
    title: v.title,
    opensAt: parseVietnamLocal(v.opensAt) as Date,
    closesAt: parseVietnamLocal(v.closesAt) as Date,
    rules: roundRulesSchema.parse(rulesFromForm(v)),
  }
}

/** Form values for stored rules (editing) or the recommended ones (a new round). */
export function formDefaults(input: { title: string; opensAt: string; closesAt: string; rules: RoundRulesInput }) {
  const r = input.rules
  return {
    title: input.title,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    bankIds: r.draw.bankIds,
    quotas: r.draw.quotas.map((q) => ({ difficulty: q.difficulty ?? '', tag: q.tag ?? '', count: String(q.count) })),
    timeLimitMinutes: String(Math.round(r.timeLimitSeconds / 60)),
    graceSeconds: String(r.graceSeconds ?? 5),
    attemptsAllowed: r.attemptsAllowed === null ? '' : String(r.attemptsAllowed),
    countingAttempt: r.countingAttempt ?? 'best',
    shuffleQuestions: r.shuffleQuestions === false ? undefined : 'on',
    shuffleOptions: r.shuffleOptions === false ? undefined : 'on',
    predictionQuestionId: r.predictionQuestionId ?? '',
    revealAnswers: r.revealAnswers ?? 'after_close',
    prizeFirst: String(r.prizes.first),
    prizeSecond: String(r.prizes.second),
    prizeThird: String(r.prizes.third),
    prizeConsolation: String(r.prizes.consolation),
    prizeMinScorePercent: r.prizes.minScorePercent === undefined ? '' : String(r.prizes.minScorePercent),
    certPrizeWinners: r.certificate?.prizeWinners ? 'on' : undefined,
    certMinScorePercent: r.certificate?.minScorePercent === undefined ? '' : String(r.certificate.minScorePercent),
  }
}
