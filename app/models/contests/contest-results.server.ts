import { contestStandings } from '~/core/contest/round-results'
import { descendantIds } from '~/core/units/unit-tree'
import { readRegistrationFields } from '~/core/contest/registration-fields'
import type { Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'

/**
 * Organisers' results: per round from the frozen RoundResult rows, and for
 * the whole contest as the sum over finalised rounds. A unit filter keeps a
 * unit and every unit below it (a ward's filter includes its schools).
 */

export async function unitFilterSet(db: Db, organisationId: string, unitId: string | null): Promise<string[] | null> {
  if (!unitId) return null
  const units = await db.unit.findMany({ where: { organisationId }, select: { id: true, parentId: true, name: true } })
  if (!units.some((u) => u.id === unitId)) return []
  return [unitId, ...descendantIds(units, unitId)]
}

export interface ResultRow {
  rank: number
  userId: string
  fullName: string
  phone: string | null
  email: string | null
  dateOfBirth: string | null
  unitName: string | null
  customFields: Record<string, string>
  score: number
  maxScore: number
  prediction: number | null
  predictionDiff: number | null
  timeTakenMs: number
  submittedAt: string
  prize: string | null
  tabSwitches: number
}

export async function roundResultRows(
  db: Db,
  roundId: string,
  options: { unitIds: string[] | null; skip?: number; take?: number },
): Promise<{ rows: ResultRow[]; total: number }> {
  const where: Prisma.RoundResultWhereInput = { roundId, ...(options.unitIds ? { attempt: { registration: { unitId: { in: options.unitIds } } } } : {}) }
  const [total, rows] = await Promise.all([
    db.roundResult.count({ where }),
    db.roundResult.findMany({
      where,
      orderBy: { rank: 'asc' },
      skip: options.skip,
      take: options.take,
      select: {
        rank: true,
        score: true,
        prediction: true,
        predictionDiff: true,
        timeTakenMs: true,
        submittedAt: true,
        prize: true,
        user: { select: { id: true, fullName: true, phone: true, email: true, dateOfBirth: true } },
        attempt: { select: { maxScore: true, tabSwitches: true, registration: { select: { customFields: true, unit: { select: { name: true } } } } } },
      },
    }),
  ])
  return {
    total,
    rows: rows.map((r) => ({
      rank: r.rank,
      userId: r.user.id,
      fullName: r.user.fullName,
      phone: r.user.phone,
      email: r.user.email,
      dateOfBirth: r.user.dateOfBirth?.toISOString().slice(0, 10) ?? null,
      unitName: r.attempt.registration.unit?.name ?? null,
      customFields: (r.attempt.registration.customFields ?? {}) as Record<string, string>,
      score: r.score,
      maxScore: r.attempt.maxScore,
      prediction: r.prediction,
      predictionDiff: r.predictionDiff,
      timeTakenMs: r.timeTakenMs,
      submittedAt: r.submittedAt.toISOString(),
      prize: r.prize,
      tabSwitches: r.attempt.tabSwitches,
    })),
  }
}

export interface StandingRow {
  rank: number
  userId: string
  fullName: string
  phone: string | null
  unitName: string | null
  totalScore: number
  totalTimeMs: number
  rounds: number
  byRound: Record<string, number>
}

export async function contestStandingRows(db: Db, contestId: string, unitIds: string[] | null): Promise<StandingRow[]> {
  const results = await db.roundResult.findMany({
    where: { round: { contestId, status: 'FINALISED' }, ...(unitIds ? { attempt: { registration: { unitId: { in: unitIds } } } } : {}) },
    select: { roundId: true, userId: true, score: true, timeTakenMs: true },
  })
  const standings = contestStandings(results.map((r) => ({ participantId: r.userId, roundId: r.roundId, score: r.score, timeTakenMs: r.timeTakenMs })))
  const people = await db.registration.findMany({
    where: { contestId },
    select: { userId: true, user: { select: { fullName: true, phone: true } }, unit: { select: { name: true } } },
  })
  const byUser = new Map(people.map((p) => [p.userId, p]))
  return standings.map((s) => ({
    rank: s.rank,
    userId: s.participantId,
    fullName: byUser.get(s.participantId)?.user.fullName ?? '—',
    phone: byUser.get(s.participantId)?.user.phone ?? null,
    unitName: byUser.get(s.participantId)?.unit?.name ?? null,
    totalScore: s.totalScore,
    totalTimeMs: s.totalTimeMs,
    rounds: s.rounds,
    byRound: s.byRound,
  }))
}

export function fieldLabels(registrationFields: unknown): { key: string; label: string }[] {
  return readRegistrationFields(registrationFields).map((f) => ({ key: f.key, label: f.label }))
}
