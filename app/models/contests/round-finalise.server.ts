import { randomUUID } from 'node:crypto'
import { rankUnits, type GroupRanking } from '~/core/contest/group-prizes'
import { readEligibility } from '~/core/contest/eligibility'
import { finaliseAllowedAt } from '~/core/contest/round-phase'
import { computeRoundResults, type FinishedAttempt } from '~/core/contest/round-results'
import { questionsPerAttempt } from '~/core/contest/round-rules'
import { PRIZE_LABELS_VI } from '~/core/contest/assign-prizes'
import type { Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'
import { admittedUnits } from './contest.server'
import { finishAttempt } from './attempt.server'
import { publishedRules } from './round.server'

export type FinaliseResult =
  | { ok: true; alreadyFinalised: boolean; participants: number; actualAllCorrect: number; closedAttempts: number }
  | { ok: false; message: string }

const PRIZE_TO_DB = { first: 'FIRST', second: 'SECOND', third: 'THIRD', consolation: 'CONSOLATION' } as const
const CHUNK = 10_000

/**
 * Freezes a round's results once its close time and grace period have passed:
 * closes the attempts still open (marking what they saved), picks each
 * participant's counted attempt, ranks them with the full chain (the actual
 * all-correct count is now known), assigns prizes and group prizes, and
 * stores it all with the round marked FINALISED, in one transaction holding
 * the round's row lock. Run twice, the second run finds FINALISED and
 * changes nothing.
 */
export async function finaliseRound(
  db: Db,
  input: { roundId: string; now: Date; actor: { id: string; organisationId: string } | null },
): Promise<FinaliseResult> {
  const round = await db.round.findUnique({
    where: { id: input.roundId },
    select: { status: true, closesAt: true, rules: true, contestId: true, contest: { select: { organisationId: true, eligibility: true } } },
  })
  if (!round || (input.actor && round.contest.organisationId !== input.actor.organisationId)) return { ok: false, message: 'Không tìm thấy vòng thi' }
  if (round.status === 'FINALISED') return { ok: true, alreadyFinalised: true, participants: 0, actualAllCorrect: 0, closedAttempts: 0 }
  if (round.status !== 'PUBLISHED') return { ok: false, message: 'Vòng thi chưa được công bố' }
  const rules = publishedRules(round.rules)
  const allowedAt = finaliseAllowedAt(round.closesAt, rules.graceSeconds)
  if (input.now.getTime() < allowedAt) {
    return { ok: false, message: 'Vòng thi chưa kết thúc (kể cả thời gian gia hạn nộp bài). Hãy chốt kết quả sau khi vòng thi đóng.' }
  }

  // No attempt can start any more (the round is closed), so after this loop none is open.
  const open = await db.attempt.findMany({ where: { roundId: input.roundId, status: 'OPEN' }, select: { id: true } })
  for (const a of open) await finishAttempt(db, { attemptId: a.id, now: input.now, by: 'sweeper' })

  const organisationId = round.contest.organisationId
  return db.$transaction(
    async (tx): Promise<FinaliseResult> => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status" FROM "Round" WHERE "id" = ${input.roundId} FOR UPDATE`
      if (locked?.status === 'FINALISED') return { ok: true, alreadyFinalised: true, participants: 0, actualAllCorrect: 0, closedAttempts: 0 }
      const stillOpen = await tx.attempt.count({ where: { roundId: input.roundId, status: 'OPEN' } })
      if (stillOpen > 0) return { ok: false, message: 'Vẫn còn lượt thi đang mở. Vui lòng thử lại sau ít giây.' }

      const rows = await tx.$queryRaw<{ id: string; userId: string; score: number; timeTakenMs: number; submittedAt: Date; prediction: number | null; allCorrect: boolean }[]>`
        SELECT "id", "userId", COALESCE("score", 0) AS "score", COALESCE("timeTakenMs", 0) AS "timeTakenMs", "submittedAt", "prediction", COALESCE("allCorrect", false) AS "allCorrect"
        FROM "Attempt" WHERE "roundId" = ${input.roundId} AND "status" IN ('SUBMITTED', 'EXPIRED')`
      const attempts: FinishedAttempt[] = rows.map((r) => ({
        attemptId: r.id,
        participantId: r.userId,
        score: Number(r.score),
        timeTakenMs: Number(r.timeTakenMs),
        submittedAt: new Date(r.submittedAt).getTime(),
        prediction: r.prediction,
        allCorrect: r.allCorrect,
      }))
      const results = computeRoundResults(attempts, rules, questionsPerAttempt(rules.draw))

      for (let i = 0; i < results.rows.length; i += CHUNK) {
        const chunk = results.rows.slice(i, i + CHUNK)
        await tx.$executeRaw`
          INSERT INTO "RoundResult" ("id", "roundId", "userId", "attemptId", "rank", "score", "prediction", "predictionDiff", "timeTakenMs", "submittedAt", "prize")
          SELECT v.id, ${input.roundId}, v.user_id, v.attempt_id, v.rank, v.score, v.prediction, v.prediction_diff, v.time_taken, v.submitted_at::timestamp, v.prize::"Prize"
          FROM unnest(
            ${chunk.map(() => randomUUID())}::text[],
            ${chunk.map((r) => r.participantId)}::text[],
            ${chunk.map((r) => r.attemptId)}::text[],
            ${chunk.map((r) => r.rank)}::int[],
            ${chunk.map((r) => r.score)}::int[],
            ${chunk.map((r) => r.prediction)}::int[],
            ${chunk.map((r) => r.predictionDiff)}::int[],
            ${chunk.map((r) => r.timeTakenMs)}::int[],
            ${chunk.map((r) => new Date(r.submittedAt).toISOString())}::text[],
            ${chunk.map((r) => (r.prize ? PRIZE_TO_DB[r.prize] : null))}::text[]
          ) AS v(id, user_id, attempt_id, rank, score, prediction, prediction_diff, time_taken, submitted_at, prize)`
      }

      const groupRanking = await computeGroupRanking(tx, organisationId, round.contestId, round.contest.eligibility, results.rows.map((r) => r.participantId))
      await tx.round.update({
        where: { id: input.roundId },
        data: { status: 'FINALISED', finalisedAt: input.now, actualAllCorrect: results.actualAllCorrect, groupRanking: groupRanking as unknown as Prisma.InputJsonValue },
      })
      const prizes = Object.fromEntries(Object.entries(PRIZE_LABELS_VI).map(([k, label]) => [label, results.rows.filter((r) => r.prize === k).length]))
      await tx.auditLog.create({
        data: {
          organisationId,
          actorId: input.actor?.id ?? null,
          action: 'round.finalise',
          entityType: 'Round',
          entityId: input.roundId,
          data: {
            contestId: round.contestId,
            participants: results.rows.length,
            attempts: attempts.length,
            actualAllCorrect: results.actualAllCorrect,
            prizes,
            unawarded: results.unawarded,
            automatic: input.actor === null,
          },
        },
      })
      return { ok: true, alreadyFinalised: false, participants: results.rows.length, actualAllCorrect: results.actualAllCorrect, closedAttempts: open.length }
    },
    { timeout: 120_000, maxWait: 10_000 },
  )
}

