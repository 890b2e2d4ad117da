import { REVOKE_REASON_MAX, readStoredCertificateData } from '~/core/certificates/stored-data'
import { nfc } from '~/core/text/normalize'
import type { Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'
import { audit } from '../audit.server'
import type { Actor } from './templates.server'

/** Issued certificates: lists, revoking, and the lookups behind downloads and verification. */

export const CERTIFICATES_PAGE_SIZE = 50

export interface CertificateListFilter {
  roundId?: string | null
  liveSessionId?: string | null
  q?: string | null
  page?: number
}

function listWhere(templateId: string, organisationId: string, filter: CertificateListFilter): Prisma.CertificateWhereInput {
  const q = filter.q ? nfc(filter.q).trim() : ''
  return {
    templateId,
    contest: { organisationId },
    ...(filter.roundId ? { roundId: filter.roundId } : {}),
    ...(filter.liveSessionId ? { liveSessionId: filter.liveSessionId } : {}),
    ...(q
      ? {
          OR: [
            { holderName: { contains: q, mode: 'insensitive' } },
            { serial: { contains: q.toUpperCase() } },
            { unitName: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
  }
}

export async function listTemplateCertificates(db: Db, organisationId: string, templateId: string, filter: CertificateListFilter) {
  const where = listWhere(templateId, organisationId, filter)
  const page = Math.max(1, Math.floor(filter.page ?? 1))
  const [total, rows] = await Promise.all([
    db.certificate.count({ where }),
    db.certificate.findMany({
      where,
      // Newest batch first; within a batch (one issue date) by name, for finding someone.
      orderBy: [{ issuedAt: 'desc' }, { holderName: 'asc' }, { serial: 'asc' }],
      skip: (page - 1) * CERTIFICATES_PAGE_SIZE,
      take: CERTIFICATES_PAGE_SIZE,
      select: {
        id: true,
        serial: true,
        holderName: true,
        unitName: true,
        data: true,
        issuedAt: true,
        revokedAt: true,
        revokedReason: true,
        round: { select: { title: true } },
        liveSession: { select: { title: true } },
      },
    }),
  ])
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / CERTIFICATES_PAGE_SIZE)),
    certificates: rows.map(({ data, round, liveSession, ...c }) => {
      const stored = readStoredCertificateData(data)
      return {
        ...c,
        target: round?.title ?? liveSession?.title ?? stored.roundTitle ?? '',
        rank: stored.rank ?? null,
        prizeLabel: stored.prizeLabel ?? null,
        score: stored.score ?? null,
        maxScore: stored.maxScore ?? null,
        reason: stored.reason,
      }
    }),
  }
}

/** Per round or live session of this template: how many issued, how many revoked. */
export async function templateIssueSummary(db: Db, templateId: string) {
  const groups = await db.certificate.groupBy({
    by: ['roundId', 'liveSessionId'],
    where: { templateId },
    _count: { _all: true },
  })
  const revoked = await db.certificate.groupBy({
    by: ['roundId', 'liveSessionId'],
    where: { templateId, revokedAt: { not: null } },
    _count: { _all: true },
  })
  const key = (g: { roundId: string | null; liveSessionId: string | null }) => `${g.roundId ?? ''}|${g.liveSessionId ?? ''}`
  const revokedBy = new Map(revoked.map((g) => [key(g), g._count._all]))
  return groups.map((g) => ({ roundId: g.roundId, liveSessionId: g.liveSessionId, issued: g._count._all, revoked: revokedBy.get(key(g)) ?? 0 }))
}

export async function revokeCertificate(
  db: Db,
  actor: Actor,
  certificateId: string,
  reasonInput: string,
): Promise<{ ok: true } | { ok: false; message: string; field?: string }> {
  const reason = nfc(reasonInput).replace(/\s+/g, ' ').trim()
  if (!reason) return { ok: false, field: 'reason', message: 'Nhập lý do thu hồi: lý do sẽ hiện trên trang xác minh.' }
  if (reason.length > REVOKE_REASON_MAX) return { ok: false, field: 'reason', message: `Lý do dài quá ${REVOKE_REASON_MAX} ký tự.` }
  // Scoped and guarded in one statement: another organisation's certificate, or one already revoked, is untouched.
  const { count } = await db.certificate.updateMany({
    where: { id: certificateId, contest: { organisationId: actor.organisationId }, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  })
  if (count === 0) {
    const exists = await db.certificate.findFirst({ where: { id: certificateId, contest: { organisationId: actor.organisationId } }, select: { revokedAt: true } })
    return { ok: false, message: exists ? 'Giấy chứng nhận này đã bị thu hồi trước đó.' : 'Không tìm thấy giấy chứng nhận.' }
  }
  await audit(db, actor, 'certificate.revoke', 'Certificate', certificateId, { reason })
  return { ok: true }
}

const downloadSelect = { id: true, serial: true, templateId: true, holderName: true, data: true, revokedAt: true } as const

/** A certificate of the organiser's organisation, for downloading its PDF. */
export async function findCertificateForOrganiser(db: Db, organisationId: string, certificateId: string) {
  return db.certificate.findFirst({ where: { id: certificateId, contest: { organisationId } }, select: downloadSelect })
}

/** The participant's own certificate, or null: someone else's looks exactly like one that does not exist. */
export async function findOwnCertificate(db: Db, userId: string, certificateId: string) {
  return db.certificate.findFirst({ where: { id: certificateId, userId }, select: downloadSelect })
}

export async function listOwnCertificates(db: Db, userId: string) {
  const rows = await db.certificate.findMany({
    where: { userId },
    orderBy: { issuedAt: 'desc' },
    select: {
      id: true,
      serial: true,
      data: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
      contest: { select: { title: true } },
    },
  })
  return rows.map(({ data, contest, ...c }) => {
    const stored = readStoredCertificateData(data)
    return {
      ...c,
      contestTitle: contest.title,
      roundTitle: stored.roundTitle ?? null,
      prizeLabel: stored.prizeLabel ?? null,
      score: stored.score ?? null,
      maxScore: stored.maxScore ?? null,
      rank: stored.rank ?? null,
    }
  })
}

/** The participant's valid certificates for one round, for the round's results page. */
export async function listOwnRoundCertificates(db: Db, userId: string, roundId: string) {
  return db.certificate.findMany({ where: { userId, roundId, revokedAt: null }, orderBy: { issuedAt: 'asc' }, select: { id: true } })
}

/** What the public verification page shows for a serial; null when no such certificate exists. */
export async function findCertificateBySerial(db: Db, serial: string) {
  const row = await db.certificate.findUnique({
    where: { serial },
    select: {
      serial: true,
      data: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
      contest: { select: { title: true, organisation: { select: { name: true } } } },
    },
  })
  if (!row) return null
  const stored = readStoredCertificateData(row.data)
  return {
    serial: row.serial,
    holderName: stored.holderName,
    unitName: stored.unitName ?? null,
    contestTitle: stored.contestTitle,
    roundTitle: stored.roundTitle ?? null,
    score: stored.score ?? null,
    maxScore: stored.maxScore ?? null,
    rank: stored.rank ?? null,
    prizeLabel: stored.prizeLabel ?? null,
    organisationName: row.contest.organisation.name,
    issuedAt: row.issuedAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  }
}
