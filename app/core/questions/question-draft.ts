import { z } from 'zod'
import { nfc } from '../text/normalize'

/**
 * The one shape every question takes before it is stored: authoring forms,
 * every importer and the seed bank all produce a QuestionDraft, so one schema
 * decides what a valid question is. Messages are Vietnamese because they are
 * shown to organisers as they are.
 */

export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'prediction'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
export type Difficulty = (typeof DIFFICULTIES)[number]

export const QUESTION_STATUSES = ['draft', 'approved', 'retired'] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 6
export const MAX_STEM_LENGTH = 2000
export const MAX_OPTION_LENGTH = 500
export const MAX_EXPLANATION_LENGTH = 4000

export const TYPE_LABELS_VI: Record<QuestionType, string> = {
  single: 'Một đáp án đúng',
  multiple: 'Nhiều đáp án đúng',
  true_false: 'Đúng/Sai',
  prediction: 'Câu hỏi dự đoán',
}

export const DIFFICULTY_LABELS_VI: Record<Difficulty, string> = {
  easy: 'Dễ',
  medium: 'Trung bình',
  hard: 'Khó',
}

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là văn bản` })
    .transform((s) => nfc(s).trim())
    .pipe(
      z
        .string()
        .min(1, `${label} không được để trống`)
        .max(max, `${label} dài quá ${max} ký tự`),
    )

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là văn bản` })
    .transform((s) => nfc(s).trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))
    .optional()
    .transform((s) => (s ? s : undefined))

export const optionSchema = z.object({
  text: text(MAX_OPTION_LENGTH, 'Phương án'),
  correct: z.boolean(),
})
export type QuestionOption = z.infer<typeof optionSchema>

export const legalSourceSchema = z.object({
  document: text(300, 'Văn bản nguồn (căn cứ pháp lý)'),
  article: optionalText(300, 'Điều, khoản, mục'),
  url: z
    .url({ error: 'Đường dẫn nguồn không phải là URL hợp lệ', protocol: /^https?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
})
export type LegalSource = z.infer<typeof legalSourceSchema>

export const tagSchema = z
  .string()
  .transform((s) => nfc(s).trim().toLowerCase())
  .pipe(z.string().min(1, 'Chủ đề không được để trống').max(60, 'Chủ đề dài quá 60 ký tự'))

const baseDraft = z.object({
  type: z.enum(QUESTION_TYPES, { error: 'Loại câu hỏi không hợp lệ' }),
  stem: text(MAX_STEM_LENGTH, 'Nội dung câu hỏi'),
  options: z.array(optionSchema).max(MAX_OPTIONS, `Tối đa ${MAX_OPTIONS} phương án`),
  explanation: optionalText(MAX_EXPLANATION_LENGTH, 'Giải thích'),
  source: legalSourceSchema,
  tags: z.array(tagSchema).max(10, 'Tối đa 10 chủ đề').default([]),
  difficulty: z.enum(DIFFICULTIES, { error: 'Độ khó phải là dễ, trung bình hoặc khó' }),
})

/** Rules that depend on the question type, checked after each field is valid on its own. */
export const questionDraftSchema = baseDraft.superRefine((q, ctx) => {
  const correct = q.options.filter((o) => o.correct).length
  const issue = (message: string, path: (string | number)[] = ['options']) =>
    ctx.addIssue({ code: 'custom', message, path })

  if (q.type === 'prediction') {
    if (q.options.length > 0) issue('Câu hỏi dự đoán không có phương án lựa chọn')
    return
  }
  if (q.options.length < MIN_OPTIONS) issue(`Cần ít nhất ${MIN_OPTIONS} phương án`)
  const seen = new Set<string>()
  q.options.forEach((o, i) => {
    const key = foldForCompare(o.text)
    if (seen.has(key)) issue(`Phương án ${optionLetter(i)} trùng với một phương án khác`, ['options', i, 'text'])
    seen.add(key)
  })
  if (q.type === 'true_false' && q.options.length !== 2) issue('Câu Đúng/Sai phải có đúng 2 phương án')
  if (correct === 0) issue('Chưa đánh dấu đáp án đúng')
  if ((q.type === 'single' || q.type === 'true_false') && correct > 1)
    issue(`Câu một đáp án nhưng có ${correct} phương án được đánh dấu đúng`)
  if (q.type === 'multiple' && correct === q.options.length)
    issue('Câu nhiều đáp án không thể có mọi phương án đều đúng')
})

export type QuestionDraftInput = z.input<typeof questionDraftSchema>
export type QuestionDraft = z.output<typeof questionDraftSchema>

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** Case- and space-insensitive form used to compare option texts and detect duplicates. */
export function foldForCompare(s: string): string {
  return nfc(s).toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Same stem and same set of options (order ignored) means the same question. */
export function duplicateKey(q: Pick<QuestionDraft, 'stem' | 'options'>): string {
  const opts = q.options.map((o) => foldForCompare(o.text)).sort()
  return [foldForCompare(q.stem), ...opts].join('\u241F')
}
