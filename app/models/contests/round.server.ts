import { questionsPerAttempt, roundRulesSchema, type RoundRules } from '~/core/contest/round-rules'
import { describeQuota, type QuotaShortage, selectQuestions } from '~/core/contest/select-questions'
import type { Prisma } from '~/generated/prisma/client'
import { audit } from '~/models/audit.server'
import type { Db } from '~/utils/db.server'
import type { Actor, FieldResult } from './contest.server'
import { DIFFICULTY_FROM_DB } from './question-versions.server'

export interface RoundInput {
  title: string
  opensAt: Date
  closesAt: Date
  rules: RoundRules
}

export interface BankCheck {
  /** Approved multiple-choice questions in the chosen banks. */
  poolSize: number
  quotas: { label: string; needed: number; available: number }[]
  shortages: QuotaShortage[]
  /** Current versions of the pool, in id order: what publishing pins. */
  versionIds: string[]
}

/** The questions a round may draw from right now: approved, not prediction questions, in the organisation's chosen banks. */
async function currentPool(db: Db | Prisma.TransactionClient, organisationId: string, bankIds: readonly string[]) {
  const rows = await db.question.findMany({
    where: { bankId: { in: [...bankIds] }, bank: { organisationId }, status: 'APPROVED', type: { not: 'PREDICTION' }, currentVersionId: { not: null } },
    select: { currentVersionId: true, difficulty: true, tags: true },
    orderBy: { id: 'asc' },
  })
  return rows.map((r) => ({ id: r.currentVersionId as string, difficulty: DIFFICULTY_FROM_DB[r.difficulty], tags: r.tags }))
}

/**
 * Can the chosen banks fill the quotas? Asked before publishing, and shown
 * while the organiser edits, so nobody publishes a round that cannot draw.
 * Whether a full draw exists does not depend on the seed.
 */
export async function checkRoundBank(db: Db | Prisma.TransactionClient, organisationId: string, draw: RoundRules['draw']): Promise<BankCheck> {
  const pool = await currentPool(db, organisationId, draw.bankIds)
  const selection = selectQuestions(pool, draw.quotas, 'bank-check')
  const quotas = draw.quotas.map((q) => {
    const available = pool.filter((p) => (q.difficulty === undefined || p.difficulty === q.difficulty) && (q.tag === undefined || p.tags.includes(q.tag))).length
    return { label: describeQuota(q), needed: q.count, available }
  })
  return { poolSize: pool.length, quotas, shortages: selection.ok ? [] : selection.shortages, versionIds: pool.map((p) => p.id) }
}

async function checkRoundInput(db: Db, actor: Actor, input: RoundInput): Promise<FieldResult> {
  if (input.closesAt.getTime() <= input.opensAt.getTime()) {
    return { ok: false, field: 'closesAt', message: 'Thời điểm đóng phải sau thời điểm mở vòng thi' }
  }
  const banks = await db.questionBank.count({ where: { id: { in: input.rules.draw.bankIds }, organisationId: actor.organisationId } })
  if (banks !== input.rules.draw.bankIds.length) return { ok: false, field: 'bankIds', message: 'Ngân hàng câu hỏi đã chọn không thuộc ban tổ chức của bạn' }
  if (input.rules.predictionQuestionId) {
    const q = await db.question.findFirst({
      where: { id: input.rules.predictionQuestionId, bank: { organisationId: actor.organisationId }, type: 'PREDICTION', status: { not: 'RETIRED' } },
      select: { id: true },
    })
    if (!q) return { ok: false, field: 'predictionQuestionId', message: 'Câu hỏi dự đoán không tồn tại hoặc không phải câu hỏi dự đoán' }
  }
  return { ok: true, value: undefined }
}

async function contestOf(db: Db, actor: Actor, contestId: string) {
  return db.contest.findFirst({ where: { id: contestId, organisationId: actor.organisationId }, select: { id: true } })
}

