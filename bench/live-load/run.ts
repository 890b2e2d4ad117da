/**
 * Live-load benchmark: one whole live game with N simulated players, against
 * the real app (the production build, dist/server.js, with PostgreSQL and
 * Redis) and against a bare Socket.IO server sending the same payloads to the
 * same clients, alternated A/B/A/B; medians and app/bare ratios are printed.
 *
 *   npm run build
 *   npx tsx bench/live-load/run.ts --players 1000 [--runs 3] [--questions 3] [--spread 3000]
 *   npx tsx bench/live-load/run.ts --players 10000 --processes 2 --mode app   # one game across two app processes
 *
 * Method (see /work/shared/notes/benchmarking.md): bulk worker processes
 * (≤ 5,000 sockets each) only make load and count; a probe process with
 * ~1.5 % of the sockets (at least 100), joined in the same ten rounds so its
 * sockets sit spread through the room, measures latency. The server is also
 * measured from outside (/proc: CPU, memory, time waiting for a CPU) and
 * inside (event-loop delay). A run whose workers were over 70 % busy (probe
 * 20 %) or whose server waited for a CPU more than 10 % of the time is
 * flagged. Only 127.0.0.1 is contacted; every loop is bounded.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { createClient } from 'redis'
import { io, type Socket } from 'socket.io-client'
import { screenKey } from '../../app/utils/live-tokens.server'
import { ADMIN_URL, recreateDatabase } from '../../test/setup/test-database'
import { createAppGame } from './app-session'
import { between, sampleProcess, type ProcSample } from './proc-stats'
import { median, round, summary } from './stats'
import type { ParentMessage, QuestionReport, WorkerMessage } from './worker'

// ───────────────────────── settings ─────────────────────────

const args = new Map<string, string>()
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1] ?? '')
const PLAYERS = Number(args.get('players') ?? 1000)
const RUNS = Number(args.get('runs') ?? 3)
const QUESTIONS = Number(args.get('questions') ?? 3)
const SPREAD_MS = Number(args.get('spread') ?? 3000)
/** Nobody answers sooner than this after seeing a question (reading time); 0 = answers may come at once. */
const THINK_MS = Number(args.get('think') ?? 0)
const PROCESSES = Number(args.get('processes') ?? 1)
const MODE = (args.get('mode') ?? (PROCESSES > 1 ? 'app' : 'ab')) as 'ab' | 'app' | 'bare'
const PER_WORKER = 5000
const INFLIGHT_TOTAL = 500
const PLAYERS_PER_IP = 25
const SECRET = 'bench-session-secret-that-is-long-enough-123'
const APP_PORTS = [3206, 3207]
const BARE_PORT = 3208
const DB_NAME = process.env.BENCH_DB ?? 'tpl_bench_live'
/** Before each run, wait (at most 5 minutes) for the 1-minute load average to drop below this: the machine is shared. */
const CALM_LOAD = Number(args.get('calm') ?? 2)
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/7'

if (!(PLAYERS >= 10 && PLAYERS <= 19_000)) throw new Error('--players must be between 10 and 19000')
if (!(RUNS >= 1 && RUNS <= 10) || !(QUESTIONS >= 1 && QUESTIONS <= 10) || !(PROCESSES === 1 || PROCESSES === 2)) throw new Error('bad --runs/--questions/--processes')

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0
  } finally {
    await client.end()
  }
}

