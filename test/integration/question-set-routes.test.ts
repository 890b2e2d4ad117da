import type { AppLoadContext, LoaderFunctionArgs } from '@remix-run/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createQuestionSet } from '../../app/models/question-sets.server'
import { action as sessionAction } from '../../app/routes/live/session-detail'
import { loader as editLoader } from '../../app/routes/live/set-edit'
import { createCsrfSecret, createCsrfToken } from '../../app/utils/csrf.server'
import { loader as searchLoader } from '../../app/routes/live/set-question-search'
import { loader as listLoader } from '../../app/routes/live/sets-list'
import { loaderContext, seedLiveWorld } from '../setup/live-node'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

/**
 * The saved-set pages over HTTP, as the router calls them: who may open the list, the editor
 * and the picker's search. The models are scoped too (question-sets.test.ts); these tests catch
 * a page that forgets its own check.
 */

let database: TestDatabase
let mine: Awaited<ReturnType<typeof seedLiveWorld>>
let theirs: Awaited<ReturnType<typeof seedLiveWorld>>
let context: AppLoadContext
let setId: string

beforeAll(async () => {
  database = await createTestDatabase()
  mine = await seedLiveWorld(database.db, 'sets-mine')
  theirs = await seedLiveWorld(database.db, 'sets-theirs')
  context = loaderContext(database.db)
  const question = await database.db.question.findFirstOrThrow({ where: { bankId: mine.bankId }, select: { id: true } })
  const created = await createQuestionSet(database.db, { id: mine.host.id, organisationId: mine.organisationId }, { name: 'Bộ của Ba Đình', description: '', questionIds: [question.id] })
  if (!created.ok) throw new Error(created.message)
  setId = created.id
})

afterAll(async () => {
  await database?.drop()
})

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>

function call(loader: Loader, path: string, params: Record<string, string>, cookie?: string) {
  const request = new Request(`http://hoitruong.test${path}`, { headers: cookie ? { Cookie: cookie } : {} })
  return loader({ request, context, params })
}

async function refusal(promise: Promise<unknown>): Promise<Response> {
  const outcome = await promise.then(
    (value) => value,
    (error: unknown) => error,
  )
  if (!(outcome instanceof Response)) throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`)
  return outcome
}

describe('saved-set pages', () => {
  it('send a visitor to log in and refuse a participant, on the list, the editor and the search', async () => {
    const pages: [Loader, string, Record<string, string>][] = [
      [listLoader, '/organiser/live/sets', {}],
      [editLoader, `/organiser/live/sets/${setId}`, { setId }],
      [searchLoader, `/organiser/live/sets/search?bank=${mine.bankId}`, {}],
    ]
    for (const [loader, path, params] of pages) {
      const visitor = await refusal(call(loader, path, params))
      expect(visitor.status).toBe(302)
      expect(visitor.headers.get('Location')).toMatch(/^\/login/)
      expect((await refusal(call(loader, path, params, mine.participant.cookie))).status).toBe(403)
    }
  })

  it('show an organiser their own sets and bank, and nothing of another organisation', async () => {
    const own = (await call(listLoader, '/organiser/live/sets', {}, mine.host.cookie)) as { sets: { id: string }[] }
    expect(own.sets.map((s) => s.id)).toEqual([setId])
    const other = (await call(listLoader, '/organiser/live/sets', {}, theirs.host.cookie)) as { sets: { id: string }[] }
    expect(other.sets).toEqual([])

    expect((await refusal(call(editLoader, `/organiser/live/sets/${setId}`, { setId }, theirs.host.cookie))).status).toBe(404)

    const foreignBank = (await call(searchLoader, `/organiser/live/sets/search?bank=${mine.bankId}`, {}, theirs.host.cookie)) as Response
    expect(foreignBank.status).toBe(404)
    const ownBank = (await call(searchLoader, `/organiser/live/sets/search?bank=${mine.bankId}`, {}, mine.host.cookie)) as Response
    const body = (await ownBank.json()) as { ok: boolean; items: unknown[] }
    expect(body.ok).toBe(true)
    expect(body.items.length).toBeGreaterThan(0)
    // The picker lists questions to choose, never which option is right.
    expect(JSON.stringify(body)).not.toMatch(/"correct"/)
  })
})

describe('saving a live session as a set', () => {
  const csrfSecret = createCsrfSecret()

  function post(sessionId: string, cookie?: string, intent = 'save-as-set') {
    const body = new URLSearchParams({ csrf: createCsrfToken(csrfSecret), intent })
    const request = new Request(`http://hoitruong.test/organiser/live/${sessionId}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    })
    return sessionAction({ request, context: { ...context, csrfSecret }, params: { sessionId } })
  }

  it("keeps the session's questions in the order they were asked, under a free name", async () => {
    const db = database.db
    const versions = await db.questionVersion.findMany({ where: { question: { bankId: mine.bankId } }, select: { id: true, questionId: true }, take: 3, orderBy: { id: 'desc' } })
    expect(versions).toHaveLength(3)
    const session = await db.liveSession.create({
      data: { organisationId: mine.organisationId, hostId: mine.host.id, title: 'Chung kết phường Ba Đình', pin: '731904', settings: {}, questionVersionIds: versions.map((v) => v.id) },
    })

    const first = (await post(session.id, mine.host.cookie)) as Response
    expect(first.status).toBe(302)
    const setPath = first.headers.get('Location')!
    expect(setPath).toMatch(/^\/organiser\/live\/sets\/\w+$/)
    const saved = await db.questionSet.findUniqueOrThrow({ where: { id: setPath.split('/').at(-1) }, include: { items: { orderBy: { position: 'asc' } } } })
    expect(saved.name).toBe('Bộ câu hỏi: Chung kết phường Ba Đình')
    expect(saved.organisationId).toBe(mine.organisationId)
    expect(saved.items.map((i) => i.questionId)).toEqual(versions.map((v) => v.questionId))

    const second = (await post(session.id, mine.host.cookie)) as Response
    const again = await db.questionSet.findUniqueOrThrow({ where: { id: second.headers.get('Location')!.split('/').at(-1) } })
    expect(again.name).toBe('Bộ câu hỏi: Chung kết phường Ba Đình (2)')

    // Another organisation's host, a participant and a visitor get nothing, and no set is made.
    const before = await db.questionSet.count()
    expect((await refusal(post(session.id, theirs.host.cookie))).status).toBe(404)
    expect((await refusal(post(session.id, mine.participant.cookie))).status).toBe(403)
    expect((await refusal(post(session.id))).status).toBe(302)
    expect((await refusal(post(session.id, mine.host.cookie, 'delete-everything'))).status).toBe(400)
    expect(await db.questionSet.count()).toBe(before)
  })
})

