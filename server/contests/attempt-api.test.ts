import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import express from 'express'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLayout } from '../../app/core/contest/attempt-layout'
import { startAttempt } from '../../app/models/contests/attempt.server'
import { createContest, setContestStatus } from '../../app/models/contests/contest.server'
import { registerForContest } from '../../app/models/contests/registration.server'
import { createRound, publishRound } from '../../app/models/contests/round.server'
import { createCsrfSecret, createCsrfToken } from '../../app/utils/csrf.server'
import type { AppServices } from '../../app/utils/services.server'
import { createSessionStorage } from '../../app/utils/session.server'
import { createBank, createOrganisation, createParticipant, rules } from '../../test/factories/contest-fixtures'
import { createTestDatabase, type TestDatabase } from '../../test/setup/test-database'
import { csrfCookie } from '../http/csrf-cookie'
import { attemptApi } from './attempt-api'

let t: TestDatabase
let server: Server
let base = ''
const storage = createSessionStorage('test-session-secret-that-is-long-enough-00', false)
const csrfSecret = createCsrfSecret()
const csrf = createCsrfToken(csrfSecret)
let mine: { attemptId: string; cookie: string; layout: ReturnType<typeof readLayout> }
let theirs: { attemptId: string; cookie: string }

async function cookieFor(userId: string, expiresAt = new Date(Date.now() + 3600_000)) {
  const row = await t.db.session.create({ data: { userId, expiresAt } })
  const session = await storage.getSession()
  session.set('sessionId', row.id)
  return `${(await storage.commitSession(session)).split(';')[0]}; tpl_csrf=${csrfSecret}`
}

beforeAll(async () => {
  t = await createTestDatabase()
  const org = await createOrganisation(t.db)
  const { bank, predictionQuestionId } = await createBank(t.db, org.organisation.id)
  const c = await createContest(t.db, org.actor, { title: 'API', slug: `api-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] }, { kind: 'keep' })
  if (!c.ok) throw new Error(c.message)
  await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
  const now = Date.now()
  const r = await createRound(t.db, org.actor, c.value.id, { title: 'Tuần 1', opensAt: new Date(now - 60_000), closesAt: new Date(now + 3600_000), rules: rules(bank.id, { predictionQuestionId }) })
  if (!r.ok) throw new Error(r.message)
  await publishRound(t.db, org.actor, c.value.id, r.value.id, new Date(now - 30_000))
  const start = async () => {
    const u = await createParticipant(t.db, { unitId: org.ward.id })
    await registerForContest(t.db, { contestId: c.value.id, userId: u.id, unitId: org.ward.id, fields: {}, now: new Date() })
    const s = await startAttempt(t.db, { roundId: r.value.id, userId: u.id, now: new Date() })
    if (!s.ok) throw new Error(s.message)
    return { userId: u.id, attemptId: s.attemptId, cookie: await cookieFor(u.id) }
  }
  const a = await start()
  mine = { ...a, layout: readLayout((await t.db.attempt.findUniqueOrThrow({ where: { id: a.attemptId } })).layout) }
  theirs = await start()

  const services = { db: t.db, sessionStorage: storage, logger: pino({ level: 'silent' }) } as unknown as AppServices
  const app = express()
  app.use(csrfCookie(false))
  app.use(attemptApi(services))
  server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((r) => server?.close(r))
  await t?.drop()
})

async function post(attemptId: string, cookie: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x)
  const res = await fetch(`${base}/api/attempts/${attemptId}`, { method: 'POST', body, headers: { cookie } })
  return { status: res.status, json: (await res.json()) as { ok: boolean; code?: string; message?: string } }
}

describe('the autosave endpoint', () => {
  it('saves an answer for the session’s own attempt', async () => {
    const q = mine.layout.questions[0]
    const r = await post(mine.attemptId, mine.cookie, { csrf, intent: 'answer', versionId: q.versionId, optionIds: q.optionIds[1] })
    expect(r).toMatchObject({ status: 200, json: { ok: true } })
    expect((await t.db.attemptAnswer.findFirstOrThrow({ where: { attemptId: mine.attemptId } })).optionIds).toEqual([q.optionIds[1]])
  })

  it('refuses without the CSRF token, without a session, with an expired session and for another participant’s attempt', async () => {
    const q = mine.layout.questions[0]
    const answer = { intent: 'answer', versionId: q.versionId, optionIds: q.optionIds[2] }
    expect((await post(mine.attemptId, mine.cookie, answer)).status).toBe(403)
    expect(await post(mine.attemptId, `tpl_csrf=${csrfSecret}`, { csrf, ...answer })).toMatchObject({ status: 401, json: { code: 'signed_out' } })
    const user = (await t.db.attempt.findUniqueOrThrow({ where: { id: mine.attemptId } })).userId
    const expired = await cookieFor(user, new Date(Date.now() - 1000))
    expect(await post(mine.attemptId, expired, { csrf, ...answer })).toMatchObject({ status: 401, json: { code: 'signed_out' } })
    expect(await post(theirs.attemptId, mine.cookie, { csrf, ...answer, versionId: q.versionId })).toMatchObject({ status: 403, json: { message: 'Lượt thi này không phải của bạn.' } })
    const theirLayout = readLayout((await t.db.attempt.findUniqueOrThrow({ where: { id: theirs.attemptId } })).layout)
    const t0 = theirLayout.questions[0]
    expect(await post(theirs.attemptId, mine.cookie, { csrf, intent: 'answer', versionId: t0.versionId, optionIds: t0.optionIds[0] })).toMatchObject({ status: 403 })
    expect(await post(theirs.attemptId, mine.cookie, { csrf, intent: 'prediction', value: '5' })).toMatchObject({ status: 403 })
    expect(await t.db.attemptAnswer.count({ where: { attemptId: theirs.attemptId } })).toBe(0)
    expect((await t.db.attemptAnswer.findFirstOrThrow({ where: { attemptId: mine.attemptId } })).optionIds).toEqual([q.optionIds[1]])
  })

  it('checks the answer, the prediction and the intent', async () => {
    // A single-answer question (the fixture's single-answer questions have 4 options).
    const q = mine.layout.questions.find((x) => x.optionIds.length === 4)!
    expect(await post(mine.attemptId, mine.cookie, { csrf, intent: 'answer', versionId: q.versionId, optionIds: [q.optionIds[0], q.optionIds[1]] })).toMatchObject({ status: 422 })
    expect(await post(mine.attemptId, mine.cookie, { csrf, intent: 'prediction', value: 'nhiều' })).toMatchObject({ status: 422, json: { code: 'invalid' } })
    expect(await post(mine.attemptId, mine.cookie, { csrf, intent: 'prediction', value: '1 250' })).toMatchObject({ status: 200 })
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: mine.attemptId } })).prediction).toBe(1250)
    expect(await post(mine.attemptId, mine.cookie, { csrf, intent: 'tab' })).toMatchObject({ status: 200, json: { ok: true } })
    expect(await post(theirs.attemptId, mine.cookie, { csrf, intent: 'tab' })).toMatchObject({ status: 200, json: { ok: false } })
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: theirs.attemptId } })).tabSwitches).toBe(0)
    expect(await post(mine.attemptId, mine.cookie, { csrf, intent: 'delete' })).toMatchObject({ status: 400 })
    expect((await fetch(`${base}/api/attempts/${mine.attemptId}`)).status).toBe(405)
  })
})
