import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, request as playwrightRequest, test } from '@playwright/test'
import { startE2eEnvironment } from './e2e-env'
import { DEMO_PARTICIPANT } from './helpers'

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

function startServer(env: Record<string, string | undefined>): Started {
  const clean = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv
  const child = spawn(process.execPath, ['dist/server.js'], { env: clean, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => out, exited }
}

async function waitHealthy(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return (await res.json()) as Record<string, unknown>
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not become healthy`)
}

const e2ePort = Number(process.env.E2E_PORT ?? 3100)
const sharedEnv = () => startE2eEnvironment(process.env.E2E_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/${process.env.E2E_DB ?? 'tpl_e2e'}`)

test('a wrong setting stops the app with one line naming it', async () => {
  const s = startServer({ ...sharedEnv(), PORT: 'not-a-port' })
  expect(await s.exited).toBe(1)
  const lines = s.output().trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Invalid configuration: PORT .*"not-a-port"/)
})

test('a database that is down is retried with back-off, then reported clearly', async () => {
  const s = startServer({ ...sharedEnv(), PORT: String(e2ePort + 61), DATABASE_URL: 'postgresql://postgres@127.0.0.1:5999/none', DB_CONNECT_RETRIES: '2', LOG_LEVEL: 'warn' })
  expect(await s.exited).toBe(1)
  expect(s.output()).toContain('database not reachable yet, retrying')
  expect(s.output()).toMatch(/Cannot reach the database at DATABASE_URL after 3 attempts/)
})

test('two processes share PostgreSQL and Redis: a session made on one works on the other', async () => {
  const second = startServer({ ...sharedEnv(), PORT: String(e2ePort + 62), LOG_LEVEL: 'info' })
  try {
    const health = await waitHealthy(`http://127.0.0.1:${e2ePort + 62}`)
    expect(health).toMatchObject({ status: 'ok', database: 'ok', redis: 'ok' })
    const a = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${e2ePort}` })
    // Log in on process A through the real form (token from the page).
    const page = await (await a.get('/login')).text()
    const token = page.match(/name="csrf" value="([^"]+)"/)![1]
    const login = await a.post('/login', { form: { csrf: token, identifier: DEMO_PARTICIPANT.login, password: DEMO_PARTICIPANT.password, redirectTo: '/account' }, maxRedirects: 0 })
    expect(login.status()).toBe(302)
    const cookies = (await a.storageState()).cookies
    const b = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${e2ePort + 62}`, storageState: { cookies: cookies.map((c) => ({ ...c, domain: '127.0.0.1' })), origins: [] } })
    const account = await b.get('/account')
    expect(account.status()).toBe(200)
    expect(await account.text()).toContain('Trần Văn Dự Thi')
    await a.dispose()
    await b.dispose()
    // Graceful shutdown on SIGTERM.
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    expect(second.output()).toContain('stopped cleanly')
  } finally {
    second.child.kill('SIGKILL')
  }
})

test('with no DATABASE_URL or REDIS_URL the app runs on embedded defaults and keeps its data across restarts', async () => {
  test.setTimeout(180_000)
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tpl-embedded-'))
  const port = e2ePort + 63
  const env = { ...sharedEnv(), PORT: String(port), DATABASE_URL: undefined, REDIS_URL: undefined, SESSION_SECRET: undefined, CERTIFICATE_SECRET: undefined, SEED_DEMO: undefined, DATA_DIR: dataDir, LOG_LEVEL: 'info' }
  try {
    const first = startServer(env)
    const health = await waitHealthy(`http://127.0.0.1:${port}`, 120_000)
    expect(health).toMatchObject({ status: 'ok', database: 'ok', redis: 'in-process' })
    expect(first.output()).toContain('single-process only')
    expect(first.output()).toContain('Demo organiser: bantochuc@demo.thiphapluat.vn / ToChuc@2026')
    const home = await fetch(`http://127.0.0.1:${port}/register`)
    expect(await home.text()).toContain('Phường Hoàn Kiếm')
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)

    const second = startServer(env)
    await waitHealthy(`http://127.0.0.1:${port}`, 120_000)
    expect(second.output()).toContain('No pending migrations to apply.')
    expect(second.output()).not.toContain('seeded demo data')
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})
