import { randomBytes } from 'node:crypto'
import { foldDiacritics } from '../../app/core/text/normalize'
import { unitNameKey } from '../../app/core/units/unit-tree'
import type { Prize, RoundStatus } from '../../app/generated/prisma/client'
import type { Db } from '../../app/utils/db.server'

/**
 * Contests, rounds and frozen results written straight into the database,
 * as the contests feature leaves them when a round is finalised, so the
 * certificate tests do not depend on running a contest.
 */

const id = () => randomBytes(6).toString('hex')

export async function createOrganisationWorld(db: Db, name = 'Sở Tư pháp thành phố Hà Nội') {
  const organisation = await db.organisation.create({ data: { name, slug: `org-${id()}` } })
  const unit = await db.unit.create({
    data: { organisationId: organisation.id, name: 'Trường THPT Chu Văn An', nameKey: unitNameKey('Trường THPT Chu Văn An'), kind: 'UNIT' },
  })
  const organiser = await db.user.create({
    data: {
      fullName: 'Người Tổ Chức',
      fullNameKey: 'nguoi to chuc',
      email: `tochuc-${id()}@example.vn`,
      passwordHash: 'x',
      roles: ['ORGANISER'],
      organisationId: organisation.id,
    },
  })
  const contest = await db.contest.create({
    data: { organisationId: organisation.id, slug: `cuoc-thi-${id()}`, title: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW', status: 'PUBLISHED' },
  })
  return { organisation, unit, organiser, contest, actor: { id: organiser.id, organisationId: organisation.id } }
}

export interface ParticipantSpec {
  fullName: string
  /** Counted score out of maxScore (10 unless given). */
  score: number
  prize?: Prize | null
  unitId?: string | null
  /** Other finished attempts' scores (e.g. a better earlier try). */
  otherScores?: number[]
  maxScore?: number
}

export async function createRound(db: Db, contestId: string, input: { title: string; position: number; status: RoundStatus }) {
  const now = Date.now()
  return db.round.create({
    data: {
      contestId,
      position: input.position,
      title: input.title,
      opensAt: new Date(now - 86_400_000 * 2),
      closesAt: new Date(now - (input.status === 'FINALISED' ? 3_600_000 : -86_400_000)),
      status: input.status,
      rules: {},
      finalisedAt: input.status === 'FINALISED' ? new Date(now - 3_000_000) : null,
    },
  })
}

/**
 * Participants with their attempts and, ranked in the order given, their
 * RoundResult rows: the round as finalising leaves it.
 */
export async function addResults(db: Db, round: { id: string; contestId: string }, participants: ParticipantSpec[]) {
  const users = []
  for (const [index, p] of participants.entries()) {
    const user = await db.user.create({
      data: {
        fullName: p.fullName,
        fullNameKey: foldDiacritics(p.fullName),
        phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
        passwordHash: 'x',
        unitId: p.unitId ?? null,
      },
    })
    const registration = await db.registration.upsert({
      where: { contestId_userId: { contestId: round.contestId, userId: user.id } },
      create: { contestId: round.contestId, userId: user.id, unitId: p.unitId ?? null },
      update: {},
    })
    const maxScore = p.maxScore ?? 10
    const scores = [p.score, ...(p.otherScores ?? [])]
    const attempts = []
    for (const [n, score] of scores.entries()) {
      attempts.push(
        await db.attempt.create({
          data: {
            roundId: round.id,
            userId: user.id,
            registrationId: registration.id,
            number: n + 1,
            seed: id(),
            status: 'SUBMITTED',
            startedAt: new Date(Date.now() - 7_200_000),
            deadlineAt: new Date(Date.now() - 6_600_000),
            submittedAt: new Date(Date.now() - 6_900_000 + n),
            layout: [],
            score,
            maxScore,
            timeTakenMs: 300_000 - index,
          },
        }),
      )
    }
    await db.roundResult.create({
      data: {
        roundId: round.id,
        userId: user.id,
        attemptId: attempts[0].id,
        rank: index + 1,
        score: p.score,
        timeTakenMs: 300_000 - index,
        submittedAt: attempts[0].submittedAt ?? new Date(),
        prize: p.prize ?? null,
      },
    })
    users.push(user)
  }
  return users
}

export async function createEndedLiveSession(
  db: Db,
  world: { organisation: { id: string }; organiser: { id: string } },
  players: { nickname: string; rank: number | null; score: number; userId?: string | null; kicked?: boolean }[],
  status: 'LOBBY' | 'RUNNING' | 'ENDED' = 'ENDED',
) {
  const session = await db.liveSession.create({
    data: {
      organisationId: world.organisation.id,
      hostId: world.organiser.id,
      title: 'Rung chuông vàng pháp luật',
      pin: String(100000 + Math.floor(Math.random() * 899999)),
      status,
      settings: {},
      endedAt: status === 'ENDED' ? new Date() : null,
    },
  })
  // Player ids follow join order (`<session>_p1`, `_p2`…), as the live engine's are.
  await db.livePlayer.createMany({
    data: players.map((p, i) => ({
      id: `${session.id}_p${i + 1}`,
      sessionId: session.id,
      nickname: p.nickname,
      userId: p.userId ?? null,
      score: p.score,
      rank: p.rank,
      kicked: p.kicked ?? false,
      joinedAt: new Date(Date.UTC(2026, 0, 1, 8, 0, i)),
    })),
  })
  return session
}
