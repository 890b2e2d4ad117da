import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveFinalStandings } from '../../app/models/live-results-read.server'
import { createEndedLiveSession } from '../factories/certificate-fixtures'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

/** The podium the projector shows once a live game is stored: read back from PostgreSQL. */

let database: TestDatabase
let organisationId: string
let hostId: string

beforeAll(async () => {
  database = await createTestDatabase()
  const organisation = await database.db.organisation.create({ data: { name: 'Tổ chức thử', slug: `org-podium-${Date.now()}` } })
  organisationId = organisation.id
  const host = await database.db.user.create({
    data: { fullName: 'Người Dẫn', fullNameKey: 'nguoi dan', email: `host-${Date.now()}@example.vn`, passwordHash: 'x', roles: ['HOST'], organisationId },
  })
  hostId = host.id
})

afterAll(async () => {
  await database?.drop()
})

async function storedSession(players: Parameters<typeof createEndedLiveSession>[2]) {
  return (await createEndedLiveSession(database.db, { organisation: { id: organisationId }, organiser: { id: hostId } }, players)).id
}

describe('liveFinalStandings', () => {
  it('lists the stored ranking best first, leaves kicked players out, and shows nicknames and scores only', async () => {
    const participant = await database.db.user.create({
      data: { fullName: 'Trần Văn Dự Thi', fullNameKey: 'tran van du thi', email: `p-${Date.now()}@example.vn`, passwordHash: 'x', roles: ['PARTICIPANT'] },
    })
    const sessionId = await storedSession([
      { nickname: 'Bình Minh', score: 0, rank: 3 },
      { nickname: 'Kẻ Phá Rối', score: 9000, rank: null, kicked: true },
      { nickname: 'Ánh Dương', score: 2000, rank: 1, userId: participant.id },
      { nickname: 'Dự Thi', score: 1000, rank: 2 },
    ])
    expect(await liveFinalStandings(database.db, sessionId)).toEqual([
      { playerId: `${sessionId}_p3`, nickname: 'Ánh Dương', score: 2000, rank: 1 },
      { playerId: `${sessionId}_p4`, nickname: 'Dự Thi', score: 1000, rank: 2 },
      { playerId: `${sessionId}_p1`, nickname: 'Bình Minh', score: 0, rank: 3 },
    ])
  })

  it('keeps to the top ten by default, or to the number asked for, and never mixes in another session', async () => {
    const big = await storedSession(Array.from({ length: 12 }, (_, i) => ({ nickname: `Người chơi ${i + 1}`, score: 12_000 - i * 1000, rank: i + 1 })))
    await storedSession([{ nickname: 'Phiên khác', score: 99_000, rank: 1 }])
    const top = await liveFinalStandings(database.db, big)
    expect(top.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(top.map((e) => e.nickname)).not.toContain('Phiên khác')
    expect((await liveFinalStandings(database.db, big, 3)).map((e) => e.nickname)).toEqual(['Người chơi 1', 'Người chơi 2', 'Người chơi 3'])
  })

  it('gives an empty podium for a session that ended without players', async () => {
    expect(await liveFinalStandings(database.db, await storedSession([]))).toEqual([])
  })
})