export async function createRound(db: Db, actor: Actor, contestId: string, input: RoundInput): Promise<FieldResult<{ id: string }>> {
  if (!(await contestOf(db, actor, contestId))) return { ok: false, message: 'Không tìm thấy cuộc thi' }
  const checked = await checkRoundInput(db, actor, input)
  if (!checked.ok) return checked
  const last = await db.round.findFirst({ where: { contestId }, orderBy: { position: 'desc' }, select: { position: true } })
  const round = await db.round.create({
    data: { contestId, position: (last?.position ?? 0) + 1, title: input.title, opensAt: input.opensAt, closesAt: input.closesAt, rules: input.rules as unknown as Prisma.InputJsonValue },
    select: { id: true },
  })
  await audit(db, actor, 'round.create', 'Round', round.id, { contestId, title: input.title, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString(), rules: input.rules } as unknown as Prisma.InputJsonValue)
  return { ok: true, value: round }
}

export async function findOrganiserRound(db: Db, organisationId: string, contestId: string, roundId: string) {
  return db.round.findFirst({
    where: { id: roundId, contestId, contest: { organisationId } },
    select: {
      id: true,
      contestId: true,
      position: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      rules: true,
      pinnedVersionIds: true,
      predictionVersionId: true,
      publishedAt: true,
      finalisedAt: true,
      actualAllCorrect: true,
      _count: { select: { attempts: true, results: true } },
    },
  })
}

const locked = (): FieldResult<never> => ({
  ok: false,
  message: 'Vòng thi đã công bố nên thể lệ đã khoá. Muốn sửa, hãy huỷ công bố (khi chưa có lượt thi nào) hoặc nhân bản cuộc thi.',
})

export async function updateRound(db: Db, actor: Actor, contestId: string, roundId: string, input: RoundInput): Promise<FieldResult> {
  const round = await findOrganiserRound(db, actor.organisationId, contestId, roundId)
  if (!round) return { ok: false, message: 'Không tìm thấy vòng thi' }
  if (round.status !== 'DRAFT') return locked()
  const checked = await checkRoundInput(db, actor, input)
  if (!checked.ok) return checked
  // Guarded by status, so a publish that happened meanwhile wins and this edit is refused.
  const updated = await db.round.updateMany({
    where: { id: roundId, status: 'DRAFT' },
    data: { title: input.title, opensAt: input.opensAt, closesAt: input.closesAt, rules: input.rules as unknown as Prisma.InputJsonValue },
  })
  if (updated.count === 0) return locked()
  await audit(db, actor, 'round.update', 'Round', roundId, {
    contestId,
    before: { title: round.title, opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString(), rules: round.rules },
    after: { title: input.title, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString(), rules: input.rules },
  } as unknown as Prisma.InputJsonValue)
  return { ok: true, value: undefined }
}

export type PublishResult = { ok: true; pinned: number } | { ok: false; message: string; shortages?: QuotaShortage[] }

/**
 * Locks the rules and pins the question versions the round will draw from,
 * so later edits to the bank never change a running round. Refused, with the
 * shortage of each quota, when the bank cannot fill the draw.
 */
