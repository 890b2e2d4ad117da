import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database'
import { createOrganisation, createParticipant } from '../../../test/factories/contest-fixtures'
import { registrationFieldsSchema } from '~/core/contest/registration-fields'
import { createContest, setContestStatus, updateContest } from './contest.server'
import { registerForContest } from './registration.server'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t?.drop()
})

const now = new Date('2026-11-23T03:00:00Z')

async function contest(eligibility: { minAge?: number; unitIds: string[] }, publish = true) {
  const org = await createOrganisation(t.db)
  const fields = registrationFieldsSchema.parse([{ label: 'Khối lớp', type: 'select', required: true, options: ['10', '11', '12'] }])
  const input = { title: 'Cuộc thi đăng ký', slug: `dang-ky-${Math.random().toString(36).slice(2)}`, description: '', rulesText: '', bannerUrl: null, eligibility: { ...eligibility, unitIds: eligibility.unitIds.map((u) => (u === 'city' ? org.city.id : u === 'school' ? org.school.id : u)) }, registrationFields: fields }
  const c = await createContest(t.db, org.actor, input, { kind: 'keep' })
  if (!c.ok) throw new Error(c.message)
  if (publish) await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
  return { org, contestId: c.value.id, input }
}

describe('registering for a contest', () => {
  it('checks the custom fields, stores the answers once and ignores fields that were not asked', async () => {
    const { org, contestId } = await contest({ unitIds: [] })
    const user = await createParticipant(t.db, { unitId: org.ward.id })
    expect(await registerForContest(t.db, { contestId, userId: user.id, unitId: org.ward.id, fields: { 'khoi-lop': '13' }, now })).toEqual({
      ok: false,
      fieldErrors: { 'khoi-lop': 'Hãy chọn “Khối lớp” trong danh sách' },
    })
    const ok = await registerForContest(t.db, { contestId, userId: user.id, unitId: org.ward.id, fields: { 'khoi-lop': '11', 'vai-tro': 'admin' }, now })
    expect(ok.ok).toBe(true)
    const again = await registerForContest(t.db, { contestId, userId: user.id, unitId: org.school.id, fields: { 'khoi-lop': '12' }, now })
    expect(again).toEqual(ok)
    const rows = await t.db.registration.findMany({ where: { contestId } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ unitId: org.ward.id, customFields: { 'khoi-lop': '11' } })
  })

  it('enforces the age limit and the units (a unit admits those below it)', async () => {
    const { org, contestId } = await contest({ minAge: 14, unitIds: ['city'] })
    const young = await createParticipant(t.db, { dateOfBirth: '2013-01-01', unitId: org.ward.id })
    expect(await registerForContest(t.db, { contestId, userId: young.id, unitId: org.ward.id, fields: { 'khoi-lop': '10' }, now })).toEqual({
      ok: false,
      message: 'Cuộc thi dành cho người từ đủ 14 tuổi trở lên',
    })
    const adult = await createParticipant(t.db, { dateOfBirth: '1990-01-01', unitId: org.school.id })
    expect((await registerForContest(t.db, { contestId, userId: adult.id, unitId: org.school.id, fields: { 'khoi-lop': '10' }, now })).ok).toBe(true)
    const stranger = await createOrganisation(t.db)
    expect(await registerForContest(t.db, { contestId, userId: adult.id, unitId: stranger.ward.id, fields: { 'khoi-lop': '10' }, now })).toMatchObject({ ok: true })
    const other = await createParticipant(t.db, { dateOfBirth: '1990-01-01' })
    expect(await registerForContest(t.db, { contestId, userId: other.id, unitId: stranger.ward.id, fields: { 'khoi-lop': '10' }, now })).toEqual({
      ok: false,
      fieldErrors: { unitId: 'Đơn vị bạn chọn không thuộc phạm vi của cuộc thi' },
    })
    expect(await registerForContest(t.db, { contestId, userId: other.id, unitId: 'no-such-unit', fields: {}, now })).toMatchObject({ ok: false })
  })

  it('refuses a contest that is not published', async () => {
    const { org, contestId } = await contest({ unitIds: [] }, false)
    const user = await createParticipant(t.db, { unitId: org.ward.id })
    expect(await registerForContest(t.db, { contestId, userId: user.id, unitId: org.ward.id, fields: {}, now })).toEqual({ ok: false, message: 'Cuộc thi không tồn tại hoặc chưa mở đăng ký' })
  })
})

describe('editing a contest', () => {
  it('audits what changed, refuses a taken address and keeps a published contest’s address', async () => {
    const { org, contestId, input } = await contest({ unitIds: [] }, false)
    const edited = await updateContest(t.db, org.actor, contestId, { ...input, title: 'Tên mới của cuộc thi' }, { kind: 'keep' })
    expect(edited.ok).toBe(true)
    const log = await t.db.auditLog.findFirstOrThrow({ where: { entityId: contestId, action: 'contest.update' } })
    expect(log.data).toMatchObject({ changes: { title: { before: 'Cuộc thi đăng ký', after: 'Tên mới của cuộc thi' } } })
    expect(Object.keys((log.data as { changes: object }).changes)).toEqual(['title'])

    const second = await contest({ unitIds: [] }, false)
    expect(await createContest(t.db, second.org.actor, { ...second.input, slug: input.slug }, { kind: 'keep' })).toMatchObject({ ok: false, field: 'slug' })
    await setContestStatus(t.db, org.actor, contestId, 'PUBLISHED')
    expect(await updateContest(t.db, org.actor, contestId, { ...input, slug: 'dia-chi-khac' }, { kind: 'keep' })).toMatchObject({ ok: false, field: 'slug' })
    // Another organisation cannot touch it.
    expect(await updateContest(t.db, second.org.actor, contestId, input, { kind: 'keep' })).toEqual({ ok: false, message: 'Không tìm thấy cuộc thi' })
  })
})
