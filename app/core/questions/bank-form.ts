import { z } from 'zod'
import { nfc } from '~/core/text/normalize'

// Checks run on the cleaned text with refine, not a second z.string(): Conform
// turns an empty string into "missing" inside every string schema it sees.
const name = z
  .string({ error: 'Nhập tên ngân hàng câu hỏi' })
  .transform((s) => nfc(s).trim().replace(/\s+/g, ' '))
  .refine((s) => s.length > 0, 'Nhập tên ngân hàng câu hỏi')
  .refine((s) => s.length <= 200, 'Tên dài quá 200 ký tự')

const description = z
  .string()
  .optional()
  .transform((s) => nfc(s ?? '').trim())
  .refine((s) => s.length <= 2000, 'Mô tả dài quá 2.000 ký tự')

/** Name and description of a bank (create and rename forms; client-safe). */
export const bankFormSchema = z.object({ name, description })
export type BankInput = z.output<typeof bankFormSchema>
