import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database'
import { createBank, createOrganisation, createParticipant, keyOf, rules, wrongOf } from '../../../test/factories/contest-fixtures'
import { readLayout } from '~/core/contest/attempt-layout'
import { createContest, setContestStatus } from './contest.server'
import { createRound, publishRound, closeRoundNow, updateRound } from './round.server'
import { registerForContest } from './registration.server'
import { expiredAttemptIds, finishAttempt, openAttemptView, recordTabSwitch, saveAnswer, savePrediction, startAttempt } from './attempt.server'

let t: TestDatabase
let world: Awaited<ReturnType<typeof setUp>>
const T0 = new Date('2026-11-23T03:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

async function setUp(db: TestDatabase['db']) {
  const org = await createOrganisation(db)
  const { bank, predictionQuestionId } = await createBank(db, org.organisation.id)
  const contest = await createContest(
    db,
    org.actor,
    { title: 'Cuộc thi thử', slug: `thu-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] },
    { kind: 'keep' },
  )
  if (!contest.ok) throw new Error(contest.message)
  await setContestStatus(db, org.actor, contest.value.id, 'PUBLISHED')
  const round = await createRound(db, org.actor, contest.value.id, {
    title: 'Tuần 1',
    opensAt: T0,
    closesAt: at(7 * 24 * 60),
    rules: rules(bank.id, { predictionQuestionId }),
  })
  if (!round.ok) throw new Error(round.message)
  const published = await publishRound(db, org.actor, contest.value.id, round.value.id, at(-60))
  if (!published.ok) throw new Error(published.message)
  return { ...org, bank, contestId: contest.value.id, roundId: round.value.id, predictionQuestionId }
}

async function registered(unitId?: string) {
  const user = await createParticipant(t.db, { unitId: unitId ?? world.ward.id })
  const reg = await registerForContest(t.db, { contestId: world.contestId, userId: user.id, unitId: unitId ?? world.ward.id, fields: {}, now: at(1) })
  if (!reg.ok) throw new Error('registration failed')
  return user
}

async function started(userId: string, minutes: number) {
  const s = await startAttempt(t.db, { roundId: world.roundId, userId, now: at(minutes) })
  if (!s.ok) throw new Error(s.message)
  const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })
  return { attempt, layout: readLayout(attempt.layout) }
}

beforeAll(async () => {
  t = await createTestDatabase()
  world = await setUp(t.db)
})
afterAll(async () => {
  await t?.drop()
})

describe('publishing a round', () => {
  it('pins the approved versions and locks the rules', async () => {
    const round = await t.db.round.findUniqueOrThrow({ where: { id: world.roundId } })
    expect(round.status).toBe('PUBLISHED')
    expect(round.pinnedVersionIds).toHaveLength(16)
    expect(round.predictionVersionId).not.toBeNull()
    const edit = await updateRound(t.db, world.actor, world.contestId, world.roundId, { title: 'Khác', opensAt: T0, closesAt: at(60), rules: rules(world.bank.id) })
    expect(edit).toMatchObject({ ok: false, message: expect.stringContaining('thể lệ đã khoá') })
  })

  it('refuses to publish when the bank cannot fill the quotas, saying which quota falls short', async () => {
    const draft = await createRound(t.db, world.actor, world.contestId, {
      title: 'Tuần quá khó',
      opensAt: at(10_000),
      closesAt: at(20_000),
      rules: rules(world.bank.id, { draw: { bankIds: [world.bank.id], quotas: [{ difficulty: 'hard', count: 5 }] } }),
    })
    if (!draft.ok) throw new Error(draft.message)
    const result = await publishRound(t.db, world.actor, world.contestId, draft.value.id, at(0))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.shortages?.[0].message).toBe('Chỉ tiêu 1 (độ khó Khó): cần 5 câu, nhưng ngân hàng chỉ có 4 câu phù hợp.')
    expect((await t.db.round.findUniqueOrThrow({ where: { id: draft.value.id } })).status).toBe('DRAFT')
  })
})

describe('starting attempts', () => {
  it('needs a registration', async () => {
    const stranger = await createParticipant(t.db)
    const r = await startAttempt(t.db, { roundId: world.roundId, userId: stranger.id, now: at(5) })
    expect(r).toMatchObject({ ok: false, code: 'not_registered' })
  })

  it('refuses before the round opens', async () => {
    const user = await registered()
    expect(await startAttempt(t.db, { roundId: world.roundId, userId: user.id, now: at(-1) })).toMatchObject({ ok: false, code: 'not_open' })
  })

  it('draws the quotas and fixes the deadline from the time limit', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 10)
    expect(layout.questions).toHaveLength(5)
    expect(attempt.deadlineAt.toISOString()).toBe(at(20).toISOString())
    expect(attempt.maxScore).toBe(5)
  })

  it('refuses a second start while one attempt is open, and enforces the attempts allowed', async () => {
    const user = await registered()
    const first = await started(user.id, 10)
    expect(await startAttempt(t.db, { roundId: world.roundId, userId: user.id, now: at(11) })).toMatchObject({ ok: false, code: 'open_attempt', attemptId: first.attempt.id })
    await finishAttempt(t.db, { attemptId: first.attempt.id, now: at(12), by: 'participant', userId: user.id })
    await started(user.id, 13)
    const s2 = await t.db.attempt.findFirstOrThrow({ where: { userId: user.id, number: 2 } })
    await finishAttempt(t.db, { attemptId: s2.id, now: at(14), by: 'participant', userId: user.id })
    expect(await startAttempt(t.db, { roundId: world.roundId, userId: user.id, now: at(15) })).toMatchObject({ ok: false, code: 'no_attempts_left', message: 'Bạn đã dùng hết 2 lượt thi của vòng này.' })
  })

  it('lets only one of many simultaneous starts succeed', async () => {
    const user = await registered()
    const results = await Promise.all(Array.from({ length: 6 }, () => startAttempt(t.db, { roundId: world.roundId, userId: user.id, now: at(30) })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'open_attempt')).toBe(true)
    expect(await t.db.attempt.count({ where: { userId: user.id } })).toBe(1)
  })

  it('closes an attempt left open past its deadline before starting the next one', async () => {
    const user = await registered()
    const first = await started(user.id, 40)
    const second = await startAttempt(t.db, { roundId: world.roundId, userId: user.id, now: at(55) })
    expect(second.ok).toBe(true)
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: first.attempt.id } })).status).toBe('EXPIRED')
  })
})

describe('saving answers', () => {
  it('refuses questions outside the attempt, foreign options and other people’s attempts, keeping earlier answers', async () => {
    const user = await registered()
    const other = await registered()
    const { attempt, layout } = await started(user.id, 60)
    const q = layout.questions[0]
    expect(await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: [q.optionIds[0]], now: at(61) })).toMatchObject({ ok: true })

    const outside = (await t.db.round.findUniqueOrThrow({ where: { id: world.roundId } })).pinnedVersionIds.find((id) => !layout.questions.some((x) => x.versionId === id))!
    expect(await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: outside, optionIds: ['a'], now: at(61) })).toMatchObject({ ok: false, code: 'invalid', message: expect.stringContaining('không thuộc lượt thi') })
    expect(await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: ['z'], now: at(61) })).toMatchObject({ ok: false, code: 'invalid' })
    expect(await saveAnswer(t.db, { attemptId: attempt.id, userId: other.id, versionId: q.versionId, optionIds: [q.optionIds[1]], now: at(61) })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await savePrediction(t.db, { attemptId: attempt.id, userId: other.id, value: 3, now: at(61) })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await recordTabSwitch(t.db, { attemptId: attempt.id, userId: other.id })).toBe(false)

    const saved = await t.db.attemptAnswer.findMany({ where: { attemptId: attempt.id } })
    expect(saved.map((s) => s.optionIds)).toEqual([[q.optionIds[0]]])
  })

  it('accepts answers until deadline + grace and refuses them afterwards', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 100)
    const deadline = attempt.deadlineAt.getTime()
    const [q1, q2] = layout.questions
    expect(await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q1.versionId, optionIds: [q1.optionIds[0]], now: new Date(deadline + 5000) })).toMatchObject({ ok: true })
    const late = await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q2.versionId, optionIds: [q2.optionIds[0]], now: new Date(deadline + 5001) })
    expect(late).toMatchObject({ ok: false, code: 'expired', message: expect.stringContaining('Đã hết thời gian') })
    expect(await savePrediction(t.db, { attemptId: attempt.id, userId: user.id, value: 4, now: new Date(deadline + 6000) })).toMatchObject({ ok: false, code: 'expired' })
    expect(await t.db.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(1)
  })

  it('refuses saves after the attempt is submitted, keeping what was saved', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 130)
    const q = layout.questions[0]
    await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: [q.optionIds[0]], now: at(131) })
    await finishAttempt(t.db, { attemptId: attempt.id, now: at(132), by: 'participant', userId: user.id })
    const after = await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: [q.optionIds[1]], now: at(133) })
    expect(after).toMatchObject({ ok: false, code: 'closed' })
    expect((await t.db.attemptAnswer.findFirstOrThrow({ where: { attemptId: attempt.id } })).optionIds).toEqual([q.optionIds[0]])
  })

  it('never acknowledges a save that the marking then misses, even when submitting at the same moment', async () => {
    for (let i = 0; i < 8; i++) {
      const user = await registered()
      const { attempt, layout } = await started(user.id, 200 + i)
      const q = layout.questions[1]
      const [save] = await Promise.all([
        saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: await keyOf(t.db, q.versionId), now: at(201 + i) }),
        finishAttempt(t.db, { attemptId: attempt.id, now: at(201 + i), by: 'participant', userId: user.id }),
      ])
      const answer = await t.db.attemptAnswer.findFirst({ where: { attemptId: attempt.id } })
      if (save.ok) {
        // Saved and acknowledged: it must have been marked (correct is set only by the marking).
        expect(answer?.correct).not.toBeNull()
      } else {
        expect(save.code).toBe('closed')
        expect(answer).toBeNull()
      }
    }
  })
})

describe('marking', () => {
  it('scores what was saved, all-or-nothing per question, and records time taken', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 300)
    // Right on questions 1–3, wrong on 4, question 5 left blank.
    for (const [i, q] of layout.questions.slice(0, 3).entries()) {
      await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: await keyOf(t.db, q.versionId), now: at(300 + i) })
    }
    const q4 = layout.questions[3]
    await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q4.versionId, optionIds: [await wrongOf(t.db, q4.versionId)], now: at(303) })
    await savePrediction(t.db, { attemptId: attempt.id, userId: user.id, value: 12, now: at(303) })
    expect(await recordTabSwitch(t.db, { attemptId: attempt.id, userId: user.id })).toBe(true)
    const done = await finishAttempt(t.db, { attemptId: attempt.id, now: at(304), by: 'participant', userId: user.id })
    expect(done).toMatchObject({ ok: true, status: 'SUBMITTED', alreadyClosed: false })
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })
    expect(row).toMatchObject({ status: 'SUBMITTED', score: 3, maxScore: 5, allCorrect: false, timeTakenMs: 4 * 60_000, prediction: 12, tabSwitches: 1 })
    expect(row.submittedAt?.toISOString()).toBe(at(304).toISOString())
    const answers = await t.db.attemptAnswer.findMany({ where: { attemptId: attempt.id } })
    expect(answers.filter((a) => a.correct === true)).toHaveLength(3)
    expect(answers.filter((a) => a.correct === false)).toHaveLength(1)
    // A second submission changes nothing.
    expect(await finishAttempt(t.db, { attemptId: attempt.id, now: at(305), by: 'participant', userId: user.id })).toMatchObject({ ok: true, alreadyClosed: true })
  })

  it('closes abandoned attempts at their deadline with what was saved (the sweeper)', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 400)
    const q = layout.questions[0]
    await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: await keyOf(t.db, q.versionId), now: at(401) })
    const deadline = attempt.deadlineAt.getTime()
    expect(await expiredAttemptIds(t.db, new Date(deadline + 4000), 100)).not.toContain(attempt.id)
    const due = await expiredAttemptIds(t.db, new Date(deadline + 6000), 1000)
    expect(due).toContain(attempt.id)
    expect(await finishAttempt(t.db, { attemptId: attempt.id, now: new Date(deadline + 6000), by: 'sweeper' })).toMatchObject({ ok: true, status: 'EXPIRED' })
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })
    expect(row).toMatchObject({ status: 'EXPIRED', score: 1, timeTakenMs: 600_000 })
    expect(row.submittedAt?.getTime()).toBe(deadline)
  })

  it('treats a submission after the grace period as expired, still counting the saved answers', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 500)
    const q = layout.questions[0]
    await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: q.versionId, optionIds: await keyOf(t.db, q.versionId), now: at(501) })
    const r = await finishAttempt(t.db, { attemptId: attempt.id, now: at(520), by: 'participant', userId: user.id })
    expect(r).toMatchObject({ ok: true, status: 'EXPIRED', late: true })
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(1)
  })
})

describe('the participant view of an open attempt', () => {
  it('carries questions and saved answers but no key, explanation or score', async () => {
    const user = await registered()
    const { attempt, layout } = await started(user.id, 600)
    await saveAnswer(t.db, { attemptId: attempt.id, userId: user.id, versionId: layout.questions[2].versionId, optionIds: [layout.questions[2].optionIds[1]], now: at(601) })
    const view = await openAttemptView(t.db, world.roundId, user.id)
    expect(view?.questions.map((q) => q.versionId)).toEqual(layout.questions.map((q) => q.versionId))
    expect(view?.questions[0].options.map((o) => o.id)).toEqual(layout.questions[0].optionIds)
    expect(view?.answers).toEqual({ [layout.questions[2].versionId]: [layout.questions[2].optionIds[1]] })
    expect(view?.predictionStem).toContain('Dự đoán')
    const json = JSON.stringify(view)
    expect(json).not.toMatch(/correct|explanation|Giải thích|score/)
  })
})

describe('an attempt whose deadline is later than its round’s close', () => {
  it('ends when the round closes: saves refused after close + grace, and the sweeper picks it up', async () => {
    // A start committed at the very moment of "close now" keeps its longer deadline; the round's close wins.
    const org = await createOrganisation(t.db)
    const { bank } = await createBank(t.db, org.organisation.id)
    const c = await createContest(t.db, org.actor, { title: 'Đóng đua', slug: `dong-dua-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] }, { kind: 'keep' })
    if (!c.ok) throw new Error(c.message)
    await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
    const r = await createRound(t.db, org.actor, c.value.id, { title: 'Tuần 1', opensAt: T0, closesAt: at(1000), rules: rules(bank.id) })
    if (!r.ok) throw new Error(r.message)
    await publishRound(t.db, org.actor, c.value.id, r.value.id, at(0))
    const user = await createParticipant(t.db, { unitId: org.ward.id })
    await registerForContest(t.db, { contestId: c.value.id, userId: user.id, unitId: org.ward.id, fields: {}, now: at(0) })
    const s = await startAttempt(t.db, { roundId: r.value.id, userId: user.id, now: at(10) })
    if (!s.ok) throw new Error(s.message)
    await t.db.round.update({ where: { id: r.value.id }, data: { closesAt: at(12) } })
    const q = readLayout((await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })).layout).questions[0]
    expect(await saveAnswer(t.db, { attemptId: s.attemptId, userId: user.id, versionId: q.versionId, optionIds: [q.optionIds[0]], now: new Date(at(12).getTime() + 4000) })).toMatchObject({ ok: true })
    expect(await saveAnswer(t.db, { attemptId: s.attemptId, userId: user.id, versionId: q.versionId, optionIds: [q.optionIds[1]], now: at(13) })).toMatchObject({ ok: false, code: 'expired' })
    expect(await expiredAttemptIds(t.db, at(13), 1000)).toContain(s.attemptId)
    expect(await finishAttempt(t.db, { attemptId: s.attemptId, now: at(13), by: 'sweeper' })).toMatchObject({ ok: true, status: 'EXPIRED' })
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })
    expect(row.submittedAt?.toISOString()).toBe(at(12).toISOString())
    expect(row.timeTakenMs).toBe(2 * 60_000)
  })
})

