import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostAttachResult, JoinResult, ScreenAttachResult } from '../../app/core/live/contract'
import ExcelJS from 'exceljs'
import { liveResultsWorkbook } from '../../app/models/live-results-read.server'
import { createLiveSession } from '../../app/models/live-sessions.server'
import { screenKey } from '../../app/utils/live-tokens.server'
import { uniqueKeyPrefix } from '../../server/stores/redis-test-support'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'
import { connected, LIVE_TEST_SECRET, request, seedLiveWorld, startLiveNode, until, type LiveClient, type LiveNode } from '../setup/live-node'

/**
 * The live quiz over real sockets: a real Socket.IO server with the Redis
 * adapter, real socket.io-client connections, PostgreSQL at the end. Every
 * frame the phones and the projector receive is recorded and checked.
 */

let database: TestDatabase
let world: Awaited<ReturnType<typeof seedLiveWorld>>
let node: LiveNode

beforeAll(async () => {
  database = await createTestDatabase()
  world = await seedLiveWorld(database.db, 'sockets')
  node = await startLiveNode({ db: database.db, nodeId: 'sockets-a', keyPrefix: uniqueKeyPrefix('live-sockets') })
})

afterAll(async () => {
  await node?.close()
  await database?.drop()
})

type Ok<T> = { data: T }
function data<T>(ack: unknown): T {
  if (!ack || typeof ack !== 'object' || !('data' in ack)) throw new Error(`refused: ${JSON.stringify(ack)}`)
  return (ack as Ok<T>).data
}
function errorCode(ack: unknown): string | undefined {
  return (ack as { error?: { code: string } }).error?.code
}

async function newGame(settings: Record<string, unknown> = {}, count = 2) {
  const created = await createLiveSession(
    database.db,
    node.live.api,
    { id: world.host.id, organisationId: world.organisationId },
    {
      title: 'Thi nhanh Nghị quyết 66',
      filter: { bankId: world.bankId, tags: [], difficulty: null, count },
      settings: { questionTimeLimitSec: 5, latencyAllowanceMs: 300, ...settings },
    },
  )
  if (!created.ok) throw new Error(created.message)
  return created
}

/** Every Socket.IO packet a client receives, as the raw text on the wire. */
function recordFrames(socket: LiveClient): string[] {
  const frames: string[] = []
  socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) => {
    if (packet.type === 'message') frames.push(String(packet.data))
  })
  return frames
}

/** The JSON part of a Socket.IO packet ("42[...]", "431[...]"). */
function frameJson(frame: string): unknown {
  const match = /^\d(?:\/[^,]*,)?\d*(.*)$/s.exec(frame)
  return match?.[1] ? JSON.parse(match[1]) : null
}

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k)
      keysOf(v, out)
    }
  }
  return out
}