function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until<T>(what: string, timeoutMs: number, fn: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const start = Date.now()
  for (;;) {
    const value = await fn()
    if (value !== undefined) return value
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${what}`)
    await sleep(20)
  }
}

// ───────────────────────── servers ─────────────────────────

type ServerHandle = { kind: 'app' | 'bare'; url: string; child: ChildProcess }

async function startServer(kind: 'app' | 'bare', port: number, databaseUrl: string): Promise<ServerHandle> {
  const url = `http://127.0.0.1:${port}`
  const child =
    kind === 'app'
      ? spawn(process.execPath, [...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []), 'dist/server.js'], {
          env: {
            ...process.env,
            NODE_ENV: 'production',
            PORT: String(port),
            HOST: '127.0.0.1',
            PUBLIC_URL: url,
            DATABASE_URL: databaseUrl,
            REDIS_URL,
            SESSION_SECRET: SECRET,
            CERTIFICATE_SECRET: SECRET,
            SEED_DEMO: 'true',
            LOG_LEVEL: 'warn',
            // The simulated players come through a "proxy" with their own addresses (X-Forwarded-For), as in production.
            TRUST_PROXY: 'true',
            DATA_DIR: 'data/bench',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : spawn(process.execPath, ['--import', 'tsx', 'bench/live-load/bare-server.ts', String(port), String(QUESTIONS)], { stdio: ['ignore', 'ignore', 'inherit'] })
  await until(`${kind} server on ${port}`, 90_000, async () => ((await fetch(`${url}/healthz`).catch(() => null))?.status === 200 ? true : undefined))
  return { kind, url, child }
}

async function stopServer(s: ServerHandle) {
  if (s.child.exitCode !== null) return
  const exited = new Promise((resolve) => s.child.once('exit', resolve))
  s.child.kill('SIGTERM')
  await Promise.race([exited, sleep(15_000)])
  if (s.child.exitCode === null) s.child.kill('SIGKILL')
}

/** Event-loop delay p99 (ms) since the last read (both servers reset their histogram on each read). */
async function eventLoopP99(s: ServerHandle): Promise<number> {
  if (s.kind === 'bare') return ((await (await fetch(`${s.url}/stats`)).json()) as { eventLoopP99Ms: number }).eventLoopP99Ms
  const text = await (await fetch(`${s.url}/metrics`)).text()
  return Number(/^nodejs_eventloop_lag_p99_seconds (\S+)/m.exec(text)?.[1] ?? Number.NaN) * 1000
}

// ───────────────────────── workers ─────────────────────────

type WorkerHandle = { child: ChildProcess; id: number; role: 'bulk' | 'probe'; count: number; messages: WorkerMessage[] }

function startWorker(id: number, role: 'bulk' | 'probe', count: number, urls: string[], pin: string, inflight: number): Promise<WorkerHandle> {
  const child = fork(path.resolve('bench/live-load/worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const handle: WorkerHandle = { child, id, role, count, messages: [] }
  child.on('message', (m: WorkerMessage) => handle.messages.push(m))
  const config: ParentMessage = { type: 'config', role, workerId: id, urls, pin, count, spreadMs: SPREAD_MS, thinkMs: THINK_MS, inflight, playersPerIp: PLAYERS_PER_IP }
  child.send(config)
  return until(`worker ${id} ready`, 30_000, () => (handle.messages.some((m) => m.type === 'ready') ? handle : undefined))
}

// ───────────────────────── one run ─────────────────────────

type QuestionResult = {
  fanoutMs: number[]
  ackMs: number[]
  personalMs: number[]
  accepted: number
  refused: number
  refusedCodes: Record<string, number>
  answersPerSecond: number
  closeToRevealMs: number
  closeToLeaderboardMs: number
  serverCpuMs: number
  serverCpuPercent: number
  waitPercent: number
  eventLoopP99Ms: number
  bulkElu: number
  probeElu: number
}
type RunResult = {
  kind: 'app' | 'bare'
  players: number
  joined: number
  joinFailed: number
  joinErrors: Record<string, number>
  joinSeconds: number
  rssAfterJoinMb: number[]
  questions: QuestionResult[]
  storeSeconds: number | null
  valid: boolean
  notes: string[]
}

async function runOnce(kind: 'app' | 'bare', databaseUrl: string): Promise<RunResult> {
  const redis = createClient({ url: REDIS_URL })
  redis.on('error', () => {})
  await redis.connect()
  await redis.flushDb()
  await redis.quit()

  const servers: ServerHandle[] =
    kind === 'app'
      ? await Promise.all(APP_PORTS.slice(0, PROCESSES).map((p) => startServer('app', p, databaseUrl)))
      : [await startServer('bare', BARE_PORT, databaseUrl)]
  const workers: WorkerHandle[] = []
  const sockets: Socket[] = []
  try {
    const base = servers[0].url
    let gameId = 'bare'
    let cookie = ''
    if (kind === 'app') ({ gameId, cookie } = await createAppGame(base, { questions: QUESTIONS, timeLimitSec: 30, title: `Bench ${PLAYERS}` }))
    const host = io(base, { transports: ['websocket'], forceNew: true, extraHeaders: cookie ? { cookie } : {} })
    const screen = io(base, { transports: ['websocket'], forceNew: true })
    sockets.push(host, screen)
    const screenSeen: { phase: string; qi: number | null; sentAt: number; at: number }[] = []
    screen.on('live:screen', (m: { view: { phase: string; question: { index: number } | null }; sentAt: number }) =>
      screenSeen.push({ phase: m.view.phase, qi: m.view.question?.index ?? null, sentAt: m.sentAt, at: Date.now() }),
    )
    const ask = <T>(socket: Socket, event: string, payload: unknown) =>
      new Promise<T>((resolve, reject) => socket.timeout(30_000).emit(event, payload, (err: Error | null, r: T) => (err ? reject(err) : resolve(r))))
    const command = async (type: string) => {
      const r =
        kind === 'app'
          ? await ask<{ data?: { view: { pin: string } }; error?: { message: string } }>(host, 'live:host:command', { gameId, command: { type } })
          : await ask<{ data?: { view: { pin: string } }; error?: { message: string } }>(host, 'bench:host', { type })
      if (r.error) throw new Error(`host ${type}: ${r.error.message}`)
      return r.data!.view
    }
    let pin = '482915'
    if (kind === 'app') {
      const attached = await ask<{ data?: { view: { pin: string } }; error?: { message: string } }>(host, 'live:host:attach', { gameId })
      if (attached.error) throw new Error(attached.error.message)
      pin = (await command('openLobby')).pin
    } else await command('openLobby')
    const screenAck = await ask<{ error?: { message: string } }>(screen, 'live:screen:attach', { gameId, ...(kind === 'app' ? { key: screenKey(SECRET, gameId) } : {}) })
    if (screenAck.error) throw new Error(screenAck.error.message)

    // Players: bulk workers of at most 5,000 sockets, and one probe with ~1.5 % (at least 100).
    const probeCount = Math.min(Math.max(100, Math.round(PLAYERS * 0.015)), Math.floor(PLAYERS / 4))
    const bulkTotal = PLAYERS - probeCount
    const bulkWorkers = Math.ceil(bulkTotal / PER_WORKER)
    const urls = servers.map((s) => s.url)
    const inflight = Math.floor(INFLIGHT_TOTAL / (bulkWorkers + 1))
    for (let w = 0; w < bulkWorkers; w++) {
      const count = Math.floor(bulkTotal / bulkWorkers) + (w < bulkTotal % bulkWorkers ? 1 : 0)
      workers.push(await startWorker(w + 1, 'bulk', count, urls.length > 1 ? [urls[w % urls.length]] : urls, pin, inflight))
    }
    workers.push(await startWorker(0, 'probe', probeCount, urls, pin, Math.max(5, Math.floor(inflight / 10))))

    // Ten join rounds, every worker a tenth at a time, so the probe's sockets are spread through the room.
    const joinStart = Date.now()
    for (let round = 1; round <= 10; round++) {
      const before = workers.map((w) => w.messages.filter((m) => m.type === 'joined').length)
      for (const w of workers) w.child.send({ type: 'join', upTo: Math.ceil((w.count * round) / 10) } satisfies ParentMessage)
      await until(`join round ${round}`, 300_000, () => (workers.every((w, i) => w.messages.filter((m) => m.type === 'joined').length > before[i]) ? true : undefined))
    }
    const joinSeconds = (Date.now() - joinStart) / 1000
    const lastJoined = workers.map((w) => w.messages.filter((m) => m.type === 'joined').at(-1) as Extract<WorkerMessage, { type: 'joined' }>)
    const joined = lastJoined.reduce((n, m) => n + m.joined, 0)
    const joinFailed = lastJoined.reduce((n, m) => n + m.failed, 0)
    const joinErrors: Record<string, number> = {}
    for (const m of lastJoined) for (const [k, v] of Object.entries(m.errors)) joinErrors[k] = (joinErrors[k] ?? 0) + v
    await sleep(1500) // join snapshots and lobby updates settle
    const rssAfterJoinMb = servers.map((s) => round(sampleProcess(s.child.pid!).rssMb))

    const questions: QuestionResult[] = []
    for (let q = 0; q < QUESTIONS; q++) {
      await Promise.all(servers.map(eventLoopP99)) // resets the histograms
      const before: ProcSample[] = servers.map((s) => sampleProcess(s.child.pid!))
      const seen = screenSeen.length
      await command(q === 0 ? 'start' : 'next')
      const reveal = await until(`reveal of question ${q + 1}`, 120_000, () => screenSeen.slice(seen).find((e) => e.phase === 'reveal' && e.qi === q))
      await command('next')
      const board = await until(`leaderboard after question ${q + 1}`, 30_000, () => screenSeen.slice(seen).find((e) => e.phase === 'leaderboard'))
      const reports = await until(`worker reports of question ${q + 1}`, 120_000, () => {
        const found = workers.map((w) => w.messages.find((m): m is QuestionReport => m.type === 'question' && m.index === q))
        return found.every(Boolean) ? (found as QuestionReport[]) : undefined
      })
      const after: ProcSample[] = servers.map((s) => sampleProcess(s.child.pid!))
      const loops = await Promise.all(servers.map(eventLoopP99))
      const windows = servers.map((_, i) => between(before[i], after[i]))
      const firstAnswer = Math.min(...reports.map((r) => r.firstAnswerAt).filter(Boolean))
      const lastAck = Math.max(...reports.map((r) => r.lastAckAt))
      const accepted = reports.reduce((n, r) => n + r.accepted, 0)
      const refusedCodes: Record<string, number> = {}
      for (const r of reports) for (const [k, v] of Object.entries(r.refusedCodes)) refusedCodes[k] = (refusedCodes[k] ?? 0) + v
      const probe = reports.find((r) => r.role === 'probe')!
      questions.push({
        fanoutMs: probe.fanoutMs,
        ackMs: probe.ackMs,
        personalMs: probe.personalMs,
        accepted,
        refused: reports.reduce((n, r) => n + r.refused, 0),
        refusedCodes,
        answersPerSecond: accepted / Math.max(0.001, (lastAck - firstAnswer) / 1000),
        closeToRevealMs: reveal.at - reveal.sentAt,
        closeToLeaderboardMs: board.at - reveal.sentAt,
        serverCpuMs: windows.reduce((n, w) => n + w.cpuMs, 0),
        serverCpuPercent: Math.max(...windows.map((w) => w.cpuPercent)),
        waitPercent: Math.max(...windows.map((w) => w.waitPercent)),
        eventLoopP99Ms: Math.max(...loops),
        bulkElu: Math.max(0, ...reports.filter((r) => r.role === 'bulk').map((r) => r.elu)),
        probeElu: probe.elu,
      })
    }

    await command('end')
    let storeSeconds: number | null = null
    if (kind === 'app') {
      // The whole game to PostgreSQL in one transaction, then Redis released.
      const ended = Date.now()
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      try {
        await until('the game stored in PostgreSQL', 180_000, async () =>
          (await client.query<{ status: string }>('SELECT status FROM "LiveSession" WHERE id = $1', [gameId])).rows[0]?.status === 'ENDED' ? true : undefined,
        )
      } finally {
        await client.end()
      }
      storeSeconds = (Date.now() - ended) / 1000
    }

    const notes: string[] = []
    const worstBulk = Math.max(...questions.map((q) => q.bulkElu))
    const worstProbe = Math.max(...questions.map((q) => q.probeElu))
    const worstWait = Math.max(...questions.map((q) => q.waitPercent))
    if (worstBulk > 0.7) notes.push(`bulk worker ${round(worstBulk * 100)} % busy`)
    if (worstProbe > 0.2) notes.push(`probe ${round(worstProbe * 100)} % busy`)
    if (worstWait > 10) notes.push(`server waited for a CPU ${round(worstWait)} % of the time`)
    if (joinFailed > 0) notes.push(`${joinFailed} joins failed`)
    return { kind, players: PLAYERS, joined, joinFailed, joinErrors, joinSeconds, rssAfterJoinMb, questions, storeSeconds, valid: notes.length === 0, notes }
  } finally {
    for (const w of workers) w.child.send({ type: 'stop' } satisfies ParentMessage)
    await sleep(1500)
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL')
    for (const s of sockets) s.disconnect()
    await Promise.all(servers.map(stopServer))
  }
}

// ───────────────────────── report ─────────────────────────

function figures(r: RunResult) {
  const all = (pick: (q: QuestionResult) => number[]) => r.questions.flatMap(pick)
  const fan = summary(all((q) => q.fanoutMs))
  const ack = summary(all((q) => q.ackMs))
  const own = summary(all((q) => q.personalMs))
  return {
    joinSeconds: round(r.joinSeconds, 2),
    fanoutP50: fan.p50,
    fanoutP95: fan.p95,
    fanoutP99: fan.p99,
    ackP50: ack.p50,
    ackP99: ack.p99,
    answersPerSecond: round(median(r.questions.map((q) => q.answersPerSecond)), 0),
    refused: r.questions.reduce((n, q) => n + q.refused, 0),
    closeToRevealMs: round(median(r.questions.map((q) => q.closeToRevealMs)), 0),
    closeToLeaderboardMs: round(median(r.questions.map((q) => q.closeToLeaderboardMs)), 0),
    ownResultP50: own.p50,
    ownResultP99: own.p99,
    cpuMsPerQuestion: round(median(r.questions.map((q) => q.serverCpuMs)), 0),
    cpuUsPerPlayerQuestion: round((median(r.questions.map((q) => q.serverCpuMs)) * 1000) / Math.max(1, r.joined), 1),
    eventLoopP99Ms: round(Math.max(...r.questions.map((q) => q.eventLoopP99Ms)), 0),
    rssAfterJoinMb: round(r.rssAfterJoinMb.reduce((a, b) => a + b, 0), 0),
    storeSeconds: r.storeSeconds === null ? null : round(r.storeSeconds, 2),
  }
}
type Figures = ReturnType<typeof figures>

function medianFigures(runs: RunResult[]): Figures | null {
  const usable = runs.filter((r) => r.valid).length > 0 ? runs.filter((r) => r.valid) : runs
  if (usable.length === 0) return null
  const each = usable.map(figures)
  const keys = Object.keys(each[0]) as (keyof Figures)[]
  return Object.fromEntries(keys.map((k) => [k, each[0][k] === null ? null : round(median(each.map((f) => f[k] as number)), 2)])) as Figures
}

async function main() {
  process.stdout.write(`live-load: ${PLAYERS} players, ${QUESTIONS} questions, answers ${THINK_MS} to ${THINK_MS + SPREAD_MS} ms after a question arrives, ${RUNS} run(s) each, mode ${MODE}, ${PROCESSES} app process(es)\n`)
  // A fresh database only when asked (--fresh-db 1): seeding the demo bank on every start would be measured too.
  const databaseUrl = args.get('fresh-db') === '1' || !(await databaseExists(DB_NAME)) ? await recreateDatabase(DB_NAME) : `${ADMIN_URL.replace(/\/[^/]*$/, '')}/${DB_NAME}`
  const order: ('app' | 'bare')[] = []
  for (let i = 0; i < RUNS; i++) {
    if (MODE !== 'bare') order.push('app')
    if (MODE !== 'app') order.push('bare')
  }
  const results: RunResult[] = []
  for (const [i, kind] of order.entries()) {
    const waitStart = Date.now()
    while (loadAverage() >= CALM_LOAD && Date.now() - waitStart < 300_000) await sleep(5000)
    const loadAtStart = loadAverage()
    const started = Date.now()
    const r = await runOnce(kind, databaseUrl)
    r.notes.push(`load average ${round(loadAtStart, 2)} at start`)
    results.push(r)
    const f = figures(r)
    process.stdout.write(
      `  run ${i + 1}/${order.length} ${kind}: join ${f.joinSeconds} s (${r.joined}/${PLAYERS}), fan-out p50/p95/p99 ${f.fanoutP50}/${f.fanoutP95}/${f.fanoutP99} ms, ack p99 ${f.ackP99} ms, ` +
        `close→projector ${f.closeToRevealMs}/${f.closeToLeaderboardMs} ms, refused ${f.refused}${r.valid ? ` [${r.notes.join('; ')}]` : `  [flagged: ${r.notes.join('; ')}]`} (${round((Date.now() - started) / 1000, 0)} s)\n`,
    )
  }
  const app = medianFigures(results.filter((r) => r.kind === 'app'))
  const bare = medianFigures(results.filter((r) => r.kind === 'bare'))
  const rows: [string, keyof Figures, string][] = [
    ['time for all to join', 'joinSeconds', 's'],
    ['question fan-out p50', 'fanoutP50', 'ms'],
    ['question fan-out p95', 'fanoutP95', 'ms'],
    ['question fan-out p99', 'fanoutP99', 'ms'],
    ['answer ack p50', 'ackP50', 'ms'],
    ['answer ack p99', 'ackP99', 'ms'],
    ['answers per second (offered)', 'answersPerSecond', '/s'],
    ['refused answers', 'refused', ''],
    ['close → projector reveal', 'closeToRevealMs', 'ms'],
    ['close → projector leaderboard', 'closeToLeaderboardMs', 'ms'],
    ['close → own result p50', 'ownResultP50', 'ms'],
    ['close → own result p99', 'ownResultP99', 'ms'],
    ['server CPU per question', 'cpuMsPerQuestion', 'ms'],
    ['server CPU per player per question', 'cpuUsPerPlayerQuestion', 'µs'],
    ['event-loop delay p99 (worst question)', 'eventLoopP99Ms', 'ms'],
    ['server memory after joins (RSS)', 'rssAfterJoinMb', 'MB'],
    ['end → stored in PostgreSQL', 'storeSeconds', 's'],
  ]
  process.stdout.write(`\n${PLAYERS} players — medians${app && bare ? ' (app / bare = ratio)' : ''}\n`)
  for (const [label, key, unit] of rows) {
    const a = app?.[key]
    const b = bare?.[key]
    const ratio = typeof a === 'number' && typeof b === 'number' && b > 0 ? `  ×${round(a / b, 2)}` : ''
    const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v} ${unit}`.trim())
    process.stdout.write(`  ${label.padEnd(40)} ${app ? show(a).padStart(12) : ''}${bare ? `${app ? ' / ' : ''}${show(b).padStart(10)}` : ''}${ratio}\n`)
  }
  const flagged = results.filter((r) => !r.valid)
  if (flagged.length > 0) process.stdout.write(`  flagged runs: ${flagged.map((r) => `${r.kind}: ${r.notes.join('; ')}`).join(' | ')}\n`)
  const out = path.resolve('bench/results')
  mkdirSync(out, { recursive: true })
  const file = path.join(out, `live-load-${PLAYERS}-p${PROCESSES}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, JSON.stringify({ players: PLAYERS, questions: QUESTIONS, spreadMs: SPREAD_MS, thinkMs: THINK_MS, processes: PROCESSES, app, bare, runs: results.map((r) => ({ ...r, figures: figures(r) })) }, null, 1))
  process.stdout.write(`  raw results: ${path.relative(process.cwd(), file)}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`live-load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
