import { countsPerDay, scoreHistogram } from '~/core/stats/score-distribution'
import { flattenTree } from '~/core/units/unit-tree'
import type { Db } from '~/utils/db.server'

/**
 * The figures organisers publish (C15): people and attempts per day, by unit
 * and by area (the ward, department or school group at the top of the unit
 * tree), how scores spread, and how many got everything right. Scores come
 * only from rounds in `scoreRoundIds`: the public page passes finalised
 * rounds only, so no score of an open round is published.
 */

export interface ContestStatistics {
  totals: { registrations: number; participants: number; attempts: number }
  perDay: { date: string; attempts: number; participants: number }[]
  byUnit: { unitId: string; name: string; participants: number }[]
  byArea: { unitId: string; name: string; participants: number }[]
  rounds: { id: string; title: string; status: string; participants: number; attempts: number; actualAllCorrect: number | null }[]
  scores: {
    maxScore: number
    bins: { score: number; attempts: number }[]
    mean: number | null
    median: number | null
    attemptsAllCorrect: number
    peopleAllCorrect: number
  } | null
}

export async function contestStatistics(
  db: Db,
  contest: { id: string; organisationId: string },
  options: { roundIds: string[]; scoreRoundIds: string[] },
): Promise<ContestStatistics> {
  const roundIds = options.roundIds
  const [registrations, rounds, attempts, unitCounts, units] = await Promise.all([
    db.registration.count({ where: { contestId: contest.id } }),
    db.round.findMany({ where: { id: { in: roundIds } }, orderBy: { position: 'asc' }, select: { id: true, title: true, status: true, actualAllCorrect: true, opensAt: true, closesAt: true } }),
    db.attempt.findMany({ where: { roundId: { in: roundIds } }, select: { userId: true, roundId: true, startedAt: true } }),
    db.$queryRaw<{ unitId: string | null; participants: bigint }[]>`
      SELECT r."unitId" AS "unitId", count(DISTINCT a."userId") AS "participants"
      FROM "Attempt" a JOIN "Registration" r ON r."id" = a."registrationId"
      WHERE a."roundId" = ANY(${roundIds}::text[])
      GROUP BY r."unitId"`,
    db.unit.findMany({ where: { organisationId: contest.organisationId }, select: { id: true, parentId: true, name: true, kind: true } }),
  ])

  const activity = countsPerDay(
    attempts.map((a) => ({ participantId: a.userId, at: a.startedAt })),
    rounds.length ? { from: rounds[0].opensAt, to: new Date(Math.min(Date.now(), Math.max(...rounds.map((r) => r.closesAt.getTime())))) } : {},
  )

  const flat = flattenTree(units)
  const byId = new Map(flat.map((u) => [u.id, u]))
  const byUnit = unitCounts
    .filter((u) => u.unitId && byId.has(u.unitId))
    .map((u) => ({ unitId: u.unitId as string, name: byId.get(u.unitId as string)?.name ?? '', participants: Number(u.participants) }))
    .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'vi'))

  // Area: the unit just below the city at the top of the tree (a ward, a department).
  const areaOf = (unitId: string): string => {
    let u = byId.get(unitId)
    while (u?.parentId && byId.get(u.parentId) && byId.get(u.parentId)?.kind !== 'CITY') u = byId.get(u.parentId)
    return u?.id ?? unitId
  }
  const areas = new Map<string, number>()
  for (const u of byUnit) areas.set(areaOf(u.unitId), (areas.get(areaOf(u.unitId)) ?? 0) + u.participants)
  const byArea = [...areas]
    .map(([unitId, participants]) => ({ unitId, name: byId.get(unitId)?.name ?? '', participants }))
    .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'vi'))

  const perRound = new Map<string, { people: Set<string>; attempts: number }>()
  for (const a of attempts) {
    const s = perRound.get(a.roundId) ?? { people: new Set<string>(), attempts: 0 }
    s.people.add(a.userId)
    s.attempts++
    perRound.set(a.roundId, s)
  }

  let scores: ContestStatistics['scores'] = null
  if (options.scoreRoundIds.length) {
    const finished = await db.attempt.findMany({
      where: { roundId: { in: options.scoreRoundIds }, status: { not: 'OPEN' } },
      select: { score: true, maxScore: true, allCorrect: true },
    })
    const maxScore = finished.reduce((m, a) => Math.max(m, a.maxScore), 0)
    const histogram = scoreHistogram(finished.map((a) => a.score ?? 0), { maxScore })
    const people = await db.roundResult.count({ where: { roundId: { in: options.scoreRoundIds }, attempt: { allCorrect: true } } })
    scores = {
      maxScore,
      bins: histogram.bins.map((b) => ({ score: b.from, attempts: b.count })),
      mean: histogram.summary.mean,
      median: histogram.summary.median,
      attemptsAllCorrect: finished.filter((a) => a.allCorrect).length,
      peopleAllCorrect: people,
    }
  }

  return {
    totals: { registrations, participants: activity.totals.participants, attempts: activity.totals.attempts },
    perDay: activity.days.map((d) => ({ date: d.date, attempts: d.attempts, participants: d.participants })),
    byUnit,
    byArea,
    rounds: rounds.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      participants: perRound.get(r.id)?.people.size ?? 0,
      attempts: perRound.get(r.id)?.attempts ?? 0,
      actualAllCorrect: r.actualAllCorrect,
    })),
    scores,
  }
}
