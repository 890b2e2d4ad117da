import { descendantIds, flattenTree, unitNameKey } from '~/core/units/unit-tree'
import type { UnitImportRow, UnitKindName } from '~/core/units/parse-unit-rows'
import { Prisma, type Db } from '~/utils/db.server'
import { audit } from './audit.server'

export type UnitResult = { ok: true } | { ok: false; message: string; field?: string }

/** Units for a registration select, across organisations, indented by depth. */
export async function listUnitsForSelect(db: Db) {
  const units = await db.unit.findMany({ select: { id: true, parentId: true, name: true } })
  return flattenTree(units).map((u) => ({ id: u.id, label: `${'\u2003'.repeat(u.depth)}${u.name}` }))
}

export async function listOrganisationUnits(db: Db, organisationId: string) {
  const units = await db.unit.findMany({
    where: { organisationId },
    select: { id: true, parentId: true, name: true, kind: true, headcount: true, _count: { select: { users: true } } },
  })
  return flattenTree(units).map(({ _count, ...u }) => ({ ...u, members: _count.users }))
}

const duplicateName = (name: string): UnitResult => ({
  ok: false,
  field: 'name',
  message: `Đã có đơn vị "${name}" ở cùng cấp. Hãy chọn tên khác.`,
})

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

async function assertParent(db: Db, organisationId: string, parentId: string | null): Promise<UnitResult> {
  if (!parentId) return { ok: true }
  const parent = await db.unit.findFirst({ where: { id: parentId, organisationId }, select: { id: true } })
  return parent ? { ok: true } : { ok: false, field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' }
}

export async function createUnit(
  db: Db,
  actor: { id: string; organisationId: string },
  input: { name: string; parentId: string | null; kind: UnitKindName; headcount: number | null },
): Promise<UnitResult> {
  const parentOk = await assertParent(db, actor.organisationId, input.parentId)
  if (!parentOk.ok) return parentOk
  // Postgres treats NULL parents as distinct in the unique index; check top-level names by hand.
  if (!input.parentId) {
    const clash = await db.unit.count({ where: { organisationId: actor.organisationId, parentId: null, nameKey: unitNameKey(input.name) } })
    if (clash) return duplicateName(input.name)
  }
  try {
    const unit = await db.unit.create({
      data: { organisationId: actor.organisationId, ...input, nameKey: unitNameKey(input.name) },
    })
    await audit(db, actor, 'unit.create', 'Unit', unit.id, input)
    return { ok: true }
  } catch (error) {
    if (isUniqueViolation(error)) return duplicateName(input.name)
    throw error
  }
}

export async function updateUnit(
  db: Db,
  actor: { id: string; organisationId: string },
  id: string,
  input: { name: string; kind: UnitKindName; headcount: number | null },
): Promise<UnitResult> {
  const unit = await db.unit.findFirst({ where: { id, organisationId: actor.organisationId } })
  if (!unit) return { ok: false, message: 'Không tìm thấy đơn vị' }
  if (!unit.parentId && unitNameKey(input.name) !== unit.nameKey) {
    const clash = await db.unit.count({ where: { organisationId: actor.organisationId, parentId: null, nameKey: unitNameKey(input.name) } })
    if (clash) return duplicateName(input.name)
  }
  try {
    await db.unit.update({ where: { id }, data: { ...input, nameKey: unitNameKey(input.name) } })
    await audit(db, actor, 'unit.update', 'Unit', id, { before: { name: unit.name, kind: unit.kind, headcount: unit.headcount }, after: input })
    return { ok: true }
  } catch (error) {
    if (isUniqueViolation(error)) return duplicateName(input.name)
    throw error
  }
}

export async function moveUnit(
  db: Db,
  actor: { id: string; organisationId: string },
  id: string,
  parentId: string | null,
): Promise<UnitResult> {
  const units = await db.unit.findMany({ where: { organisationId: actor.organisationId }, select: { id: true, parentId: true, name: true, nameKey: true } })
  const unit = units.find((u) => u.id === id)
  if (!unit) return { ok: false, message: 'Không tìm thấy đơn vị' }
  if (parentId === id || (parentId && descendantIds(units, id).has(parentId))) {
    return { ok: false, field: 'parentId', message: 'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó' }
  }
  if (parentId && !units.some((u) => u.id === parentId)) return { ok: false, field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' }
  if (units.some((u) => u.id !== id && u.parentId === parentId && u.nameKey === unit.nameKey)) return duplicateName(unit.name)
  await db.unit.update({ where: { id }, data: { parentId } })
  await audit(db, actor, 'unit.move', 'Unit', id, { from: unit.parentId, to: parentId })
  return { ok: true }
}

/** Everything attached to the source moves to the target; then the source is deleted. One transaction. */
export async function mergeUnit(
  db: Db,
  actor: { id: string; organisationId: string },
  sourceId: string,
  targetId: string,
): Promise<UnitResult> {
  if (sourceId === targetId) return { ok: false, field: 'targetId', message: 'Hãy chọn một đơn vị khác để gộp vào' }
  const units = await db.unit.findMany({ where: { organisationId: actor.organisationId }, select: { id: true, parentId: true, name: true, nameKey: true, headcount: true } })
  const source = units.find((u) => u.id === sourceId)
  const target = units.find((u) => u.id === targetId)
  if (!source || !target) return { ok: false, message: 'Không tìm thấy đơn vị' }
  if (descendantIds(units, sourceId).has(targetId)) {
    return { ok: false, field: 'targetId', message: 'Không thể gộp một đơn vị vào đơn vị cấp dưới của nó' }
  }
  const targetChildren = new Set(units.filter((u) => u.parentId === targetId).map((u) => u.nameKey))
  const clash = units.find((u) => u.parentId === sourceId && targetChildren.has(u.nameKey))
  if (clash) return { ok: false, message: `Cả hai đơn vị đều có đơn vị con tên "${clash.name}". Hãy đổi tên hoặc gộp đơn vị con trước.` }
  await db.$transaction(async (tx) => {
    await tx.user.updateMany({ where: { unitId: sourceId }, data: { unitId: targetId } })
    await tx.registration.updateMany({ where: { unitId: sourceId }, data: { unitId: targetId } })
    await tx.livePlayer.updateMany({ where: { unitId: sourceId }, data: { unitId: targetId } })
    await tx.unit.updateMany({ where: { parentId: sourceId }, data: { parentId: targetId } })
    if (source.headcount != null) {
      await tx.unit.update({ where: { id: targetId }, data: { headcount: (target.headcount ?? 0) + source.headcount } })
    }
    // Contests open only to listed units must now list the target instead of the merged unit.
    const restricted = await tx.contest.findMany({
      where: { organisationId: actor.organisationId, eligibility: { path: ['unitIds'], array_contains: [sourceId] } },
      select: { id: true, eligibility: true },
    })
    for (const contest of restricted) {
      const eligibility = contest.eligibility as { unitIds?: string[] }
      const unitIds = Array.from(new Set((eligibility.unitIds ?? []).map((id) => (id === sourceId ? targetId : id))))
      await tx.contest.update({ where: { id: contest.id }, data: { eligibility: { ...eligibility, unitIds } } })
    }
    await tx.unit.delete({ where: { id: sourceId } })
    await tx.auditLog.create({
      data: { organisationId: actor.organisationId, actorId: actor.id, action: 'unit.merge', entityType: 'Unit', entityId: targetId, data: { merged: { id: sourceId, name: source.name } } },
    })
  })
  return { ok: true }
}

/** Creates the previewed rows in one transaction: all or nothing. */
export async function importUnits(
  db: Db,
  actor: { id: string; organisationId: string },
  rows: UnitImportRow[],
): Promise<{ ok: true; created: number } | { ok: false; message: string }> {
  const existing = await db.unit.findMany({ where: { organisationId: actor.organisationId }, select: { id: true, nameKey: true, parentId: true } })
  const byName = new Map<string, string[]>()
  for (const u of existing) byName.set(u.nameKey, [...(byName.get(u.nameKey) ?? []), u.id])
  for (const r of rows) {
    if (r.parentName && (byName.get(unitNameKey(r.parentName))?.length ?? 0) > 1) {
      return { ok: false, message: `Dòng ${r.row}: có nhiều đơn vị tên "${r.parentName}", không xác định được đơn vị cấp trên` }
    }
    const sameName = existing.find((u) => u.nameKey === unitNameKey(r.name))
    if (sameName) return { ok: false, message: `Dòng ${r.row}: đơn vị "${r.name}" đã có trong hệ thống` }
  }
  try {
    const created = await db.$transaction(async (tx) => {
      const ids = new Map<string, string>(existing.map((u) => [u.nameKey, u.id]))
      for (const r of rows) {
        const parentId = r.parentName ? ids.get(unitNameKey(r.parentName)) : null
        if (r.parentName && !parentId) throw new ImportError(`Dòng ${r.row}: không tìm thấy đơn vị cấp trên "${r.parentName}"`)
        const unit = await tx.unit.create({
          data: { organisationId: actor.organisationId, name: r.name, nameKey: unitNameKey(r.name), parentId: parentId ?? null, headcount: r.headcount, kind: r.kind },
          select: { id: true },
        })
        ids.set(unitNameKey(r.name), unit.id)
      }
      await tx.auditLog.create({
        data: { organisationId: actor.organisationId, actorId: actor.id, action: 'unit.import', entityType: 'Organisation', entityId: actor.organisationId, data: { count: rows.length } },
      })
      return rows.length
    }, { timeout: 120_000 })
    return { ok: true, created }
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, message: error.message }
    if (isUniqueViolation(error)) return { ok: false, message: 'Một số đơn vị trùng tên ở cùng cấp; không có đơn vị nào được nhập' }
    throw error
  }
}

class ImportError extends Error {}
