import { z } from 'zod'
import { foldDiacritics, nfc } from '../text/normalize'

/**
 * Registration fields an organiser adds beyond the profile (name, date of
 * birth, phone and unit are always asked): a student number, a class, a CCCD
 * number (C2). Definitions are stored on the contest; answers on the
 * registration, checked here against the definitions so a tampered form
 * cannot store a value the organiser did not allow.
 */

export const FIELD_TYPES = ['text', 'number', 'date', 'select'] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export const FIELD_TYPE_LABELS_VI: Record<FieldType, string> = {
  text: 'Văn bản',
  number: 'Số',
  date: 'Ngày',
  select: 'Chọn từ danh sách',
}

export const MAX_FIELDS = 10
export const MAX_FIELD_VALUE_LENGTH = 200

const label = z
  .string({ error: 'Tên trường phải là văn bản' })
  .transform((s) => nfc(s).trim())
  .pipe(z.string().min(1, 'Tên trường không được để trống').max(100, 'Tên trường dài quá 100 ký tự'))

export const registrationFieldSchema = z
  .object({
    label,
    type: z.enum(FIELD_TYPES, { error: 'Kiểu trường không hợp lệ' }),
    required: z.boolean().default(false),
    /** Choices of a 'select' field. */
    options: z
      .array(z.string().transform((s) => nfc(s).trim()).pipe(z.string().min(1).max(100, 'Lựa chọn dài quá 100 ký tự')))
      .max(50, 'Tối đa 50 lựa chọn')
      .default([]),
  })
  .superRefine((f, ctx) => {
    if (f.type === 'select' && f.options.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `Trường “${f.label}” cần ít nhất 2 lựa chọn` })
    }
  })

export type RegistrationFieldInput = z.input<typeof registrationFieldSchema>
export type RegistrationField = z.output<typeof registrationFieldSchema> & { key: string }

/** A stable key from the label ("Mã số sinh viên" → "ma-so-sinh-vien"), unique within the contest. */
export function fieldKey(labelText: string, taken: ReadonlySet<string>): string {
  const base = foldDiacritics(labelText).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'truong'
  let key = base
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`
  return key
}

export const registrationFieldsSchema = z
  .array(registrationFieldSchema)
  .max(MAX_FIELDS, `Tối đa ${MAX_FIELDS} trường đăng ký thêm`)
  .transform((fields): RegistrationField[] => {
    const taken = new Set<string>()
    return fields.map((f) => {
      const key = fieldKey(f.label, taken)
      taken.add(key)
      return { ...f, key }
    })
  })

/** Reads stored definitions; anything malformed (an old or hand-edited row) is dropped rather than crashing a page. */
export function readRegistrationFields(stored: unknown): RegistrationField[] {
  if (!Array.isArray(stored)) return []
  const out: RegistrationField[] = []
  for (const item of stored) {
    const parsed = registrationFieldSchema.safeParse(item)
    const key = (item as { key?: unknown } | null)?.key
    if (parsed.success && typeof key === 'string' && key) out.push({ ...parsed.data, key })
  }
  return out
}

export type FieldValues = Record<string, string>
export type FieldErrors = Record<string, string>

/**
 * Checks a participant's answers against the definitions. Unknown keys are
 * ignored (a tampered form adds nothing); values are NFC-trimmed strings.
 */
export function validateFieldValues(
  fields: readonly RegistrationField[],
  raw: Readonly<Record<string, unknown>>,
): { ok: true; values: FieldValues } | { ok: false; errors: FieldErrors } {
  const values: FieldValues = {}
  const errors: FieldErrors = {}
  for (const f of fields) {
    const given = raw[f.key]
    const value = typeof given === 'string' ? nfc(given).trim() : ''
    if (value === '') {
      if (f.required) errors[f.key] = `Vui lòng nhập “${f.label}”`
      continue
    }
    if (value.length > MAX_FIELD_VALUE_LENGTH) {
      errors[f.key] = `“${f.label}” dài quá ${MAX_FIELD_VALUE_LENGTH} ký tự`
      continue
    }
    if (f.type === 'number' && !/^-?\d+([.,]\d+)?$/.test(value)) {
      errors[f.key] = `“${f.label}” phải là một số`
      continue
    }
    if (f.type === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
      errors[f.key] = `“${f.label}” phải là một ngày hợp lệ`
      continue
    }
    if (f.type === 'select' && !f.options.includes(value)) {
      errors[f.key] = `Hãy chọn “${f.label}” trong danh sách`
      continue
    }
    values[f.key] = value
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values }
}
