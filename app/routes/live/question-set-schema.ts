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
  /** When the editor loaded the set: a save over someone else's newer save is refused, not silently merged. */
  loadedAt: z.iso.datetime({ error: 'Phiên bản bộ câu hỏi không hợp lệ' }).optional(),
  questionIds: z
    .array(z.string({ error: 'Mã câu hỏi không hợp lệ' }).min(1, 'Mã câu hỏi không hợp lệ').max(64, 'Mã câu hỏi không hợp lệ'), { error: 'Danh sách câu hỏi không hợp lệ' })
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
