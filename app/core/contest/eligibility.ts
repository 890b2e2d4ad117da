import { z } from 'zod'

/**
 * Who may enter (C1): an age range ("từ đủ 14 tuổi trở lên") and, for local
 * contests, the units whose members may take part (a unit admits everyone in
 * the units below it).
 */

export const eligibilitySchema = z
  .object({
    minAge: z.number().int('Tuổi tối thiểu phải là số nguyên').min(0).max(120, 'Tuổi tối thiểu không hợp lệ').optional(),
    maxAge: z.number().int('Tuổi tối đa phải là số nguyên').min(0).max(120, 'Tuổi tối đa không hợp lệ').optional(),
    unitIds: z.array(z.string().min(1)).max(500).default([]),
  })
  .refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    path: ['maxAge'],
    message: 'Tuổi tối đa phải lớn hơn hoặc bằng tuổi tối thiểu',
  })

export type Eligibility = z.output<typeof eligibilitySchema>

export function readEligibility(stored: unknown): Eligibility {
  const parsed = eligibilitySchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : { unitIds: [] }
}

/**
 * Age in whole years on `on` ("đủ 14 tuổi"): the birthday must have been
 * reached. Dates of birth are calendar dates (stored at 00:00 UTC); `on` is
 * read as a Vietnam calendar date.
 */
export function ageOn(dateOfBirth: Date, on: Date): number {
  const vn = new Date(on.getTime() + 7 * 3600_000)
  const y = vn.getUTCFullYear()
  const m = vn.getUTCMonth()
  const d = vn.getUTCDate()
  let age = y - dateOfBirth.getUTCFullYear()
  if (m < dateOfBirth.getUTCMonth() || (m === dateOfBirth.getUTCMonth() && d < dateOfBirth.getUTCDate())) age--
  return age
}

export type EligibilityCheck = { ok: true } | { ok: false; field: 'dateOfBirth' | 'unitId'; message: string }

export function checkEligibility(
  rules: Eligibility,
  person: { dateOfBirth: Date | null; unitId: string | null },
  /** Every unit id a unit in rules.unitIds admits (itself and below); computed by the caller from the unit tree. */
  admittedUnitIds: ReadonlySet<string> | null,
  now: Date,
): EligibilityCheck {
  if (rules.minAge !== undefined || rules.maxAge !== undefined) {
    if (!person.dateOfBirth) {
      return { ok: false, field: 'dateOfBirth', message: 'Cuộc thi giới hạn độ tuổi: hãy cập nhật ngày sinh trong tài khoản trước khi đăng ký' }
    }
    const age = ageOn(person.dateOfBirth, now)
    if (rules.minAge !== undefined && age < rules.minAge) {
      return { ok: false, field: 'dateOfBirth', message: `Cuộc thi dành cho người từ đủ ${rules.minAge} tuổi trở lên` }
    }
    if (rules.maxAge !== undefined && age > rules.maxAge) {
      return { ok: false, field: 'dateOfBirth', message: `Cuộc thi dành cho người không quá ${rules.maxAge} tuổi` }
    }
  }
  if (rules.unitIds.length > 0) {
    if (!person.unitId || !admittedUnitIds?.has(person.unitId)) {
      return { ok: false, field: 'unitId', message: 'Đơn vị bạn chọn không thuộc phạm vi của cuộc thi' }
    }
  }
  return { ok: true }
}
