import { z } from 'zod'
import { UNIT_KINDS } from '~/core/units/parse-unit-rows'
import { nfc } from '~/core/text/normalize'

const name = z
  .string({ error: 'Nhập tên đơn vị' })
  .transform((s) => nfc(s).trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'Nhập tên đơn vị').max(200, 'Tên đơn vị dài quá 200 ký tự'))
const headcount = z
  .number({ error: 'Số người phải là số' })
  .int('Số người phải là số nguyên')
  .min(0, 'Số người không được âm')
  .max(10_000_000, 'Số người quá lớn')
  .optional()
  .transform((v) => v ?? null)
const kind = z.enum(UNIT_KINDS, { error: 'Loại đơn vị không hợp lệ' }).default('UNIT')
const parentId = z.string().optional().transform((v) => v || null)

export const unitActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create'), name, parentId, kind, headcount }),
  z.object({ intent: z.literal('update'), id: z.string().min(1), name, kind, headcount }),
  z.object({ intent: z.literal('move'), id: z.string().min(1), parentId }),
  z.object({ intent: z.literal('merge'), id: z.string().min(1), targetId: z.string({ error: 'Chọn đơn vị để gộp vào' }).min(1, 'Chọn đơn vị để gộp vào') }),
])
