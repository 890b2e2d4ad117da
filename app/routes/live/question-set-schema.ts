import { z } from 'zod'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'

/** The saved-set editor's form: name, description and the chosen question ids in the order they will be asked. */
export const questionSetFormSchema = z.object({
  name: z
    .string({ error: 'Hãy nhập tên bộ câu hỏi' })
    .trim()
    .min(3, 'Tên bộ câu hỏi cần ít nhất 3 ký tự')
    .max(120, 'Tên bộ câu hỏi tối đa 120 ký tự'),
  description: z.string().trim().max(500, 'Mô tả tối đa 500 ký tự').default(''),
  questionIds: z
    .array(z.string().min(1).max(64))
    .default([])
    .pipe(
      z
        .array(z.string())
        .min(1, 'Hãy chọn ít nhất một câu hỏi cho bộ')
        .max(MAX_LIVE_QUESTIONS, `Một bộ có tối đa ${MAX_LIVE_QUESTIONS} câu hỏi`)
        .refine((ids) => new Set(ids).size === ids.length, 'Mỗi câu hỏi chỉ được có một lần trong bộ'),
    ),
})
export type QuestionSetForm = z.infer<typeof questionSetFormSchema>