/** The shape of a frame: keys kept, every value replaced by its type. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
  return typeof value
}

const SECRET_KEYS = ['correctOptionIds', 'correct', 'points', 'reveal', 'result', 'distribution', 'sourceOptionId', 'correctCount']

async function hostOf(gameId: string) {
  const host = node.client({ cookie: world.host.cookie })
  await connected(host)
  const attached = data<HostAttachResult>(await request(host, 'live:host:attach', { gameId }))
  const command = async (type: string, extra: Record<string, unknown> = {}) => request(host, 'live:host:command', { gameId, command: { type, ...extra } })
  return { socket: host, view: attached.view, command }
}

async function player(pin: string, nickname: string, opts: { cookie?: string; asUser?: boolean; ip?: string } = {}) {
  const socket = node.client({ cookie: opts.cookie })
  const frames = recordFrames(socket)
  await connected(socket)
  const joined = data<JoinResult>(await request(socket, 'live:join', { pin, nickname, ...(opts.asUser ? { asUser: true } : {}) }))
  return { socket, frames, joined, playerId: joined.view.me.playerId }
}

describe('a live game over real sockets', () => {
  it('plays a full game; before each close no frame any phone or the projector receives says which option is right', async () => {
    const { id: gameId, pin } = await newGame()
    const host = await hostOf(gameId)
    expect(data(await host.command('openLobby'))).toBeTruthy()

    const screen = node.client()
    const screenFrames = recordFrames(screen)
    await connected(screen)
    data<ScreenAttachResult>(await request(screen, 'live:screen:attach', { gameId, key: screenKey(LIVE_TEST_SECRET, gameId) }))

    const an = await player(pin, 'Ánh')
    const binh = await player(pin, 'Bình')
    const chi = await player(pin, 'Chi', { cookie: world.participant.cookie, asUser: true })
    expect(chi.joined.view.me.unitName).toBe('Phường Ba Đình')
    expect(an.joined.token).toMatch(/^[\w-]+\.[\w-]+$/)
    await until(() => screenFrames.some((f) => f.includes('"Chi"')), 5000, 'the lobby on the projector to show Chi')

    const key: string[] = []
    for (let qi = 0; qi < 2; qi++) {
      const before = { an: an.frames.length, binh: binh.frames.length, screen: screenFrames.length }
      const opened = data<HostAttachResult>(await host.command(qi === 0 ? 'start' : 'next'))
      expect(opened.view.phase).toBe('question')
      await until(() => an.frames.length > before.an && binh.frames.length > before.binh, 5000, 'the question to reach the phones')
      const options = opened.view.question!.options.map((o) => o.id)

      // Ánh and Bình answer different options; Chi does not answer. One of them is right.
      const ackAn = data<{ questionIndex: number; optionIds: string[]; acceptedAt: number }>(
        await request(an.socket, 'live:answer', { questionIndex: qi, optionIds: [options[0]] }),
      )
      expect(Object.keys(ackAn).sort()).toEqual(['acceptedAt', 'optionIds', 'questionIndex'])
      data(await request(binh.socket, 'live:answer', { questionIndex: qi, optionIds: [options[1]] }))
      await until(() => screenFrames.slice(before.screen).some((f) => f.includes('"answeredCount":2')), 5000, 'the answered counter')

      // Everything received from the frame that opened the question up to now (the question is still open).
      const fromOpening = (frames: string[], from: number, event: string) => {
        const rest = frames.slice(from)
        const first = rest.findIndex((f) => {
          const json = frameJson(f)
          return Array.isArray(json) && json[0] === event && (json[1] as { view: { phase: string } }).view.phase === 'question'
        })
        expect(first, `${event} opening question ${qi}`).toBeGreaterThanOrEqual(0)
        return rest.slice(first)
      }
      const open = {
        an: fromOpening(an.frames, before.an, 'live:state'),
        binh: fromOpening(binh.frames, before.binh, 'live:state'),
        screen: fromOpening(screenFrames, before.screen, 'live:screen'),
      }
      for (const frames of Object.values(open)) {
        for (const frame of frames) {
          const keys = keysOf(frameJson(frame))
          expect(SECRET_KEYS.filter((k) => keys.has(k)), frame.slice(0, 200)).toEqual([])
        }
      }
      // The right answerer and the wrong one received frames of exactly the same shape.
      expect(open.an.map((f) => shape(frameJson(f)))).toEqual(open.binh.map((f) => shape(frameJson(f))))

      const closed = data<HostAttachResult>(await host.command('next'))
      expect(closed.view.phase).toBe('reveal')
      key.push(closed.view.reveal!.correctOptionIds[0])
      await until(() => an.frames.some((f) => f.includes('"live:me"') && f.includes(`"questionIndex":${qi},"answered":true`)), 5000, 'own result')
      await until(() => chi.frames.some((f) => f.includes('"live:me"') && f.includes(`"questionIndex":${qi},"answered":false`)), 5000, 'own result')
      const reveal = an.frames.map(frameJson).find(
        (f): f is [string, { view: { phase: string; reveal?: { correctOptionIds: string[]; questionIndex: number } } }] =>
          Array.isArray(f) && f[0] === 'live:state' && (f[1] as { view: { phase: string } }).view.phase === 'reveal' && (f[1] as { view: { reveal?: { questionIndex: number } } }).view.reveal?.questionIndex === qi,
      )
      expect(reveal?.[1].view.reveal?.correctOptionIds).toEqual([key[qi]])
      expect(data<HostAttachResult>(await host.command('next')).view.phase).toBe('leaderboard')
    }
    expect(data<HostAttachResult>(await host.command('next')).view.phase).toBe('ended')
    await until(() => screenFrames.some((f) => f.includes('"podium"')), 5000, 'the podium')

    // Stored in PostgreSQL in one go, then released from Redis.
    await until(async () => (await database.db.liveSession.findUnique({ where: { id: gameId } }))?.status === 'ENDED', 10_000, 'the session to be stored')
    const players = await database.db.livePlayer.findMany({ where: { sessionId: gameId }, orderBy: { rank: 'asc' } })
    expect(players.map((p) => p.nickname).sort()).toEqual(['Bình', 'Chi', 'Ánh'].sort())
    expect(players.find((p) => p.nickname === 'Chi')?.userId).toBe(world.participant.id)
    expect(players.find((p) => p.nickname === 'Chi')?.unitId).toBe(world.unitId)
    const answers = await database.db.liveAnswer.findMany({ where: { sessionId: gameId } })
    expect(answers).toHaveLength(4)
    expect(answers.filter((a) => a.correct).length).toBe(players.reduce((n, p) => n + p.correctCount, 0))
    // Times come back as the instants they were (UTC kept), options as the bank version's own ids.
    for (const a of answers) expect(Math.abs(a.answeredAt.getTime() - Date.now())).toBeLessThan(120_000)
    for (const p of players) expect(Math.abs(p.joinedAt.getTime() - Date.now())).toBeLessThan(120_000)
    const versions = await database.db.questionVersion.findMany({ where: { id: { in: answers.map((a) => a.questionVersionId) } }, select: { id: true, options: true } })
    for (const a of answers) {
      const ids = (versions.find((v) => v.id === a.questionVersionId)!.options as { id: string }[]).map((o) => o.id)
      expect(a.optionIds).toHaveLength(1)
      expect(ids).toContain(a.optionIds[0])
    }
    await until(async () => (await node.stores.liveGames.load(gameId)) === null, 5000, 'Redis to be released')
    expect(await node.stores.liveGames.findByPin(pin)).toBeNull()

    // The XLSX export has the ranking, the questions and every answer.
    const xlsx = new ExcelJS.Workbook()
    const chunks: Buffer[] = []
    for await (const chunk of liveResultsWorkbook(database.db, gameId, 'Thi nhanh')) chunks.push(chunk as Buffer)
    await xlsx.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer)
    expect(xlsx.worksheets.map((w) => w.name)).toEqual(['Xếp hạng', 'Đơn vị', 'Câu hỏi', 'Chi tiết trả lời'])
    expect(xlsx.getWorksheet('Xếp hạng')!.actualRowCount).toBe(1 + 3)
    expect(xlsx.getWorksheet('Câu hỏi')!.actualRowCount).toBe(1 + 2)
    expect(xlsx.getWorksheet('Chi tiết trả lời')!.actualRowCount).toBe(1 + 4)
    expect(xlsx.getWorksheet('Đơn vị')!.getRow(2).getCell(2).value).toBe('Phường Ba Đình')
    const chiRow = xlsx.getWorksheet('Xếp hạng')!.getRows(2, 3)!.find((r) => r.getCell(2).value === 'Chi')!
    expect(chiRow.getCell(3).value).toBe('Trần Văn Dự Thi')

    // A phone that comes back afterwards still gets its result, from PostgreSQL.
    const late = node.client()
    await connected(late)
    const final = data<{ final: { nickname: string; questionCount: number; score: number } }>(await request(late, 'live:rejoin', { token: an.joined.token }))
    expect(final.final).toMatchObject({ nickname: 'Ánh', questionCount: 2, score: players.find((p) => p.nickname === 'Ánh')!.score })
  })

  it('refuses wrong-question, duplicate, late, forged and kicked answers, and acknowledges each refusal', async () => {
    const { id: gameId, pin } = await newGame({ questionTimeLimitSec: 5, latencyAllowanceMs: 200 }, 2)
    const host = await hostOf(gameId)
    await host.command('openLobby')
    const an = await player(pin, 'An')
    const bao = await player(pin, 'Bảo')
    const cuong = await player(pin, 'Cường')
    const opened = data<HostAttachResult>(await host.command('start'))
    const option = opened.view.question!.options[0].id

    expect(errorCode(await request(an.socket, 'live:answer', { questionIndex: 1, optionIds: [option] }))).toBe('wrong_question')
    expect(errorCode(await request(an.socket, 'live:answer', { questionIndex: 0, optionIds: [option], playerId: bao.playerId }))).toBe('invalid_payload')
    expect(errorCode(await request(an.socket, 'live:answer', { questionIndex: 0, optionIds: ['z'] }))).toBe('invalid_option')
    data(await request(an.socket, 'live:answer', { questionIndex: 0, optionIds: [option] }))
    expect(errorCode(await request(an.socket, 'live:answer', { questionIndex: 0, optionIds: [option] }))).toBe('already_answered')

    // Kicked: told, disconnected, and refused with the same identity afterwards.
    const kickedNotice = new Promise<string>((resolve) => cuong.socket.once('live:kicked', (m) => resolve(m.message)))
    const disconnected = new Promise<void>((resolve) => cuong.socket.once('disconnect', () => resolve()))
    data(await host.command('kick', { playerId: cuong.playerId }))
    expect(await kickedNotice).toMatch(/mời ra khỏi/)
    await disconnected
    const again = node.client()
    await connected(again)
    expect(errorCode(await request(again, 'live:rejoin', { token: cuong.joined.token }))).toBe('identity_kicked')
    expect(errorCode(await request(again, 'live:join', { pin, nickname: 'CƯỜNG' }))).toBe('identity_kicked')

    // Late: after the deadline and the allowance the question is closed; the answer is refused.
    await until(async () => node.live.engine.runnerOf(gameId)?.state.phase === 'reveal', 9000, 'the deadline')
    expect(errorCode(await request(bao.socket, 'live:answer', { questionIndex: 0, optionIds: [option] }))).toBe('not_accepting_answers')
    const state = node.live.engine.runnerOf(gameId)!.state
    expect(state.results[0]).toMatchObject({ status: 'closed', reason: 'deadline', answeredCount: 1 })
  })

  it('keeps players away from host controls and hosts away from games that are not theirs', async () => {
    const mine = await newGame()
    const host = await hostOf(mine.id)
    await host.command('openLobby')
    const an = await player(mine.pin, 'An')

    // A player's socket may not attach as host nor send host commands.
    expect(errorCode(await request(an.socket, 'live:host:command', { gameId: mine.id, command: { type: 'start' } }))).toBe('forbidden')
    expect(errorCode(await request(an.socket, 'live:host:attach', { gameId: mine.id }))).toBe('wrong_role')
    // An anonymous socket, and a signed-in participant, cannot attach as host.
    const anonymous = node.client()
    await connected(anonymous)
    expect(errorCode(await request(anonymous, 'live:host:attach', { gameId: mine.id }))).toBe('not_signed_in')
    const participant = node.client({ cookie: world.participant.cookie })
    await connected(participant)
    expect(errorCode(await request(participant, 'live:host:attach', { gameId: mine.id }))).toBe('forbidden')
    // The projector needs the host's login or the link's key.
    expect(errorCode(await request(anonymous, 'live:screen:attach', { gameId: mine.id }))).toBe('not_signed_in')
    expect(errorCode(await request(anonymous, 'live:screen:attach', { gameId: mine.id, key: screenKey(LIVE_TEST_SECRET, 'another-game') }))).toBe('not_signed_in')

    // Another host: cannot attach to this game, and a socket attached to one game cannot drive another.
    const other = node.client({ cookie: world.otherHost.cookie })
    await connected(other)
    expect(errorCode(await request(other, 'live:host:attach', { gameId: mine.id }))).toBe('forbidden')
    expect(errorCode(await request(other, 'live:host:command', { gameId: mine.id, command: { type: 'start' } }))).toBe('forbidden')
    const second = await newGame()
    expect(errorCode(await request(host.socket, 'live:host:command', { gameId: second.id, command: { type: 'openLobby' } }))).toBe('forbidden')
    expect(node.live.engine.runnerOf(second.id)?.state.phase).toBe('created')
    expect(node.live.engine.runnerOf(mine.id)?.state.phase).toBe('lobby')
  })

  it('refuses unknown events, malformed and oversized payloads with a clear error; the game goes on', async () => {
    const { id: gameId, pin } = await newGame()
    const host = await hostOf(gameId)
    await host.command('openLobby')
    const an = await player(pin, 'An')
    const unknown = (await request(an.socket, 'live:cheat', { give: 'answers' })) as { error: { code: string; message: string } }
    expect(unknown.error).toEqual({ code: 'unknown_event', message: 'Thao tác không được hỗ trợ.' })
    const bad = (await request(an.socket, 'live:answer', 'không phải đối tượng')) as { error: { code: string; message: string } }
    expect(bad.error.code).toBe('invalid_payload')
    expect(bad.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ/)
    const badField = (await request(an.socket, 'live:answer', { questionIndex: 'một', optionIds: ['a'] })) as { error: { message: string } }
    expect(badField.error.message).toContain('trường "questionIndex"')
    expect(errorCode(await request(an.socket, 'live:answer', { questionIndex: 0, optionIds: ['a'], pad: 'x'.repeat(3000) }))).toBe('payload_too_large')
    expect(errorCode(await request(an.socket, 'live:join', { pin: '12345', nickname: 'X' }))).toBe('invalid_payload')
    // Beyond Socket.IO's buffer limit the connection itself is closed; other players are unaffected.
    const flooder = node.client()
    await connected(flooder)
    const closed = new Promise<string>((resolve) => flooder.once('disconnect', (reason) => resolve(reason)))
    ;(flooder as unknown as { emit(event: string, payload: unknown): void }).emit('live:answer', { questionIndex: 0, optionIds: ['a'.repeat(20_000)] })
    expect(await closed).toBe('transport close')
    const bao = await player(pin, 'Bảo')
    expect(data<HostAttachResult>(await host.command('start')).view.playerCount).toBe(2)
    data(await request(bao.socket, 'live:answer', { questionIndex: 0, optionIds: ['a'] }))
  })

  it('team mode: a guest picks a unit of the organisation; another organisation\'s unit or none is refused', async () => {
    const { id: gameId, pin } = await newGame({ teamMode: true })
    const host = await hostOf(gameId)
    await host.command('openLobby')
    const socket = node.client()
    await connected(socket)
    expect(errorCode(await request(socket, 'live:join', { pin, nickname: 'Không đơn vị' }))).toBe('unit_required')
    const foreign = await database.db.organisation.create({ data: { name: 'Tổ chức khác', slug: `khac-${Date.now()}` } })
    const foreignUnit = await database.db.unit.create({ data: { organisationId: foreign.id, name: 'Đơn vị lạ', nameKey: 'don vi la' } })
    expect(errorCode(await request(socket, 'live:join', { pin, nickname: 'Đơn vị lạ', unitId: foreignUnit.id }))).toBe('invalid_unit')
    const joined = data<JoinResult>(await request(socket, 'live:join', { pin, nickname: 'Có đơn vị', unitId: world.unitId }))
    expect(joined.view.me.unitName).toBe('Phường Ba Đình')
  })

  it('rate-limits a flood from one socket', async () => {
    const { id: gameId, pin } = await newGame()
    const host = await hostOf(gameId)
    await host.command('openLobby')
    const an = await player(pin, 'An Lũ')
    const results = await Promise.all(Array.from({ length: 60 }, () => request(an.socket, 'live:time', {})))
    const limited = results.filter((r) => errorCode(r) === 'rate_limited').length
    expect(limited).toBeGreaterThanOrEqual(35) // 20 events per second per socket (one of them was the join)
    expect(results.length - limited).toBeLessThanOrEqual(20)
  })

  it('rate-limits PIN guessing per address: after 20 wrong PINs even the right one is refused for a while', async () => {
    const { id: gameId, pin } = await newGame()
    const host = await hostOf(gameId)
    await host.command('openLobby')
    // A fresh limiter key: the guesser's address as a proxy would report it.
    const guesser = node.client({ headers: { 'x-forwarded-for': '203.0.113.7' } })
    await connected(guesser)
    const codes: (string | undefined)[] = []
    for (let i = 0; i < 22; i++) {
      const wrongPin = String(100_000 + ((Number(pin) - 100_000 + 1 + i * 7919) % 900_000))
      codes.push(errorCode(await request(guesser, 'live:join', { pin: wrongPin, nickname: 'Đoán mò' })))
      await new Promise((resolve) => setTimeout(resolve, 55)) // stay under the per-socket event limit
    }
    expect(codes.slice(0, 20).every((c) => c === 'pin_not_found')).toBe(true)
    expect(codes.slice(20)).toEqual(['pin_rate_limited', 'pin_rate_limited'])
    expect(errorCode(await request(guesser, 'live:join', { pin, nickname: 'Đoán mò' }))).toBe('pin_rate_limited')
  }, 20_000)

  it('a phone that reconnects with its token keeps its score and place; the projector and host come back too', async () => {
    const { id: gameId, pin } = await newGame()
    const host = await hostOf(gameId)
    await host.command('openLobby')
    const an = await player(pin, 'An')
    const bao = await player(pin, 'Bảo')
    const opened = data<HostAttachResult>(await host.command('start'))
    data(await request(an.socket, 'live:answer', { questionIndex: 0, optionIds: [opened.view.question!.options[0].id] }))
    data(await request(bao.socket, 'live:answer', { questionIndex: 0, optionIds: [opened.view.question!.options[1].id] }))
    await until(() => node.live.engine.runnerOf(gameId)?.state.phase === 'reveal', 5000, 'the close')
    const scoreBefore = node.live.engine.runnerOf(gameId)!.state.players[an.playerId]

    an.socket.disconnect() // the phone sleeps
    const back = node.client()
    await connected(back)
    const rejoined = data<{ view: { me: { playerId: string; score: number; rank: number | null; result?: { questionIndex: number } } } }>(
      await request(back, 'live:rejoin', { token: an.joined.token }),
    )
    expect(rejoined.view.me).toMatchObject({ playerId: an.playerId, score: scoreBefore.score, rank: scoreBefore.rank, result: { questionIndex: 0 } })
    // And it plays on: the next question reaches the new socket.
    const next = new Promise((resolve) => back.on('live:state', (m) => m.view.phase === 'question' && resolve(m.view.question?.index)))
    await host.command('next')
    await host.command('next')
    expect(await next).toBe(1)
    // A forged token is refused.
    const [body] = an.joined.token.split('.')
    expect(errorCode(await request(node.client(), 'live:rejoin', { token: `${body}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` }))).toBe('invalid_token')
  })
})

describe('the embedded default: no Redis, one process', () => {
  it('plays with in-process stores and counts its running games', async () => {
    const local = await startLiveNode({ db: database.db, nodeId: 'embedded', keyPrefix: 'unused:', inProcess: true })
    try {
      const created = await createLiveSession(
        database.db,
        local.live.api,
        { id: world.host.id, organisationId: world.organisationId },
        { title: 'Không Redis', filter: { bankId: world.bankId, tags: [], difficulty: null, count: 1 }, settings: { questionTimeLimitSec: 5 } },
      )
      if (!created.ok) throw new Error(created.message)
      expect(local.stores.mode).toBe('in-process')
      expect(await local.metrics.registry.getSingleMetricAsString('live_games_running')).toMatch(/live_games_running 1$/m)
      const host = local.client({ cookie: world.host.cookie })
      await connected(host)
      data(await request(host, 'live:host:attach', { gameId: created.id }))
      data(await request(host, 'live:host:command', { gameId: created.id, command: { type: 'openLobby' } }))
      const socket = local.client()
      await connected(socket)
      const result = new Promise<boolean>((resolve) => socket.on('live:me', (m) => m.me.result && resolve(m.me.result.answered)))
      data<JoinResult>(await request(socket, 'live:join', { pin: created.pin, nickname: 'Một mình' }))
      data(await request(host, 'live:host:command', { gameId: created.id, command: { type: 'start' } }))
      data(await request(socket, 'live:answer', { questionIndex: 0, optionIds: ['a'] }))
      expect(await result).toBe(true)
      data(await request(host, 'live:host:command', { gameId: created.id, command: { type: 'next' } }))
      data(await request(host, 'live:host:command', { gameId: created.id, command: { type: 'next' } }))
      await until(async () => (await database.db.liveSession.findUnique({ where: { id: created.id } }))?.status === 'ENDED', 10_000, 'stored')
      await until(async () => /live_games_running 0$/m.test(await local.metrics.registry.getSingleMetricAsString('live_games_running')), 5000, 'gauge back to 0')
    } finally {
      await local.close()
    }
  })
})
