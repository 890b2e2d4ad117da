import { z } from 'zod'
import { nfc } from '~/core/text/normalize'
import { normalizePhone } from '~/utils/phone'

const MIN_AGE = 6
const MAX_AGE = 120

/** Shared by the browser (instant feedback) and the action (the real check). */
export const registerSchema = z
  .object({
    fullName: z
      .string({ error: 'Nhập họ và tên' })
      .transform((s) => nfc(s).trim().replace(/\s+/g, ' '))
      .pipe(z.string().min(2, 'Họ và tên quá ngắn').max(100, 'Họ và tên dài quá 100 ký tự').regex(/^[\p{L}\s.'-]+$/u, 'Họ và tên chỉ gồm chữ cái')),
    dateOfBirth: z
      .string({ error: 'Nhập ngày sinh' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày sinh không hợp lệ')
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Ngày sinh không hợp lệ')
      .refine((s) => {
        const age = (Date.now() - Date.parse(`${s}T00:00:00Z`)) / (365.25 * 24 * 3600 * 1000)
        return age >= MIN_AGE && age <= MAX_AGE
      }, `Tuổi phải từ ${MIN_AGE} đến ${MAX_AGE}`),
    phone: z
      .string()
      .optional()
      .refine((s) => !s || normalizePhone(s) !== null, 'Số điện thoại không hợp lệ (ví dụ 0912 345 678)')
      .transform((s) => (s ? normalizePhone(s)! : undefined)),
    email: z.email({ error: 'Email không hợp lệ' }).max(200).optional().transform((s) => s?.toLowerCase()),
    unitId: z.string({ error: 'Chọn đơn vị' }).min(1, 'Chọn đơn vị'),
    password: z.string({ error: 'Nhập mật khẩu' }).min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(200, 'Mật khẩu quá dài'),
    confirmPassword: z.string({ error: 'Nhập lại mật khẩu' }),
  })
  .superRefine((v, ctx) => {
    if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Nhập số điện thoại hoặc email' })
    if (v.password !== v.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp' })
  })

export type RegisterInput = z.output<typeof registerSchema>
