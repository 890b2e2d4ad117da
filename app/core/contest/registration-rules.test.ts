import { describe, expect, it } from 'vitest'
import { findDuplicateIdentities } from './duplicate-identities'
import { ageOn, checkEligibility } from './eligibility'
import { fieldKey, readRegistrationFields, registrationFieldsSchema, validateFieldValues } from './registration-fields'
import { roundPhase } from './round-phase'
import { slugify } from './slug'

describe('registration fields', () => {
  const fields = registrationFieldsSchema.parse([
    { label: 'Mã số sinh viên', type: 'text', required: true },
    { label: 'Khối lớp', type: 'select', options: ['10', '11', '12'] },
    { label: 'Số năm công tác', type: 'number' },
    { label: 'Mã số sinh viên', type: 'text' },
  ])

  it('gives every field a stable, unique key', () => {
    expect(fields.map((f) => f.key)).toEqual(['ma-so-sinh-vien', 'khoi-lop', 'so-nam-cong-tac', 'ma-so-sinh-vien-2'])
    expect(fieldKey('Số CCCD', new Set())).toBe('so-cccd')
    expect(readRegistrationFields(JSON.parse(JSON.stringify(fields)))).toEqual(fields)
    expect(readRegistrationFields([{ nonsense: true }, 'x'])).toEqual([])
  })

  it('refuses a select field without choices', () => {
    expect(registrationFieldsSchema.safeParse([{ label: 'Lớp', type: 'select', options: ['A'] }]).success).toBe(false)
  })

  it('checks values against the definitions and ignores keys it does not know', () => {
    expect(validateFieldValues(fields, { 'ma-so-sinh-vien': ' SV01 ', 'khoi-lop': '11', 'so-nam-cong-tac': '3', injected: 'x' })).toEqual({
      ok: true,
      values: { 'ma-so-sinh-vien': 'SV01', 'khoi-lop': '11', 'so-nam-cong-tac': '3' },
    })
    const bad = validateFieldValues(fields, { 'khoi-lop': '13', 'so-nam-cong-tac': 'ba' })
    expect(bad).toEqual({
      ok: false,
      errors: {
        'ma-so-sinh-vien': 'Vui lòng nhập “Mã số sinh viên”',
        'khoi-lop': 'Hãy chọn “Khối lớp” trong danh sách',
        'so-nam-cong-tac': '“Số năm công tác” phải là một số',
      },
    })
  })
})

describe('eligibility', () => {
  const dob = new Date('2012-11-24T00:00:00Z')
  it('counts whole years in Vietnam calendar days', () => {
    // 23:30 on 23/11 UTC is already 24/11 in Hà Nội: the 14th birthday.
    expect(ageOn(dob, new Date('2026-11-23T16:00:00Z'))).toBe(13)
    expect(ageOn(dob, new Date('2026-11-23T17:30:00Z'))).toBe(14)
  })

  it('checks age and unit', () => {
    const now = new Date('2026-11-23T03:00:00Z')
    const admitted = new Set(['ward-1', 'school-1'])
    expect(checkEligibility({ minAge: 14, unitIds: [] }, { dateOfBirth: dob, unitId: null }, null, now)).toMatchObject({ ok: false, field: 'dateOfBirth' })
    expect(checkEligibility({ minAge: 13, maxAge: 13, unitIds: [] }, { dateOfBirth: dob, unitId: null }, null, now)).toEqual({ ok: true })
    expect(checkEligibility({ minAge: 14, unitIds: [] }, { dateOfBirth: null, unitId: null }, null, now)).toMatchObject({ ok: false, message: expect.stringContaining('ngày sinh') })
    expect(checkEligibility({ unitIds: ['ward-1'] }, { dateOfBirth: null, unitId: 'school-1' }, admitted, now)).toEqual({ ok: true })
    expect(checkEligibility({ unitIds: ['ward-1'] }, { dateOfBirth: null, unitId: 'elsewhere' }, admitted, now)).toMatchObject({ ok: false, field: 'unitId' })
  })
})

describe('duplicate identities', () => {
  it('groups different accounts with the same folded name, date of birth and unit', () => {
    const groups = findDuplicateIdentities([
      { registrationId: 'r1', userId: 'u1', fullName: 'Nguyễn Văn Đức', dateOfBirth: '2000-01-02', unitId: 'w1' },
      { registrationId: 'r2', userId: 'u2', fullName: 'nguyen van duc', dateOfBirth: '2000-01-02T00:00:00.000Z', unitId: 'w1' },
      { registrationId: 'r3', userId: 'u3', fullName: 'Nguyễn Văn Đức', dateOfBirth: '2000-01-02', unitId: 'w2' },
      { registrationId: 'r4', userId: 'u4', fullName: 'Nguyễn Văn Đức', dateOfBirth: null, unitId: 'w1' },
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0].members.map((m) => m.userId)).toEqual(['u1', 'u2'])
  })
})

describe('round phase and slugs', () => {
  const round = { status: 'PUBLISHED' as const, opensAt: 1000, closesAt: 2000 }
  it('follows the clock for published rounds', () => {
    expect(roundPhase(round, 999)).toBe('upcoming')
    expect(roundPhase(round, 1000)).toBe('open')
    expect(roundPhase(round, 2000)).toBe('closed')
    expect(roundPhase({ ...round, status: 'DRAFT' }, 1500)).toBe('draft')
    expect(roundPhase({ ...round, status: 'FINALISED' }, 1500)).toBe('finalised')
  })
  it('makes ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW')).toBe('cuoc-thi-tim-hieu-nghi-quyet-66-nq-tw')
    expect(slugify('  !!! ')).toBe('cuoc-thi')
  })
})