describe('closing a round early', () => {
  it('moves the deadline of running attempts to now and refuses new starts', async () => {
    const org = await createOrganisation(t.db)
    const { bank } = await createBank(t.db, org.organisation.id)
    const c = await createContest(t.db, org.actor, { title: 'Đóng sớm', slug: `dong-som-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] }, { kind: 'keep' })
    if (!c.ok) throw new Error(c.message)
    await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
    const r = await createRound(t.db, org.actor, c.value.id, { title: 'Tuần 1', opensAt: T0, closesAt: at(1000), rules: rules(bank.id) })
    if (!r.ok) throw new Error(r.message)
    await publishRound(t.db, org.actor, c.value.id, r.value.id, at(0))
    const user = await createParticipant(t.db, { unitId: org.ward.id })
    await registerForContest(t.db, { contestId: c.value.id, userId: user.id, unitId: org.ward.id, fields: {}, now: at(0) })
    const s = await startAttempt(t.db, { roundId: r.value.id, userId: user.id, now: at(10) })
    if (!s.ok) throw new Error(s.message)
    expect(await closeRoundNow(t.db, org.actor, c.value.id, r.value.id, at(12))).toMatchObject({ ok: true })
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })).deadlineAt.toISOString()).toBe(at(12).toISOString())
    const other = await createParticipant(t.db, { unitId: org.ward.id })
    await registerForContest(t.db, { contestId: c.value.id, userId: other.id, unitId: org.ward.id, fields: {}, now: at(0) })
    expect(await startAttempt(t.db, { roundId: r.value.id, userId: other.id, now: at(13) })).toMatchObject({ ok: false, code: 'not_open' })
    const log = await t.db.auditLog.findFirst({ where: { entityId: r.value.id, action: 'round.close' } })
    expect(log?.actorId).toBe(org.organiser.id)
  })
})
