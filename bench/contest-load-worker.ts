/**
 * One load process of bench/contest-load.ts: a share of the participants,
 * each saving an answer every `intervalMs` (one request in flight per
 * participant, so the last acknowledged answer is the one that must be in
 * the database). Reports latencies, failures, the acknowledged answers and
 * how busy this process was.
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'

export interface WorkerParticipant {
  cookie: string
  attemptId: string
  questions: { versionId: string; optionIds: string[] }[]
}

export interface WorkerJob {
  port: number
  csrf: string
  participants: WorkerParticipant[]
  intervalMs: number
  durationMs: number
  /** Sockets to the server from this process. */
  maxSockets: number
}

export interface WorkerReport {
  latenciesMs: number[]
  ok: number
  failures: Record<string, number>
  /** Requests sent again after a kept-alive connection was reset. */
  resets: number
  acked: [string, string[]][]
  busyPercent: number
  wallMs: number
}

function post(agent: http.Agent, port: number, path: string, cookie: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Accept: 'application/json' },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end(body)
  })
}

export async function runWorker(job: WorkerJob): Promise<WorkerReport> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.maxSockets })
  const latencies: number[] = []
  const failures: Record<string, number> = {}
  const acked = new Map<string, string[]>()
  let ok = 0
  let resets = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const end = t0 + job.durationMs

  const runOne = async (p: WorkerParticipant, index: number) => {
    // Spread the participants evenly over the interval instead of firing all at once.
    let next = t0 + ((index * 7919) % job.participants.length) * (job.intervalMs / job.participants.length)
    let turn = index
    while (true) {
      const wait = next - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      if (performance.now() >= end) return
      const q = p.questions[turn % p.questions.length]
      const optionId = q.optionIds[(turn * 31 + index) % q.optionIds.length]
      turn++
      const body = new URLSearchParams({ csrf: job.csrf, intent: 'answer', versionId: q.versionId, optionIds: optionId }).toString()
      const start = performance.now()
      try {
        let res
        try {
          res = await post(agent, job.port, `/api/attempts/${p.attemptId}`, p.cookie, body)
        } catch (error) {
          // A kept-alive socket the server closed just as this request went out: send again once, as a
          // browser does. Saving the same answer twice is harmless; the retry is counted.
          if (!(error instanceof Error) || !/ECONNRESET|socket hang up/.test(error.message)) throw error
          resets++
          res = await post(agent, job.port, `/api/attempts/${p.attemptId}`, p.cookie, body)
        }
        latencies.push(performance.now() - start)
        if (res.status === 200 && res.text.includes('"ok":true')) {
          ok++
          acked.set(`${p.attemptId}|${q.versionId}`, [optionId])
        } else {
          failures[`http ${res.status}`] = (failures[`http ${res.status}`] ?? 0) + 1
        }
      } catch (error) {
        const key = error instanceof Error ? error.message : String(error)
        failures[key] = (failures[key] ?? 0) + 1
      }
      next += job.intervalMs
    }
  }

  await Promise.all(job.participants.map(runOne))
  const wallMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  agent.destroy()
  return { latenciesMs: latencies, ok, failures, resets, acked: [...acked], busyPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100, wallMs }
}

// Forked by the orchestrator: one job in, one report out.
if (process.send) {
  process.once('message', (job: WorkerJob) => {
    runWorker(job)
      .then((report) => process.send?.(report, () => process.exit(0)))
      .catch((error: unknown) => {
        process.stderr.write(`worker failed: ${String(error)}\n`)
        process.exit(1)
      })
  })
}