export async function publishRound(db: Db, actor: Actor, contestId: string, roundId: string, now: Date): Promise<PublishResult> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT r."id" FROM "Round" r JOIN "Contest" c ON c."id" = r."contestId"
      WHERE r."id" = ${roundId} AND r."contestId" = ${contestId} AND c."organisationId" = ${actor.organisationId}
      FOR UPDATE OF r`
    if (rows.length === 0) return { ok: false, message: 'Không tìm thấy vòng thi' }
    const round = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { status: true, rules: true, closesAt: true, title: true } })
    if (round.status !== 'DRAFT') return { ok: false, message: 'Vòng thi đã được công bố trước đó' }
    if (round.closesAt.getTime() <= now.getTime()) return { ok: false, message: 'Thời điểm đóng vòng thi đã qua. Hãy sửa thời gian trước khi công bố.' }
    const parsed = roundRulesSchema.safeParse(round.rules)
    if (!parsed.success) return { ok: false, message: `Thể lệ vòng thi chưa hợp lệ: ${parsed.error.issues[0]?.message ?? ''}` }
    const rules = parsed.data
    const check = await checkRoundBank(tx, actor.organisationId, rules.draw)
    if (check.shortages.length > 0) {
      return { ok: false, message: 'Ngân hàng câu hỏi chưa đủ câu cho thể lệ rút câu hỏi.', shortages: check.shortages }
    }
    let predictionVersionId: string | null = null
    if (rules.predictionQuestionId) {
      const q = await tx.question.findFirst({
        where: { id: rules.predictionQuestionId, bank: { organisationId: actor.organisationId }, type: 'PREDICTION' },
        select: { currentVersionId: true },
      })
      if (!q?.currentVersionId) return { ok: false, message: 'Câu hỏi dự đoán không còn tồn tại' }
      predictionVersionId = q.currentVersionId
    }
    await tx.round.update({
      where: { id: roundId },
      data: { status: 'PUBLISHED', publishedAt: now, pinnedVersionIds: check.versionIds, predictionVersionId },
    })
    await tx.auditLog.create({
      data: {
        organisationId: actor.organisationId,
        actorId: actor.id,
        action: 'round.publish',
        entityType: 'Round',
        entityId: roundId,
        data: { contestId, pinned: check.versionIds.length, questionsPerAttempt: questionsPerAttempt(rules.draw), predictionVersionId },
      },
    })
    return { ok: true, pinned: check.versionIds.length }
  })
}

export async function unpublishRound(db: Db, actor: Actor, contestId: string, roundId: string): Promise<FieldResult> {
  const round = await findOrganiserRound(db, actor.organisationId, contestId, roundId)
  if (!round) return { ok: false, message: 'Không tìm thấy vòng thi' }
  if (round.status !== 'PUBLISHED') return { ok: false, message: 'Chỉ huỷ công bố được vòng thi đang công bố' }
  // The attempt check and the update are one statement, so an attempt starting meanwhile keeps the round published.
  const updated = await db.$executeRaw`
    UPDATE "Round" SET "status" = 'DRAFT', "publishedAt" = NULL, "pinnedVersionIds" = '{}', "predictionVersionId" = NULL
    WHERE "id" = ${roundId} AND "status" = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."roundId" = ${roundId})`
  if (updated === 0) return { ok: false, message: 'Đã có người làm bài ở vòng thi này: không thể huỷ công bố.' }
  await audit(db, actor, 'round.unpublish', 'Round', roundId, { contestId })
  return { ok: true, value: undefined }
}

/**
 * Ends a round now (an error in the questions, a decision of the jury):
 * no attempt may start any more, and every running attempt's deadline becomes
 * now; their grace period still applies to what is in flight.
 */
export async function closeRoundNow(db: Db, actor: Actor, contestId: string, roundId: string, now: Date): Promise<FieldResult> {
  const round = await findOrganiserRound(db, actor.organisationId, contestId, roundId)
  if (!round) return { ok: false, message: 'Không tìm thấy vòng thi' }
  if (round.status !== 'PUBLISHED') return { ok: false, message: 'Vòng thi chưa công bố hoặc đã chốt kết quả' }
  if (round.closesAt.getTime() <= now.getTime()) return { ok: false, message: 'Vòng thi đã đóng' }
  await db.$transaction(async (tx) => {
    await tx.round.update({ where: { id: roundId }, data: { closesAt: now, opensAt: round.opensAt.getTime() > now.getTime() ? now : round.opensAt } })
    await tx.attempt.updateMany({ where: { roundId, status: 'OPEN', deadlineAt: { gt: now } }, data: { deadlineAt: now } })
  })
  await audit(db, actor, 'round.close', 'Round', roundId, { contestId, previousClosesAt: round.closesAt.toISOString(), closedAt: now.toISOString() })
  return { ok: true, value: undefined }
}

/** Stored rules of a published round; they were validated before publishing, so a failure here is a bug. */
export function publishedRules(stored: unknown): RoundRules {
  return roundRulesSchema.parse(stored)
}
