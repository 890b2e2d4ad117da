/**
 * A load-generator process of the live-load benchmark (forked by run.ts).
 *
 * - bulk: many sockets that join and answer; counts only (cheap).
 * - probe: few sockets (1–2 %) that measure: question fan-out (server emit →
 *   receipt), answer acknowledgement time, and close → own result.
 *
 * Every socket is one player with its own WebSocket, playing exactly like a
 * phone: join with the PIN, answer each question once (at a random moment in
 * the first `spreadMs`), read its result. Only 127.0.0.1 is ever contacted.
 */
import { performance } from 'node:perf_hooks'
import { io, type Socket } from 'socket.io-client'

export type WorkerConfig = {
  type: 'config'
  role: 'bulk' | 'probe'
  workerId: number
  urls: string[]
  pin: string
  count: number
  spreadMs: number
  /** Minimum time before answering (reading the question). */
  thinkMs: number
  /** Connections being opened at once by this worker. */
  inflight: number
  /** Players behind one address (a school's NAT), for the per-IP limits. */
  playersPerIp: number
}
export type ParentMessage = WorkerConfig | { type: 'join'; upTo: number } | { type: 'stop' }

export type QuestionReport = {
  type: 'question'
  workerId: number
  role: 'bulk' | 'probe'
  index: number
  players: number
  received: number
  answered: number
  accepted: number
  refused: number
  refusedCodes: Record<string, number>
  results: number
  fanoutMs: number[]
  ackMs: number[]
  personalMs: number[]
  firstAnswerAt: number
  lastAckAt: number
  elu: number
}
export type WorkerMessage =
  | { type: 'ready'; workerId: number }
  | { type: 'joined'; workerId: number; joined: number; failed: number; errors: Record<string, number>; ms: number }
  | QuestionReport
  | { type: 'stopped'; workerId: number; cpuMs: number }

type Player = { socket: Socket; ok: boolean; answeredIndex: number; resultIndex: number }

const send = (m: WorkerMessage) => process.send?.(m)
let config: WorkerConfig | null = null
const players: Player[] = []
let joinedCount = 0
let failedCount = 0
const joinErrors: Record<string, number> = {}

type Round = Omit<QuestionReport, 'type' | 'workerId' | 'role' | 'elu'> & { eluStart: ReturnType<typeof performance.eventLoopUtilization>; reported: boolean; timer: NodeJS.Timeout }
const rounds = new Map<number, Round>()

function ipFor(i: number, c: WorkerConfig): string {
  const group = Math.floor(i / c.playersPerIp)
  return `10.${(c.workerId + 1) & 255}.${(group >> 8) & 255}.${group & 255}`
}

function roundFor(index: number): Round {
  let r = rounds.get(index)
  if (!r) {
    r = {
      index,
      players: joinedCount,
      received: 0,
      answered: 0,
      accepted: 0,
      refused: 0,
      refusedCodes: {},
      results: 0,
      fanoutMs: [],
      ackMs: [],
      personalMs: [],
      firstAnswerAt: 0,
      lastAckAt: 0,
      eluStart: performance.eventLoopUtilization(),
      reported: false,
      // A question whose results never all arrive is still reported (with what arrived).
      timer: setTimeout(() => report(index), 90_000),
    }
    rounds.set(index, r)
  }
  return r
}

function report(index: number) {
  const r = rounds.get(index)
  if (!r || r.reported || !config) return
  r.reported = true
  clearTimeout(r.timer)
  const { eluStart, reported: _reported, timer: _timer, ...rest } = r
  send({ type: 'question', workerId: config.workerId, role: config.role, ...rest, elu: performance.eventLoopUtilization(eluStart).utilization })
}

function maybeDone(index: number) {
  const r = rounds.get(index)
  if (r && r.results >= r.players && r.answered >= r.players && r.accepted + r.refused >= r.answered) report(index)
}

function attach(player: Player, c: WorkerConfig) {
  const probe = c.role === 'probe'
  player.socket.on('live:state', (m: { view: { phase: string; question: { index: number; options: { id: string }[] } | null }; sentAt: number }) => {
    const q = m.view.question
    if (m.view.phase !== 'question' || !q || player.answeredIndex >= q.index) return
    player.answeredIndex = q.index
    const r = roundFor(q.index)
    r.received++
    if (probe) r.fanoutMs.push(Date.now() - m.sentAt)
    const option = q.options[Math.floor(Math.random() * q.options.length)].id
    setTimeout(() => {
      const sentAt = performance.now()
      r.answered++
      if (!r.firstAnswerAt) r.firstAnswerAt = Date.now()
      player.socket.emit('live:answer', { questionIndex: q.index, optionIds: [option] }, (ack: { data?: unknown; error?: { code: string } }) => {
        if (probe) r.ackMs.push(performance.now() - sentAt)
        r.lastAckAt = Date.now()
        if (ack.error) {
          r.refused++
          r.refusedCodes[ack.error.code] = (r.refusedCodes[ack.error.code] ?? 0) + 1
        } else r.accepted++
        maybeDone(q.index)
      })
    }, c.thinkMs + Math.random() * c.spreadMs)
  })
  player.socket.on('live:me', (m: { me: { result?: { questionIndex: number } }; sentAt: number }) => {
    const qi = m.me.result?.questionIndex
    if (qi === undefined || player.resultIndex >= qi) return
    player.resultIndex = qi
    const r = roundFor(qi)
    r.results++
    if (probe) r.personalMs.push(Date.now() - m.sentAt)
    maybeDone(qi)
  })
}

function joinOne(i: number, c: WorkerConfig): Promise<void> {
  return new Promise((resolve) => {
    const socket = io(c.urls[i % c.urls.length], {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 30_000,
      extraHeaders: { 'x-forwarded-for': ipFor(i, c) },
    })
    const player: Player = { socket, ok: false, answeredIndex: -1, resultIndex: -1 }
    players.push(player)
    const fail = (why: string) => {
      joinErrors[why] = (joinErrors[why] ?? 0) + 1
      failedCount++
      resolve()
    }
    socket.once('connect_error', (e) => fail(`connect: ${e.message}`))
    socket.once('connect', () => {
      socket.emit('live:join', { pin: c.pin, nickname: `W${c.workerId}n${i}` }, (ack: { data?: unknown; error?: { code: string } }) => {
        if (ack.error) return fail(ack.error.code)
        player.ok = true
        joinedCount++
        attach(player, c)
        resolve()
      })
    })
  })
}

async function joinUpTo(upTo: number) {
  const c = config
  if (!c) return
  const started = performance.now()
  let next = players.length
  const end = Math.min(upTo, c.count)
  const lanes = Array.from({ length: Math.max(1, c.inflight) }, async () => {
    while (next < end) {
      const i = next++
      await joinOne(i, c)
    }
  })
  await Promise.all(lanes)
  send({ type: 'joined', workerId: c.workerId, joined: joinedCount, failed: failedCount, errors: joinErrors, ms: performance.now() - started })
}

process.on('message', (m: ParentMessage) => {
  if (m.type === 'config') {
    config = m
    send({ type: 'ready', workerId: m.workerId })
  } else if (m.type === 'join') {
    void joinUpTo(m.upTo)
  } else if (m.type === 'stop') {
    for (const p of players) p.socket.disconnect()
    for (const r of rounds.values()) clearTimeout(r.timer)
    const cpu = process.cpuUsage()
    send({ type: 'stopped', workerId: config?.workerId ?? -1, cpuMs: (cpu.user + cpu.system) / 1000 })
    setTimeout(() => process.exit(0), 200)
  }
})
process.on('disconnect', () => process.exit(0))
