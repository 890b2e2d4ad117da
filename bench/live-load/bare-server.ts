/**
 * The reference of the live-load benchmark: a bare Socket.IO server that
 * sends the same events, with payloads of the same shape and size, to the
 * same clients — and nothing else (no game logic, no rate limits, no Redis,
 * no persistence). The app's figures are reported as ratios to this one's.
 *
 * Run by run.ts: node --import tsx bench/live-load/bare-server.ts <port>
 * Control (from the benchmark's "host" socket): bench:host { type } with
 * type openLobby | start | next | end, acknowledged like the app's host commands.
 */
import { createServer } from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Server, type Socket } from 'socket.io'
import { apply, createGame, hostView, projectorView, publicView, type LiveGameState, type PersonalView } from '../../app/core/live/index'
import { RESOLUTION_66_BANK } from '../../prisma/seed-data/resolution-66-bank'

const port = Number(process.argv[2] ?? 3290)
const QUESTIONS = Number(process.argv[3] ?? 3)
const HOST = 'bench-host'

// Template views from the real core, built once at start-up (never during the run).
const source = RESOLUTION_66_BANK.questions.filter((q) => q.type === 'single').slice(0, QUESTIONS)
const created = createGame(
  {
    id: 'bare',
    pin: '482915',
    hostUserId: HOST,
    settings: { questionTimeLimitSec: 20, maxPlayers: 20_000 },
    questions: source.map((q, i) => ({ id: `q${i}`, versionId: `v${i}`, type: 'single' as const, stem: q.stem, options: q.options, explanation: q.explanation, source: q.source })),
  },
  'seed',
  Date.now(),
)
if (!created.ok) throw new Error(created.error.message)
const template: LiveGameState = created.state
apply(template, { type: 'openLobby', by: HOST }, Date.now())
for (let i = 0; i < 12; i++) apply(template, { type: 'join', nickname: `W0n${i}` }, Date.now())

const httpServer = createServer((req, res) => {
  // What run.ts reads from the outside: event-loop delay (reset on each read) and memory.
  if (req.url === '/stats') {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ eventLoopP99Ms: loop.percentile(99) / 1e6, heapMb: process.memoryUsage().heapUsed / 1048576, sockets: io.engine.clientsCount }))
    loop.reset()
    return
  }
  res.statusCode = req.url === '/healthz' ? 200 : 404
  res.end(req.url === '/healthz' ? 'ok' : '')
})
const loop = monitorEventLoopDelay({ resolution: 10 })
loop.enable()
// Same transport settings as the app's server (server/realtime/create-socket-server.ts).
const io = new Server(httpServer, {
  serveClient: false,
  maxHttpBufferSize: 16 * 1024,
  pingInterval: 20_000,
  pingTimeout: 20_000,
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
})

type PlayerData = { playerId: string; nickname: string; option: string | null; score: number }
const players = new Map<string, Socket>()
let questionIndex = -1
let phase: 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'ended' = 'lobby'
let answered = 0
let seq = 0

/** The template moved to the phase the app would be in, so the views have the app's shape and size. */
function advance(type: 'start' | 'next' | 'end') {
  apply(template, { type, by: HOST }, Date.now())
}

function broadcastPublic() {
  io.to('players').emit('live:state', { view: publicView(template), sentAt: Date.now() })
}
function broadcastScreens() {
  const sentAt = Date.now()
  io.to('screen').emit('live:screen', { view: projectorView(template), sentAt })
  io.to('host').emit('live:host', { view: hostView(template), sentAt })
}
function personal(p: PlayerData, rank: number): PersonalView {
  const correct = p.option === 'a'
  return {
    playerId: p.playerId,
    nickname: p.nickname,
    kicked: false,
    score: p.score,
    streak: correct ? 1 : 0,
    correctCount: correct ? 1 : 0,
    rank,
    prevRank: rank,
    teamRank: null,
    answer: p.option ? { questionIndex, optionIds: [p.option] } : null,
    result: { questionIndex, answered: p.option !== null, correct, points: correct ? 750 : 0 },
  }
}

function close() {
  phase = 'reveal'
  advance('next')
  broadcastScreens()
  broadcastPublic()
  const sentAt = Date.now()
  let rank = 0
  const all = [...players.values()]
  let i = 0
  // Same slicing as the app (server/realtime/live-output.ts).
  const slice = () => {
    const end = Math.min(i + 1000, all.length)
    for (; i < end; i++) {
      const s = all[i]
      const p = s.data as PlayerData
      if (p.option === 'a') p.score += 750
      s.emit('live:me', { me: personal(p, ++rank), sentAt })
    }
    if (i < all.length) setImmediate(slice)
  }
  slice()
}

io.on('connection', (socket) => {
  socket.on('live:join', (payload: { nickname?: string }, ack: (r: unknown) => void) => {
    const data: PlayerData = { playerId: `p${++seq}`, nickname: String(payload?.nickname ?? ''), option: null, score: 0 }
    socket.data = data
    players.set(socket.id, socket)
    void socket.join('players')
    socket.on('disconnect', () => players.delete(socket.id))
    ack({ data: { token: 'x'.repeat(120), view: { ...publicView(template), me: personal(data, 0) }, serverNow: Date.now() } })
  })
  socket.on('live:answer', (payload: { questionIndex?: number; optionIds?: string[] }, ack: (r: unknown) => void) => {
    const data = socket.data as PlayerData
    if (phase !== 'question' || payload?.questionIndex !== questionIndex || data.option !== null) {
      ack({ error: { code: 'not_accepting_answers', message: 'Hiện không nhận câu trả lời.' } })
      return
    }
    data.option = payload.optionIds?.[0] ?? 'a'
    answered++
    ack({ data: { questionIndex, optionIds: [data.option], acceptedAt: Date.now() } })
    if (answered >= players.size) close()
  })
  socket.on('live:screen:attach', (_payload: unknown, ack: (r: unknown) => void) => {
    void socket.join('screen')
    ack({ data: { view: projectorView(template), serverNow: Date.now() } })
  })
  socket.on('bench:host', (payload: { type: string }, ack: (r: unknown) => void) => {
    void socket.join('host')
    if (payload.type === 'start' || (payload.type === 'next' && phase === 'leaderboard')) {
      advance(payload.type === 'start' ? 'start' : 'next')
      questionIndex++
      phase = 'question'
      answered = 0
      for (const s of players.values()) (s.data as PlayerData).option = null
      broadcastScreens()
      broadcastPublic()
    } else if (payload.type === 'next' && phase === 'reveal') {
      advance('next')
      phase = 'leaderboard'
      broadcastScreens()
      broadcastPublic()
    } else if (payload.type === 'end') {
      advance('end')
      phase = 'ended'
      broadcastScreens()
      broadcastPublic()
    }
    ack({ data: { view: hostView(template), serverNow: Date.now() } })
  })
})

httpServer.listen(port, '127.0.0.1')
