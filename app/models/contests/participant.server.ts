import type { Db } from '~/utils/db.server'

/**
 * What participants and the public may read. Only published contests and
 * published or finalised rounds exist here; scores appear only once a
 * round's results are frozen.
 */

const publicRound = { status: { in: ['PUBLISHED' as const, 'FINALISED' as const] } }

export async function listPublicContests(db: Db) {
  return db.contest.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      bannerUrl: true,
      bannerMime: true,
      organisation: { select: { name: true } },
      rounds: { where: publicRound, orderBy: { position: 'asc' }, select: { id: true, title: true, status: true, opensAt: true, closesAt: true } },
      _count: { select: { registrations: true } },
    },
  })
}

export async function findPublicContest(db: Db, slug: string) {
  return db.contest.findFirst({
    where: { slug, status: { in: ['PUBLISHED', 'ARCHIVED'] } },
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
      organisationId: true,
      organisation: { select: { name: true } },
      rounds: { where: publicRound, orderBy: { position: 'asc' }, select: { id: true, title: true, status: true, opensAt: true, closesAt: true, rules: true, predictionVersionId: true } },
      _count: { select: { registrations: true } },
    },
  })
}

export async function findPublicRound(db: Db, slug: string, roundId: string) {
  return db.round.findFirst({
    where: { id: roundId, contest: { slug, status: { in: ['PUBLISHED', 'ARCHIVED'] } }, ...publicRound },
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      rules: true,
      predictionVersionId: true,
      actualAllCorrect: true,
      finalisedAt: true,
      groupRanking: true,
      contest: { select: { id: true, slug: true, title: true, status: true, organisationId: true } },
    },
  })
}

export async function registrationOf(db: Db, contestId: string, userId: string) {
  return db.registration.findUnique({ where: { contestId_userId: { contestId, userId } }, select: { id: true, unitId: true, createdAt: true } })
}

/** A participant's attempts in a round. Scores only when the round is finalised (never while it is open). */
export async function myAttempts(db: Db, roundId: string, userId: string, finalised: boolean) {
  const rows = await db.attempt.findMany({
    where: { roundId, userId },
    orderBy: { number: 'asc' },
    select: { id: true, number: true, status: true, startedAt: true, deadlineAt: true, submittedAt: true, score: true, maxScore: true, timeTakenMs: true },
  })
  return rows.map((a) => ({
    id: a.id,
    number: a.number,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    score: finalised ? a.score : null,
    maxScore: a.maxScore,
    timeTakenMs: a.status === 'OPEN' ? null : a.timeTakenMs,
  }))
}

export async function myResult(db: Db, roundId: string, userId: string) {
  return db.roundResult.findUnique({
    where: { roundId_userId: { roundId, userId } },
    select: { rank: true, score: true, prize: true, prediction: true, predictionDiff: true, timeTakenMs: true, attemptId: true },
  })
}

/** Prize winners of a finalised round, as published decisions list them: name and unit only. */
export async function prizeWinners(db: Db, roundId: string) {
  const rows = await db.roundResult.findMany({
    where: { roundId, prize: { not: null } },
    orderBy: { rank: 'asc' },
    select: { rank: true, prize: true, user: { select: { fullName: true } }, attempt: { select: { registration: { select: { unit: { select: { name: true } } } } } } },
  })
  return rows.map((r) => ({ rank: r.rank, prize: r.prize, fullName: r.user.fullName, unitName: r.attempt.registration.unit?.name ?? null }))
}

/**
 * A finished attempt with its questions, the participant's choices and, when
 * the round's rules reveal them, the key, explanation and legal source. Only
 * for the attempt's owner, and only once the round is finalised.
 */
export async function attemptReview(db: Db, attemptId: string, userId: string) {
  const a = await db.attempt.findFirst({
    where: { id: attemptId, userId, status: { not: 'OPEN' }, round: { status: 'FINALISED' } },
    select: {
      id: true,
      number: true,
      score: true,
      maxScore: true,
      timeTakenMs: true,
      prediction: true,
      submittedAt: true,
      status: true,
      layout: true,
      roundId: true,
      answers: { select: { questionVersionId: true, optionIds: true, correct: true } },
    },
  })
  return a
}
