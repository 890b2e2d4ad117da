import { descendantIds } from '~/core/units/unit-tree'
import type { Eligibility } from '~/core/contest/eligibility'
import type { RegistrationField } from '~/core/contest/registration-fields'
import { slugify } from '~/core/contest/slug'
import type { Prisma } from '~/generated/prisma/client'
import { audit } from '~/models/audit.server'
import { Prisma as PrismaNs, type Db } from '~/utils/db.server'

export type Actor = { id: string; organisationId: string }
export type FieldResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string; field?: string }

export interface ContestInput {
  title: string
  slug: string
  description: string
  rulesText: string
  bannerUrl: string | null
  eligibility: Eligibility
  registrationFields: RegistrationField[]
}

export type BannerChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'upload'; bytes: Uint8Array; mime: string }

const isUniqueViolation = (e: unknown) => e instanceof PrismaNs.PrismaClientKnownRequestError && e.code === 'P2002'

export async function listOrganiserContests(db: Db, organisationId: string) {
  return db.contest.findMany({
    where: { organisationId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      createdAt: true,
      rounds: { select: { id: true, status: true, opensAt: true, closesAt: true }, orderBy: { position: 'asc' } },
      _count: { select: { registrations: true } },
    },
  })
}

/** A contest of the organiser's organisation, or null: another organisation's id reads as "not found". */
export async function findOrganiserContest(db: Db, organisationId: string, id: string) {
  return db.contest.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      rulesText: true,
      bannerUrl: true,
      bannerMime: true,
      status: true,
      eligibility: true,
      registrationFields: true,
      clonedFromId: true,
      createdAt: true,
      updatedAt: true,
      rounds: {
        orderBy: { position: 'asc' },
        select: { id: true, position: true, title: true, status: true, opensAt: true, closesAt: true, rules: true, publishedAt: true, finalisedAt: true, _count: { select: { attempts: true } } },
      },
      _count: { select: { registrations: true } },
    },
  })
}

async function checkUnits(db: Db, organisationId: string, unitIds: readonly string[]): Promise<FieldResult> {
  if (unitIds.length === 0) return { ok: true, value: undefined }
  const found = await db.unit.count({ where: { organisationId, id: { in: [...unitIds] } } })
  return found === new Set(unitIds).size
    ? { ok: true, value: undefined }
    : { ok: false, field: 'unitIds', message: 'Một số đơn vị đã chọn không thuộc ban tổ chức của bạn' }
}

function contestData(input: ContestInput) {
  return {
    title: input.title,
    slug: input.slug,
    description: input.description,
    rulesText: input.rulesText,
    bannerUrl: input.bannerUrl,
    eligibility: input.eligibility as unknown as Prisma.InputJsonValue,
    registrationFields: input.registrationFields as unknown as Prisma.InputJsonValue,
  }
}

function bannerData(banner: BannerChange) {
  if (banner.kind === 'upload') return { bannerImage: Buffer.from(banner.bytes), bannerMime: banner.mime }
  if (banner.kind === 'remove') return { bannerImage: null, bannerMime: null }
  return {}
}

const slugTaken = (): FieldResult<never> => ({ ok: false, field: 'slug', message: 'Đường dẫn này đã có cuộc thi khác dùng. Hãy chọn đường dẫn khác.' })

export async function createContest(db: Db, actor: Actor, input: ContestInput, banner: BannerChange): Promise<FieldResult<{ id: string }>> {
  const units = await checkUnits(db, actor.organisationId, input.eligibility.unitIds)
  if (!units.ok) return units
  try {
    const contest = await db.contest.create({
      data: { ...contestData(input), ...bannerData(banner), organisationId: actor.organisationId, createdById: actor.id },
      select: { id: true },
    })
    await audit(db, actor, 'contest.create', 'Contest', contest.id, { title: input.title, slug: input.slug, banner: banner.kind })
    return { ok: true, value: contest }
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken()
    throw e
  }
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order, so plain JSON.stringify would see changes that are not. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  )
}

