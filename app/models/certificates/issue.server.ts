import {
  type CertificateRules,
  PODIUM_LABELS_VI,
  PRIZE_LABELS_VI,
  type PrizeKind,
  type RoundResultForCertificate,
  liveIssueKey,
  readCertificateRules,
  roundIssueKey,
  selectLivePodium,
  selectRoundRecipients,
} from '~/core/certificates/rules'
import { storedCertificateData, storedCertificateJson } from '~/core/certificates/stored-data'
import { certificateRuleSchema } from '~/core/contest/round-rules'
import type { RoundStatus } from '~/generated/prisma/client'
import { generateSerial } from '~/utils/certificates/verification-code.server'
import type { Db } from '~/utils/db.server'
import { audit } from '../audit.server'
import type { Actor } from './templates.server'

/**
 * Issuing: who gets a certificate (app/core/certificates/rules.ts) and the
 * rows that record it. Idempotent by Certificate.issueKey (template + round or
 * live session + holder): issuing again inserts only the missing ones and
 * never touches a certificate already issued, revoked or not.
 */

export type IssueResult<T = object> = ({ ok: true } & T) | { ok: false; message: string }

/** The transaction client Prisma hands to $transaction callbacks. */
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

const ROUND_STATUS_VI: Record<RoundStatus, string> = {
  DRAFT: 'đang soạn',
  PUBLISHED: 'đang mở hoặc chờ chốt kết quả',
  FINALISED: 'đã chốt kết quả',
}

export function roundNotFinalisedMessage(round: { title: string; status: RoundStatus }): string {
  return `Vòng thi “${round.title}” chưa chốt kết quả (${ROUND_STATUS_VI[round.status]}), nên chưa cấp giấy chứng nhận được. Hãy cấp sau khi vòng thi đã đóng và kết quả đã được chốt.`
}

/**
 * What a round's own rules (set on the contest pages) promise about
 * certificates, e.g. "prize winners and everyone from 80 %", or null when
 * they say nothing. Shown beside the template's rules so the two agree.
 */
export function declaredCertificateRule(roundRules: unknown): { prizeWinners: boolean; minScorePercent: number | null } | null {
  const declared = certificateRuleSchema.safeParse((roundRules as { certificate?: unknown } | null)?.certificate)
  return declared.success ? { prizeWinners: declared.data.prizeWinners, minScorePercent: declared.data.minScorePercent ?? null } : null
}

export interface RoundRecipientRow extends RoundResultForCertificate {
  fullName: string
  unitName: string | null
}

/**
 * One page of a finalised round's results, by rank after `afterRank`, with
 * each participant's best finished attempt and the unit they registered
 * with (their profile's unit if they registered without one).
 */
export async function roundResultsPage(db: Db | Tx, roundId: string, afterRank: number, limit: number): Promise<RoundRecipientRow[]> {
  const rows = await db.$queryRaw<
    { userId: string; rank: number; prize: string | null; fullName: string; unitName: string | null; bestScore: number; maxScore: number }[]
  >`
    SELECT rr."userId", rr."rank", rr."prize"::text AS "prize", u."fullName",
           COALESCE(ru."name", uu."name") AS "unitName",
           COALESCE(best."score", rr."score") AS "bestScore",
           COALESCE(best."maxScore", ra."maxScore") AS "maxScore"
    FROM "RoundResult" rr
    JOIN "Round" r ON r."id" = rr."roundId"
    JOIN "User" u ON u."id" = rr."userId"
    JOIN "Attempt" ra ON ra."id" = rr."attemptId"
    LEFT JOIN "Registration" reg ON reg."contestId" = r."contestId" AND reg."userId" = rr."userId"
    LEFT JOIN "Unit" ru ON ru."id" = reg."unitId"
    LEFT JOIN "Unit" uu ON uu."id" = u."unitId"
    LEFT JOIN LATERAL (
      SELECT a."score", a."maxScore" FROM "Attempt" a
      WHERE a."roundId" = rr."roundId" AND a."userId" = rr."userId"
        AND a."status" <> 'OPEN' AND a."score" IS NOT NULL AND a."maxScore" > 0
      ORDER BY a."score"::float8 / a."maxScore" DESC, a."score" DESC
      LIMIT 1
    ) best ON true
    WHERE rr."roundId" = ${roundId} AND rr."rank" > ${afterRank}
    ORDER BY rr."rank"
    LIMIT ${limit}`
  return rows.map((r) => ({ ...r, prize: (r.prize as PrizeKind | null) ?? null, bestScore: Number(r.bestScore), maxScore: Number(r.maxScore) }))
}

