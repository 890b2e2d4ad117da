import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLayout } from '../../app/core/contest/attempt-layout'
import { startAttempt, saveAnswer } from '../../app/models/contests/attempt.server'
import { createContest, setContestStatus } from '../../app/models/contests/contest.server'
import { roundBoardId } from '../../app/models/contests/provisional-board.server'
import { registerForContest } from '../../app/models/contests/registration.server'
import { createRound, publishRound } from '../../app/models/contests/round.server'
import { createBank, createOrganisation, createParticipant, keyOf, rules } from '../../test/factories/contest-fixtures'
import { createTestDatabase, type TestDatabase } from '../../test/setup/test-database'
import { createMemoryLeaderboard } from '../stores/memory-leaderboard'
import { startAttemptSweeper } from './attempt-sweeper'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t?.drop()
})

const T0 = new Date('2026-11-23T03:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

describe('the attempt sweeper', () => {
  it('closes an abandoned attempt after deadline + grace, ranks it provisionally, then freezes the round after it closes', async () => {
    const org = await createOrganisation(t.db)
    const { bank } = await createBank(t.db, org.organisation.id)
    const c = await createContest(t.db, org.actor, { title: 'Quét', slug: `quet-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] }, { kind: 'keep' })
    if (!c.ok) throw new Error(c.message)
    await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
    const r = await createRound(t.db, org.actor, c.value.id, { title: 'Tuần 1', opensAt: T0, closesAt: at(60), rules: rules(bank.id, { timeLimitSeconds: 300 }) })
    if (!r.ok) throw new Error(r.message)
    await publishRound(t.db, org.actor, c.value.id, r.value.id, at(0))
    const user = await createParticipant(t.db, { unitId: org.ward.id })
    await registerForContest(t.db, { contestId: c.value.id, userId: user.id, unitId: org.ward.id, fields: {}, now: at(0) })
    const s = await startAttempt(t.db, { roundId: r.value.id, userId: user.id, now: at(1) })
    if (!s.ok) throw new Error(s.message)
    const q = readLayout((await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })).layout).questions[0]
    await saveAnswer(t.db, { attemptId: s.attemptId, userId: user.id, versionId: q.versionId, optionIds: await keyOf(t.db, q.versionId), now: at(2) })

    let clock = at(6) // deadline (at 6 min) reached, grace not over
    const leaderboard = createMemoryLeaderboard()
    const sweeper = startAttemptSweeper({ db: t.db, leaderboard, logger: pino({ level: 'silent' }), intervalMs: 60_000, now: () => clock })
    try {
      expect(await sweeper.runOnce()).toEqual({ closedAttempts: 0, finalisedRounds: 0, errors: 0 })
      clock = new Date(at(6).getTime() + 5_001)
      expect(await sweeper.runOnce()).toEqual({ closedAttempts: 1, finalisedRounds: 0, errors: 0 })
      expect(await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })).toMatchObject({ status: 'EXPIRED', score: 1 })
      expect(await leaderboard.scoreOf(roundBoardId(r.value.id), user.id)).toEqual({ primary: 1, secondary: 300_000 })

      clock = at(61)
      expect(await sweeper.runOnce()).toEqual({ closedAttempts: 0, finalisedRounds: 1, errors: 0 })
      expect((await t.db.round.findUniqueOrThrow({ where: { id: r.value.id } })).status).toBe('FINALISED')
      expect(await t.db.roundResult.count({ where: { roundId: r.value.id } })).toBe(1)
    } finally {
      await sweeper.stop()
    }
  })
})