/** Which fields changed, as before/after pairs for the audit trail. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { before: unknown; after: unknown }> = {}
  for (const key of Object.keys(after)) {
    if (stableJson(before[key] ?? null) !== stableJson(after[key] ?? null)) changes[key] = { before: before[key], after: after[key] }
  }
  return changes
}

export async function updateContest(db: Db, actor: Actor, id: string, input: ContestInput, banner: BannerChange): Promise<FieldResult> {
  const existing = await db.contest.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { title: true, slug: true, description: true, rulesText: true, bannerUrl: true, eligibility: true, registrationFields: true, status: true },
  })
  if (!existing) return { ok: false, message: 'Không tìm thấy cuộc thi' }
  if (existing.status !== 'DRAFT' && existing.slug !== input.slug) {
    // Links to a published contest are already shared: its address must not change.
    return { ok: false, field: 'slug', message: 'Không thể đổi đường dẫn của cuộc thi đã công bố' }
  }
  const units = await checkUnits(db, actor.organisationId, input.eligibility.unitIds)
  if (!units.ok) return units
  const data = contestData(input)
  try {
    await db.contest.update({ where: { id }, data: { ...data, ...bannerData(banner) } })
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken()
    throw e
  }
  const { status: _status, ...before } = existing
  await audit(db, actor, 'contest.update', 'Contest', id, { changes: diff(before, data), banner: banner.kind } as Prisma.InputJsonValue)
  return { ok: true, value: undefined }
}

export async function setContestStatus(db: Db, actor: Actor, id: string, status: 'PUBLISHED' | 'ARCHIVED' | 'DRAFT'): Promise<FieldResult> {
  const contest = await db.contest.findFirst({ where: { id, organisationId: actor.organisationId }, select: { status: true, _count: { select: { registrations: true } } } })
  if (!contest) return { ok: false, message: 'Không tìm thấy cuộc thi' }
  if (status === 'DRAFT' && contest._count.registrations > 0) {
    return { ok: false, message: 'Đã có người đăng ký dự thi: không thể đưa cuộc thi về bản nháp. Hãy lưu trữ nếu muốn dừng.' }
  }
  await db.contest.update({ where: { id }, data: { status } })
  await audit(db, actor, `contest.status`, 'Contest', id, { from: contest.status, to: status })
  return { ok: true, value: undefined }
}

/**
 * A copy to run again (next year, another unit): details, eligibility,
 * registration fields and every round's rules, all as drafts with nothing
 * pinned, so each round is checked against the bank again when published.
 */
export async function cloneContest(db: Db, actor: Actor, id: string): Promise<FieldResult<{ id: string }>> {
  const source = await db.contest.findFirst({
    where: { id, organisationId: actor.organisationId },
    include: { rounds: { orderBy: { position: 'asc' } } },
  })
  if (!source) return { ok: false, message: 'Không tìm thấy cuộc thi' }
  const base = slugify(`${source.slug}-ban-sao`, 54)
  const taken = new Set((await db.contest.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug))
  let slug = base
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`
  const clone = await db.$transaction(async (tx) => {
    const created = await tx.contest.create({
      data: {
        organisationId: actor.organisationId,
        slug,
        title: `${source.title} (bản sao)`,
        description: source.description,
        rulesText: source.rulesText,
        bannerUrl: source.bannerUrl,
        bannerImage: source.bannerImage,
        bannerMime: source.bannerMime,
        eligibility: source.eligibility as Prisma.InputJsonValue,
        registrationFields: source.registrationFields as Prisma.InputJsonValue,
        clonedFromId: source.id,
        createdById: actor.id,
      },
      select: { id: true },
    })
    for (const r of source.rounds) {
      await tx.round.create({
        data: { contestId: created.id, position: r.position, title: r.title, opensAt: r.opensAt, closesAt: r.closesAt, rules: r.rules as Prisma.InputJsonValue },
      })
    }
    await tx.auditLog.create({
      data: { organisationId: actor.organisationId, actorId: actor.id, action: 'contest.clone', entityType: 'Contest', entityId: created.id, data: { from: source.id, fromTitle: source.title, rounds: source.rounds.length } },
    })
    return created
  })
  return { ok: true, value: clone }
}

/** Every organiser change to the contest and its rounds, newest first. */
export async function contestAuditTrail(db: Db, organisationId: string, contestId: string, take = 200) {
  const rounds = await db.round.findMany({ where: { contestId, contest: { organisationId } }, select: { id: true, title: true } })
  const roundTitles = new Map(rounds.map((r) => [r.id, r.title]))
  const rows = await db.auditLog.findMany({
    where: {
      organisationId,
      OR: [{ entityType: 'Contest', entityId: contestId }, { entityType: 'Round', entityId: { in: [...roundTitles.keys()] } }],
    },
    orderBy: { at: 'desc' },
    take,
    select: { id: true, action: true, entityType: true, entityId: true, data: true, at: true, actor: { select: { fullName: true } } },
  })
  return rows.map((r) => ({ ...r, roundTitle: r.entityType === 'Round' ? (roundTitles.get(r.entityId) ?? null) : null }))
}

/** Units of the organisation as a select list, and the set a list of eligible units admits (each with everything below it). */
export async function organisationUnits(db: Db, organisationId: string) {
  return db.unit.findMany({ where: { organisationId }, select: { id: true, parentId: true, name: true, kind: true, headcount: true } })
}

export function admittedUnits(units: { id: string; parentId: string | null; name: string }[], roots: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const root of roots) {
    out.add(root)
    for (const id of descendantIds(units, root)) out.add(id)
  }
  return out
}
