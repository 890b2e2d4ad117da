import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database'
import { createBank, createOrganisation, createParticipant, keyOf, rules, wrongOf } from '../../../test/factories/contest-fixtures'
import { readLayout } from '~/core/contest/attempt-layout'
import { cloneContest, createContest, setContestStatus } from './contest.server'
import { createRound, publishRound } from './round.server'
import { registerForContest } from './registration.server'
import { finishAttempt, saveAnswer, savePrediction, startAttempt } from './attempt.server'
import { finaliseRound, roundsDueForFinalising } from './round-finalise.server'

let t: TestDatabase
const T0 = new Date('2026-11-23T03:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)
const CLOSE = 1000

beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t?.drop()
})

async function world() {
  const org = await createOrganisation(t.db)
  const { bank, predictionQuestionId } = await createBank(t.db, org.organisation.id)
  const c = await createContest(t.db, org.actor, { title: 'Chốt kết quả', slug: `chot-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] }, { kind: 'keep' })
  if (!c.ok) throw new Error(c.message)
  await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
  const r = await createRound(t.db, org.actor, c.value.id, {
    title: 'Tuần 1',
    opensAt: T0,
    closesAt: at(CLOSE),
    rules: rules(bank.id, { predictionQuestionId, attemptsAllowed: 3, prizes: { first: 1, second: 1, third: 1, consolation: 1, minScorePercent: 40 } }),
  })
  if (!r.ok) throw new Error(r.message)
  await publishRound(t.db, org.actor, c.value.id, r.value.id, at(0))
  return { ...org, contestId: c.value.id, roundId: r.value.id }
}

/** One attempt: `right` questions answered correctly (the rest wrong), submitted after `minutes`. */
async function attempt(w: Awaited<ReturnType<typeof world>>, userId: string, startMin: number, right: number, minutes: number, prediction: number | null) {
  const s = await startAttempt(t.db, { roundId: w.roundId, userId, now: at(startMin) })
  if (!s.ok) throw new Error(s.message)
  const layout = readLayout((await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })).layout)
  for (const [i, q] of layout.questions.entries()) {
    const optionIds = i < right ? await keyOf(t.db, q.versionId) : [await wrongOf(t.db, q.versionId)]
    const saved = await saveAnswer(t.db, { attemptId: s.attemptId, userId, versionId: q.versionId, optionIds, now: at(startMin) })
    if (!saved.ok) throw new Error(saved.message)
  }
  if (prediction !== null) await savePrediction(t.db, { attemptId: s.attemptId, userId, value: prediction, now: at(startMin) })
  await finishAttempt(t.db, { attemptId: s.attemptId, now: at(startMin + minutes), by: 'participant', userId })
  return s.attemptId
}

describe('finalising a round', () => {
  it('ranks by score, prediction closeness, time and submission, awards prizes, and freezes the result', async () => {
    const w = await world()
    const p = async (name: string, unitId: string) => {
      const u = await createParticipant(t.db, { fullName: name, unitId })
      await registerForContest(t.db, { contestId: w.contestId, userId: u.id, unitId, fields: {}, now: at(0) })
      return u.id
    }
    const an = await p('An', w.ward.id)
    const binh = await p('Bình', w.ward.id)
    const chi = await p('Chi', w.school.id)
    const dung = await p('Dũng', w.school.id)
    const em = await p('Em', w.ward.id)
    const giang = await p('Giang', w.ward.id)

    // An: 4/5 then 5/5 (best counts: 5/5 in 8 min, predicts 1).
    await attempt(w, an, 10, 4, 3, null)
    const anBest = await attempt(w, an, 20, 5, 8, 1)
    // Bình: 5/5 in 8 min, predicts 3. Chi: 5/5 in 9 min, predicts 2.
    await attempt(w, binh, 30, 5, 8, 3)
    await attempt(w, chi, 40, 5, 9, 2)
    // Dũng: 3/5 in 5 min; Em: 3/5 in 5 min, later. Giang: 1/5 (below the 40 % minimum for prizes).
    await attempt(w, dung, 50, 3, 5, null)
    await attempt(w, em, 60, 3, 5, 7)
    await attempt(w, giang, 70, 1, 2, 0)
    // A participant who never comes back: the attempt is left open and closed at finalising.
    const ghost = await p('Hà', w.school.id)
    const open = await startAttempt(t.db, { roundId: w.roundId, userId: ghost, now: at(CLOSE - 1) })
    if (!open.ok) throw new Error(open.message)

    // Not before close + grace (5 s).
    expect(await finaliseRound(t.db, { roundId: w.roundId, now: new Date(at(CLOSE).getTime() + 4000), actor: w.actor })).toMatchObject({ ok: false })
    expect(await roundsDueForFinalising(t.db, new Date(at(CLOSE).getTime() + 4000))).not.toContain(w.roundId)
    const due = new Date(at(CLOSE).getTime() + 6000)
    expect(await roundsDueForFinalising(t.db, due)).toContain(w.roundId)

    const result = await finaliseRound(t.db, { roundId: w.roundId, now: due, actor: w.actor })
    expect(result).toMatchObject({ ok: true, alreadyFinalised: false, participants: 7, actualAllCorrect: 3, closedAttempts: 1 })

    // By hand: actual all-correct = 3 (An, Bình, Chi). Errors: An |1−3| = 2, Bình 0, Chi 1.
    // 5 points: Bình (0), Chi (1), An (2). 3 points: Dũng and Em have no usable tie on prediction
    // (Dũng gave none, Em |7−3| = 4 so Em first), then Giang 1 point, then Hà 0 points (expired, nothing saved).
    const rows = await t.db.roundResult.findMany({ where: { roundId: w.roundId }, orderBy: { rank: 'asc' }, include: { user: { select: { fullName: true } } } })
    expect(rows.map((r) => [r.rank, r.user.fullName, r.score, r.predictionDiff, r.prize])).toEqual([
      [1, 'Bình', 5, 0, 'FIRST'],
      [2, 'Chi', 5, 1, 'SECOND'],
      [3, 'An', 5, 2, 'THIRD'],
      [4, 'Em', 3, 4, 'CONSOLATION'],
      [5, 'Dũng', 3, null, null],
      [6, 'Giang', 1, 3, null],
      [7, 'Hà', 0, null, null],
    ])
    expect(rows.find((r) => r.user.fullName === 'An')?.attemptId).toBe(anBest)

    const round = await t.db.round.findUniqueOrThrow({ where: { id: w.roundId } })
    expect(round).toMatchObject({ status: 'FINALISED', actualAllCorrect: 3 })
    const groups = round.groupRanking as { byParticipants: { unitId: string; participants: number; rank: number }[]; byRate: { unitId: string; rate: number; rank: number }[] }
    // Ward: An, Bình, Em, Giang = 4 of 10 (40 %). School: Chi, Dũng, Hà = 3 of 4 (75 %).
    expect(groups.byParticipants.map((g) => [g.unitId, g.participants, g.rank])).toEqual([[w.ward.id, 4, 1], [w.school.id, 3, 2]])
    expect(groups.byRate.map((g) => [g.unitId, g.rate, g.rank])).toEqual([[w.school.id, 0.75, 1], [w.ward.id, 0.4, 2]])

    // Idempotent: closing again changes nothing.
    const before = JSON.stringify(rows.map(({ user: _u, ...r }) => r))
    expect(await finaliseRound(t.db, { roundId: w.roundId, now: new Date(due.getTime() + 60_000), actor: null })).toMatchObject({ ok: true, alreadyFinalised: true })
    const after = await t.db.roundResult.findMany({ where: { roundId: w.roundId }, orderBy: { rank: 'asc' } })
    expect(JSON.stringify(after)).toBe(before)
    expect(await t.db.auditLog.count({ where: { entityId: w.roundId, action: 'round.finalise' } })).toBe(1)
  })

  it('finalises once when two closes race', async () => {
    const w = await world()
    const u = await createParticipant(t.db, { unitId: w.ward.id })
    await registerForContest(t.db, { contestId: w.contestId, userId: u.id, unitId: w.ward.id, fields: {}, now: at(0) })
    await attempt(w, u.id, 10, 2, 3, null)
    const due = new Date(at(CLOSE).getTime() + 10_000)
    const results = await Promise.all([finaliseRound(t.db, { roundId: w.roundId, now: due, actor: null }), finaliseRound(t.db, { roundId: w.roundId, now: due, actor: null })])
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.filter((r) => r.ok && !r.alreadyFinalised)).toHaveLength(1)
    expect(await t.db.roundResult.count({ where: { roundId: w.roundId } })).toBe(1)
  })

  it('refuses another organisation', async () => {
    const w = await world()
    const stranger = await createOrganisation(t.db)
    expect(await finaliseRound(t.db, { roundId: w.roundId, now: at(CLOSE + 10), actor: stranger.actor })).toEqual({ ok: false, message: 'Không tìm thấy vòng thi' })
  })
})

describe('cloning a contest', () => {
  it('copies details and rounds as drafts with nothing pinned', async () => {
    const w = await world()
    const clone = await cloneContest(t.db, w.actor, w.contestId)
    if (!clone.ok) throw new Error(clone.message)
    const copy = await t.db.contest.findUniqueOrThrow({ where: { id: clone.value.id }, include: { rounds: true } })
    expect(copy).toMatchObject({ status: 'DRAFT', title: 'Chốt kết quả (bản sao)', clonedFromId: w.contestId })
    expect(copy.rounds).toHaveLength(1)
    expect(copy.rounds[0]).toMatchObject({ status: 'DRAFT', pinnedVersionIds: [], title: 'Tuần 1' })
    const again = await cloneContest(t.db, w.actor, w.contestId)
    if (!again.ok) throw new Error(again.message)
    expect((await t.db.contest.findUniqueOrThrow({ where: { id: again.value.id } })).slug).toBe(`${copy.slug}-2`)
    expect(await cloneContest(t.db, (await createOrganisation(t.db)).actor, w.contestId)).toMatchObject({ ok: false })
  })
})