/** Pages of recipients (already filtered by the rules), each tagged with how many results were read so far. */
export async function* roundRecipientPages(
  db: Db,
  roundId: string,
  rules: CertificateRules,
  pageSize: number,
): AsyncGenerator<(RoundRecipientRow & { reason: 'prize' | 'threshold' })[]> {
  let afterRank = 0
  for (;;) {
    const page = await roundResultsPage(db, roundId, afterRank, pageSize)
    if (page.length === 0) return
    afterRank = page[page.length - 1].rank
    const recipients = selectRoundRecipients(page, rules)
    if (recipients.length > 0) yield recipients
    if (page.length < pageSize) return
  }
}

export async function countRoundRecipients(db: Db, roundId: string, rules: CertificateRules, pageSize = 2000): Promise<number> {
  let total = 0
  for await (const page of roundRecipientPages(db, roundId, rules, pageSize)) total += page.length
  return total
}

export interface RoundIssueContext {
  templateId: string
  contestId: string
  contestTitle: string
  roundId: string
  roundTitle: string
}

/** Inserts the certificates of these recipients that do not exist yet; returns how many were new. */
export async function issueRoundCertificates(
  db: Db | Tx,
  context: RoundIssueContext,
  recipients: readonly (RoundRecipientRow & { reason: 'prize' | 'threshold' })[],
  issuedAt = new Date(),
): Promise<number> {
  if (recipients.length === 0) return 0
  const rows = recipients.map((r) => {
    const data = storedCertificateData({
      holderName: r.fullName,
      unitName: r.unitName ?? undefined,
      contestTitle: context.contestTitle,
      roundTitle: context.roundTitle,
      score: r.bestScore,
      maxScore: r.maxScore > 0 ? r.maxScore : undefined,
      rank: r.rank,
      prizeLabel: r.prize ? PRIZE_LABELS_VI[r.prize] : undefined,
      issuedAt,
      reason: r.reason,
    })
    return {
      serial: generateSerial(),
      issueKey: roundIssueKey(context.templateId, context.roundId, r.userId),
      templateId: context.templateId,
      contestId: context.contestId,
      roundId: context.roundId,
      userId: r.userId,
      holderName: data.holderName,
      unitName: data.unitName ?? null,
      data: storedCertificateJson(data),
      issuedAt,
    }
  })
  // ON CONFLICT DO NOTHING: an existing issueKey keeps its certificate unchanged.
  const { count } = await db.certificate.createMany({ data: rows, skipDuplicates: true })
  return count
}

/** Loads what a job needs about its template and round, scoped to nothing: the job was checked when queued. */
export async function loadRoundIssueContext(db: Db, templateId: string, roundId: string) {
  const template = await db.certificateTemplate.findUniqueOrThrow({
    where: { id: templateId },
    select: { id: true, rules: true, contest: { select: { id: true, title: true } } },
  })
  const round = await db.round.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, title: true, status: true, contestId: true } })
  const context: RoundIssueContext = {
    templateId: template.id,
    contestId: template.contest.id,
    contestTitle: template.contest.title,
    roundId: round.id,
    roundTitle: round.title,
  }
  return { context, rules: readCertificateRules(template.rules), round }
}

async function templateInOrganisation(db: Db, organisationId: string, templateId: string) {
  const template = await db.certificateTemplate.findFirst({
    where: { id: templateId, contest: { organisationId } },
    select: { id: true, contestId: true, rules: true, contest: { select: { title: true } } },
  })
  return template ? { ...template, rules: readCertificateRules(template.rules) } : null
}

const NO_ROUND_RULE =
  'Quy tắc của mẫu này không cấp cho người dự thi theo vòng. Hãy bật “Người đạt giải” hoặc đặt “Ngưỡng điểm” trong phần Đối tượng được cấp.'

/**
 * Queues bulk issuing for a round (the job runner does the work in the
 * background). Refused for a round whose results are not frozen yet. If a
 * job for this template and round is already waiting or running, that one
 * is returned instead of a second.
 */
export async function requestRoundIssue(
  db: Db,
  actor: Actor,
  templateId: string,
  roundId: string,
): Promise<IssueResult<{ jobId: string; alreadyQueued: boolean }>> {
  const template = await templateInOrganisation(db, actor.organisationId, templateId)
  if (!template) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  const round = await db.round.findFirst({ where: { id: roundId, contestId: template.contestId }, select: { id: true, title: true, status: true } })
  if (!round) return { ok: false, message: 'Vòng thi này không thuộc cuộc thi của mẫu giấy chứng nhận.' }
  if (round.status !== 'FINALISED') return { ok: false, message: roundNotFinalisedMessage(round) }
  if (!template.rules.prizeWinners && template.rules.minScorePercent === null) return { ok: false, message: NO_ROUND_RULE }
  const active = await db.certificateJob.findFirst({
    where: { templateId, roundId, status: { in: ['QUEUED', 'RUNNING'] } },
    select: { id: true },
  })
  if (active) return { ok: true, jobId: active.id, alreadyQueued: true }
  const job = await db.certificateJob.create({ data: { templateId, roundId, createdById: actor.id } })
  await audit(db, actor, 'certificate.issue_round', 'CertificateJob', job.id, { templateId, roundId })
  return { ok: true, jobId: job.id, alreadyQueued: false }
}