/** Units by participants and by participation rate, over the units the contest admits (the whole organisation by default). */
async function computeGroupRanking(
  tx: Prisma.TransactionClient,
  organisationId: string,
  contestId: string,
  eligibilityJson: unknown,
  participantIds: readonly string[],
): Promise<GroupRanking> {
  const units = await tx.unit.findMany({ where: { organisationId }, select: { id: true, parentId: true, name: true, kind: true, headcount: true } })
  const eligibility = readEligibility(eligibilityJson)
  const admitted = eligibility.unitIds.length > 0 ? admittedUnits(units, eligibility.unitIds) : null
  // The city at the top of the tree is the whole contest, not a competing group.
  const ranked = units.filter((u) => u.kind !== 'CITY' && (!admitted || admitted.has(u.id)))
  // All of the contest's registrations, filtered here: a 50,000-id IN list would exceed the bind-parameter limit.
  const took = new Set(participantIds)
  const registrations = (await tx.registration.findMany({ where: { contestId }, select: { userId: true, unitId: true } })).filter((r) => took.has(r.userId))
  const known = new Set(ranked.map((u) => u.id))
  return rankUnits(
    registrations.map((r) => ({ participantId: r.userId, unitId: r.unitId && known.has(r.unitId) ? r.unitId : null })),
    ranked.map((u) => ({ unitId: u.id, headcount: u.headcount })),
  )
}

/** Rounds whose close time and grace period have passed but whose results are not frozen yet. */
export async function roundsDueForFinalising(db: Db, now: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Round"
    WHERE "status" = 'PUBLISHED' AND "closesAt" + make_interval(secs => COALESCE(("rules"->>'graceSeconds')::int, 5)) < ${now}
    ORDER BY "closesAt" LIMIT 20`
  return rows.map((r) => r.id)
}
