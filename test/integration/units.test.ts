import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUnit, importUnits, mergeUnit, moveUnit, updateUnit } from '../../app/models/units.server'
import { unitNameKey } from '../../app/core/units/unit-tree'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

let t: TestDatabase
let actor: { id: string; organisationId: string }
let other: { id: string; organisationId: string }

async function unitId(name: string) {
  return (await t.db.unit.findFirstOrThrow({ where: { nameKey: unitNameKey(name) } })).id
}

beforeAll(async () => {
  t = await createTestDatabase()
  const org = await t.db.organisation.create({ data: { name: 'Sở Tư pháp', slug: 'stp' } })
  const org2 = await t.db.organisation.create({ data: { name: 'Khác', slug: 'khac' } })
  const user = await t.db.user.create({ data: { fullName: 'Tổ Chức', fullNameKey: 'to chuc', passwordHash: 'x', roles: ['ORGANISER'], organisationId: org.id } })
  actor = { id: user.id, organisationId: org.id }
  other = { id: user.id, organisationId: org2.id }
})
afterAll(() => t.drop())

describe('unit tree', () => {
  it('creates, refuses a duplicate name at the same level (also at the top), and allows it elsewhere', async () => {
    expect(await createUnit(t.db, actor, { name: 'Hà Nội', parentId: null, kind: 'CITY', headcount: null })).toEqual({ ok: true })
    expect(await createUnit(t.db, actor, { name: 'HÀ NỘI', parentId: null, kind: 'CITY', headcount: null })).toMatchObject({ ok: false, field: 'name' })
    const city = await unitId('Hà Nội')
    expect(await createUnit(t.db, actor, { name: 'Phường A', parentId: city, kind: 'WARD', headcount: 100 })).toEqual({ ok: true })
    expect(await createUnit(t.db, actor, { name: 'Phường B', parentId: city, kind: 'WARD', headcount: 50 })).toEqual({ ok: true })
    expect(await createUnit(t.db, actor, { name: 'phường a', parentId: city, kind: 'WARD', headcount: null })).toMatchObject({ ok: false })
    expect(await createUnit(t.db, actor, { name: 'Tổ 1', parentId: await unitId('Phường A'), kind: 'UNIT', headcount: null })).toEqual({ ok: true })
    expect(await createUnit(t.db, actor, { name: 'Tổ 2', parentId: await unitId('Phường B'), kind: 'UNIT', headcount: null })).toEqual({ ok: true })
  })

  it('never lets an organiser touch another organisation’s units', async () => {
    const ward = await unitId('Phường A')
    expect(await updateUnit(t.db, other, ward, { name: 'Bị đổi', kind: 'WARD', headcount: null })).toMatchObject({ ok: false })
    expect(await createUnit(t.db, other, { name: 'X', parentId: ward, kind: 'UNIT', headcount: null })).toMatchObject({ ok: false, field: 'parentId' })
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: ward } })).name).toBe('Phường A')
  })

  it('refuses to move a unit under its own descendant', async () => {
    const result = await moveUnit(t.db, actor, await unitId('Hà Nội'), await unitId('Tổ 1'))
    expect(result).toMatchObject({ ok: false, field: 'parentId' })
  })

  it('merges: people, registrations and children move, headcounts add up, the source disappears, in one step', async () => {
    const a = await unitId('Phường A')
    const b = await unitId('Phường B')
    const person = await t.db.user.create({ data: { fullName: 'Dân B', fullNameKey: 'dan b', passwordHash: 'x', unitId: b } })
    const contest = await t.db.contest.create({
      data: { organisationId: actor.organisationId, slug: 'chi-b', title: 'Chỉ cho phường B', eligibility: { unitIds: [b, a], minAge: 16 } },
    })
    expect(await mergeUnit(t.db, actor, b, a)).toEqual({ ok: true })
    expect(await t.db.unit.findUnique({ where: { id: b } })).toBeNull()
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBe(a)
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: a } })).headcount).toBe(150)
    expect((await t.db.unit.findFirstOrThrow({ where: { name: 'Tổ 2' } })).parentId).toBe(a)
    expect(await t.db.auditLog.count({ where: { action: 'unit.merge' } })).toBe(1)
    expect((await t.db.contest.findUniqueOrThrow({ where: { id: contest.id } })).eligibility).toEqual({ unitIds: [a], minAge: 16 })
  })

  it('imports all rows or none', async () => {
    const ok = await importUnits(t.db, actor, [
      { row: 2, name: 'Phường C', parentName: 'Hà Nội', headcount: 10, kind: 'WARD' },
      { row: 3, name: 'Tổ C1', parentName: 'Phường C', headcount: null, kind: 'UNIT' },
    ])
    expect(ok).toEqual({ ok: true, created: 2 })
    const before = await t.db.unit.count()
    const bad = await importUnits(t.db, actor, [
      { row: 2, name: 'Phường D', parentName: 'Hà Nội', headcount: null, kind: 'WARD' },
      { row: 3, name: 'Tổ D1', parentName: 'Không tồn tại', headcount: null, kind: 'UNIT' },
    ])
    expect(bad).toEqual({ ok: false, message: 'Dòng 3: không tìm thấy đơn vị cấp trên "Không tồn tại"' })
    expect(await t.db.unit.count()).toBe(before)
  })
})
