import { z } from 'zod'
import { FIELD_TYPES, MAX_FIELDS } from '~/core/contest/registration-fields'
import { SLUG_PATTERN } from '~/core/contest/slug'
import { nfc } from '~/core/text/normalize'

/** The contest set-up form, shared by the browser (instant feedback) and the action (the real check). */

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Nhập ${label}` })
    .transform((s) => nfc(s).trim())
    .pipe(z.string().min(min, `${label[0].toUpperCase()}${label.slice(1)} quá ngắn`).max(max, `${label[0].toUpperCase()}${label.slice(1)} dài quá ${max} ký tự`))

const optionalText = (max: number, label: string) =>
  z
    .string()
    .optional()
    .transform((s) => nfc(s ?? '').trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))

const age = (label: string) => z.number({ error: `${label} phải là một số` }).int(`${label} phải là số nguyên`).min(0, `${label} không hợp lệ`).max(120, `${label} không hợp lệ`).optional()

export const contestFormSchema = z
  .object({
    title: text('tên cuộc thi', 5, 200),
    slug: z
      .string()
      .optional()
      .transform((s) => (s ?? '').trim().toLowerCase())
      .refine((s) => s === '' || (SLUG_PATTERN.test(s) && s.length <= 60), 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (tối đa 60 ký tự)'),
    description: optionalText(5000, 'Giới thiệu'),
    rulesText: optionalText(20000, 'Thể lệ'),
    bannerUrl: z
      .string()
      .optional()
      .transform((s) => (s ?? '').trim())
      .refine((s) => s === '' || /^https:\/\/[^\s]+$/.test(s) || /^\/[^\s/][^\s]*$/.test(s), 'Ảnh bìa phải là đường dẫn https:// hoặc đường dẫn trên trang này'),
    removeBanner: z.boolean().optional(),
    minAge: age('Tuổi tối thiểu'),
    maxAge: age('Tuổi tối đa'),
    unitIds: z.array(z.string().min(1)).optional().transform((ids) => [...new Set(ids ?? [])]),
    fields: z
      .array(
        z.object({
          label: z
            .string({ error: 'Nhập tên trường' })
            .transform((s) => nfc(s).trim())
            .pipe(z.string().min(1, 'Nhập tên trường').max(100, 'Tên trường dài quá 100 ký tự')),
          type: z.enum(FIELD_TYPES, { error: 'Chọn kiểu trường' }),
          required: z.boolean().optional().transform((v) => v ?? false),
          options: z.string().optional().transform((s) => (s ?? '').split(/[\n;]/).map((o) => nfc(o).trim()).filter(Boolean)),
        }),
      )
      .max(MAX_FIELDS, `Tối đa ${MAX_FIELDS} trường đăng ký thêm`)
      .optional()
      .transform((f) => f ?? []),
  })
  .superRefine((v, ctx) => {
    if (v.minAge !== undefined && v.maxAge !== undefined && v.minAge > v.maxAge) {
      ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'Tuổi tối đa phải lớn hơn hoặc bằng tuổi tối thiểu' })
    }
    v.fields.forEach((f, i) => {
      if (f.type === 'select' && f.options.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'options'], message: 'Trường chọn từ danh sách cần ít nhất 2 lựa chọn, mỗi lựa chọn một dòng' })
      }
    })
  })

export type ContestFormValue = z.output<typeof contestFormSchema>
