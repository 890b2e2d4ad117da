import type { AppLoadContext } from '@remix-run/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loader as hostLoader } from '../../app/routes/live/host'
import { loader as screenLoader } from '../../app/routes/live/screen'
import { requireLiveEngine } from '../../app/utils/live-engine.server'
import { screenKey } from '../../app/utils/live-tokens.server'
import { LIVE_TEST_SECRET, loaderContext, seedLiveWorld } from '../setup/live-node'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

/**
 * The projector's and the host's loaders against a real database: the
 * projector of a stored game shows its podium from PostgreSQL, and every
 * refusal is a real HTTP response rather than a crash.
 */

let database: TestDatabase
let world: Awaited<ReturnType<typeof seedLiveWorld>>
let context: AppLoadContext

beforeAll(async () => {
  database = await createTestDatabase()
  world = await seedLiveWorld(database.db, 'loaders')
  context = loaderContext(database.db)
})

afterAll(async () => {
  await database?.drop()
})

async function liveSession(status: 'LOBBY' | 'ENDED') {
  const session = await database.db.liveSession.create({
    data: { organisationId: world.organisationId, hostId: world.host.id, title: 'Chung kết cụm Ba Đình', pin: '654321', status, settings: {}, questionVersionIds: [] },
  })
  return session.id
}

function call<T extends typeof screenLoader | typeof hostLoader>(loader: T, path: string, sessionId: string, cookie?: string) {
  const request = new Request(`http://hoitruong.test${path}`, { headers: cookie ? { Cookie: cookie } : {} })
  return loader({ request, context, params: { sessionId } }) as ReturnType<T>
}

/** What a loader threw, as long as it threw a Response. */
async function thrownResponse(promise: Promise<unknown>): Promise<Response> {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  )
  if (!(thrown instanceof Response)) throw new Error(`expected a Response to be thrown, got ${String(thrown)}`)
  return thrown
}

describe('the projector loader', () => {
  it('reads the podium of a stored game from PostgreSQL (nicknames and scores), with the title', async () => {
    const sessionId = await liveSession('ENDED')
    await database.db.livePlayer.createMany({
      data: [
        { id: `${sessionId}_p1`, sessionId, nickname: 'Bình Minh', score: 0, rank: 2, joinedAt: new Date(), userId: world.participant.id },
        { id: `${sessionId}_p2`, sessionId, nickname: 'Ánh Dương', score: 2000, rank: 1, joinedAt: new Date() },
      ],
    })
    const data = await call(screenLoader, `/live/${sessionId}/screen?key=${screenKey(LIVE_TEST_SECRET, sessionId)}`, sessionId)
    expect(data.title).toBe('Chung kết cụm Ba Đình')
    expect(data.final).toEqual([
      { playerId: `${sessionId}_p2`, nickname: 'Ánh Dương', score: 2000, rank: 1 },
      { playerId: `${sessionId}_p1`, nickname: 'Bình Minh', score: 0, rank: 2 },
    ])
    // The host's own login opens it too, without the key.
    const viaLogin = await call(screenLoader, `/live/${sessionId}/screen`, sessionId, world.host.cookie)
    expect(viaLogin.final?.map((e) => e.nickname)).toEqual(['Ánh Dương', 'Bình Minh'])
  })

  it('has no stored podium for a game that is still live (the socket shows it), and a QR code to join', async () => {
    const sessionId = await liveSession('LOBBY')
    const data = await call(screenLoader, `/live/${sessionId}/screen?key=${screenKey(LIVE_TEST_SECRET, sessionId)}`, sessionId)
    expect(data.final).toBeNull()
    expect(data.qrSvg).toContain('<svg')
  })

  it('answers 403 without a valid key to anyone but the host, stored game or not', async () => {
    for (const status of ['ENDED', 'LOBBY'] as const) {
      const sessionId = await liveSession(status)
      for (const [path, cookie] of [
        [`/live/${sessionId}/screen`, undefined],
        [`/live/${sessionId}/screen?key=not-the-key`, undefined],
        [`/live/${sessionId}/screen`, world.otherHost.cookie],
        [`/live/${sessionId}/screen?key=${screenKey(LIVE_TEST_SECRET, 'another-game')}`, world.participant.cookie],
      ] as const) {
        const refused = await thrownResponse(call(screenLoader, path, sessionId, cookie))
        expect(refused.status).toBe(403)
        expect(await refused.text()).toBe('Đường dẫn màn hình chiếu không hợp lệ')
      }
    }
  })
})

describe('refusals with a Vietnamese message', () => {
  it('the host controls of someone else\'s session: 403', async () => {
    const sessionId = await liveSession('LOBBY')
    const refused = await thrownResponse(call(hostLoader, `/organiser/live/${sessionId}/host`, sessionId, world.otherHost.cookie))
    expect(refused.status).toBe(403)
    expect(await refused.text()).toBe('Chỉ người điều khiển phiên này mới mở được bảng điều khiển')
  })

  it('no live engine in this process: 503', async () => {
    const refused = await thrownResponse(Promise.resolve().then(() => requireLiveEngine(context)))
    expect(refused.status).toBe(503)
    expect(await refused.text()).toBe('Máy chủ thi trực tiếp chưa sẵn sàng')
  })
})