/** "Prize winners of the contest": one job per finalised round; rounds still open are named, not issued. */
export async function requestContestIssue(
  db: Db,
  actor: Actor,
  templateId: string,
): Promise<IssueResult<{ queued: string[]; skipped: string[] }>> {
  const template = await templateInOrganisation(db, actor.organisationId, templateId)
  if (!template) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  if (!template.rules.prizeWinners && template.rules.minScorePercent === null) return { ok: false, message: NO_ROUND_RULE }
  const rounds = await db.round.findMany({ where: { contestId: template.contestId }, orderBy: { position: 'asc' }, select: { id: true, title: true, status: true } })
  const finalised = rounds.filter((r) => r.status === 'FINALISED')
  if (finalised.length === 0) {
    return { ok: false, message: 'Cuộc thi chưa có vòng thi nào đã chốt kết quả, nên chưa cấp giấy chứng nhận được.' }
  }
  const queued: string[] = []
  for (const round of finalised) {
    const result = await requestRoundIssue(db, actor, templateId, round.id)
    if (result.ok) queued.push(round.title)
  }
  return { ok: true, queued, skipped: rounds.filter((r) => r.status !== 'FINALISED').map((r) => r.title) }
}

/**
 * Podium finishers of an ended live event of the organisation: a handful of
 * certificates, issued at once (no job needed).
 */
export async function issueLivePodium(
  db: Db,
  actor: Actor,
  templateId: string,
  liveSessionId: string,
  issuedAt = new Date(),
): Promise<IssueResult<{ created: number; total: number }>> {
  const template = await templateInOrganisation(db, actor.organisationId, templateId)
  if (!template) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  if (!template.rules.livePodium) {
    return { ok: false, message: 'Quy tắc của mẫu này chưa bật “Tốp 3 sự kiện trực tiếp”. Hãy bật trong phần Đối tượng được cấp rồi thử lại.' }
  }
  const session = await db.liveSession.findFirst({
    where: { id: liveSessionId, organisationId: actor.organisationId },
    select: { id: true, title: true, status: true },
  })
  if (!session) return { ok: false, message: 'Không tìm thấy sự kiện trực tiếp này trong đơn vị tổ chức của bạn.' }
  if (session.status !== 'ENDED') {
    return { ok: false, message: `Sự kiện trực tiếp “${session.title}” chưa kết thúc, nên chưa có tốp 3 để cấp giấy chứng nhận.` }
  }
  const players = await db.livePlayer.findMany({
    where: { sessionId: session.id, rank: { lte: 3 } },
    select: {
      id: true,
      rank: true,
      kicked: true,
      nickname: true,
      score: true,
      userId: true,
      user: { select: { fullName: true, unit: { select: { name: true } } } },
      unit: { select: { name: true } },
    },
  })
  const podium = selectLivePodium(players)
  if (podium.length === 0) return { ok: false, message: `Sự kiện “${session.title}” không có người chơi nào xếp hạng 1–3.` }
  const rows = podium.map((p) => {
    const data = storedCertificateData({
      holderName: p.user?.fullName ?? p.nickname,
      unitName: p.unit?.name ?? p.user?.unit?.name ?? undefined,
      contestTitle: template.contest.title,
      roundTitle: session.title,
      score: p.score,
      rank: p.rank,
      prizeLabel: PODIUM_LABELS_VI[p.rank],
      issuedAt,
      reason: 'podium',
    })
    return {
      serial: generateSerial(),
      issueKey: liveIssueKey(templateId, session.id, p.id),
      templateId,
      contestId: template.contestId,
      liveSessionId: session.id,
      livePlayerId: p.id,
      userId: p.userId,
      holderName: data.holderName,
      unitName: data.unitName ?? null,
      data: storedCertificateJson(data),
      issuedAt,
    }
  })
  const { count } = await db.certificate.createMany({ data: rows, skipDuplicates: true })
  await audit(db, actor, 'certificate.issue_live', 'LiveSession', session.id, { templateId, created: count, total: rows.length })
  return { ok: true, created: count, total: rows.length }
}
