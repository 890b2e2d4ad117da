/**
 * Leaderboard throughput, in-process vs Redis (npx tsx bench/leaderboard.bench.ts).
 * A board of 10,000 members; 10,000 increments issued at once (as answers
 * arriving in a burst) with a top-10 read after every 100; then sequential
 * top-10 reads; then every member's rank (what a question close needs).
 * Redis at REDIS_URL (default redis://127.0.0.1:6379); keys under a unique
 * prefix, deleted at the end. Three runs each; medians printed.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { createClient } from 'redis'
import type { Leaderboard } from '../server/stores/leaderboard'
import type { RedisClient } from '../server/stores/redis-client'
import { createMemoryLeaderboard } from '../server/stores/memory-leaderboard'
import { createRedisLeaderboard } from '../server/stores/redis-leaderboard'

const MEMBERS = 10_000
const INCREMENTS = 10_000
const READ_EVERY = 100
const SEQUENTIAL_READS = 1_000
const RUNS = 3

interface Figures {
  incrementsPerSec: number
  cpuUsPerIncrement: number
  top10PerSec: number
  top10P99Ms: number
  rankAllMs: number
  cpuWaitPct: number
}

/** Nanoseconds this process spent runnable but waiting for a CPU (Linux); other load on the machine shows here. */
function runQueueWaitNs(): number {
  try {
    return Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1])
  } catch {
    return Number.NaN
  }
}

/** Deterministic deltas so both implementations do the same work. */
function lcg(seed: number) {
  let s = seed
  return (m: number) => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s % m
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function runOnce(lb: Leaderboard, board: string): Promise<Figures> {
  await lb.clear(board)
  await lb.setMany(
    board,
    Array.from({ length: MEMBERS }, (_, i) => ({ memberId: `player-${i}`, primary: 0, secondary: 0 })),
  )
  const next = lcg(42)

  const wait0 = runQueueWaitNs()
  const start = performance.now()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const pending: Promise<unknown>[] = []
  for (let i = 0; i < INCREMENTS; i++) {
    pending.push(lb.increment(board, `player-${next(MEMBERS)}`, 500 + next(500), 1000 + next(19_000)))
    if ((i + 1) % READ_EVERY === 0) pending.push(lb.top(board, 10))
  }
  await Promise.all(pending)
  const burstMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)

  const latencies: number[] = []
  const t1 = performance.now()
  for (let i = 0; i < SEQUENTIAL_READS; i++) {
    const s = performance.now()
    await lb.top(board, 10)
    latencies.push(performance.now() - s)
  }
  const readsMs = performance.now() - t1
  latencies.sort((a, b) => a - b)

  const t2 = performance.now()
  await Promise.all(Array.from({ length: MEMBERS }, (_, i) => lb.rankOf(board, `player-${i}`)))
  const rankAllMs = performance.now() - t2
  const cpuWaitPct = ((runQueueWaitNs() - wait0) / 1e6 / (performance.now() - start)) * 100

  return {
    cpuWaitPct,
    incrementsPerSec: INCREMENTS / (burstMs / 1000),
    cpuUsPerIncrement: (cpu.user + cpu.system) / INCREMENTS,
    top10PerSec: SEQUENTIAL_READS / (readsMs / 1000),
    top10P99Ms: latencies[Math.floor(latencies.length * 0.99)],
    rankAllMs,
  }
}

async function bench(name: string, lb: Leaderboard, board: string) {
  await runOnce(lb, board) // warm-up: JIT, script cache
  const runs: Figures[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(lb, board))
  const m = (k: keyof Figures) => median(runs.map((r) => r[k]))
  console.log(
    `${name.padEnd(12)} increments ${Math.round(m('incrementsPerSec')).toLocaleString('en').padStart(9)}/s` +
      ` (node CPU ${m('cpuUsPerIncrement').toFixed(1)} µs each, incl. ${INCREMENTS / READ_EVERY} top-10 reads)` +
      ` | top-10 ${Math.round(m('top10PerSec')).toLocaleString('en').padStart(7)}/s sequential, p99 ${m('top10P99Ms').toFixed(2)} ms` +
      ` | rank of all ${MEMBERS.toLocaleString('en')} ${m('rankAllMs').toFixed(0)} ms` +
      ` | waited for CPU ${m('cpuWaitPct').toFixed(0)}%`,
  )
  await lb.clear(board)
}

async function rawZincrby(client: RedisClient, key: string) {
  // The floor: plain ZINCRBY on one score, no Lua, no validation.
  const next = lcg(42)
  const times: number[] = []
  for (let r = 0; r < RUNS + 1; r++) {
    await client.del(key)
    const t0 = performance.now()
    await Promise.all(Array.from({ length: INCREMENTS }, () => client.zIncrBy(key, 1, `player-${next(MEMBERS)}`)))
    times.push(performance.now() - t0)
  }
  await client.del(key)
  console.log(`${'raw ZINCRBY'.padEnd(12)} increments ${Math.round(INCREMENTS / (median(times.slice(1)) / 1000)).toLocaleString('en').padStart(9)}/s (reference: no composite score, no Lua)`)
}

async function main() {
  console.log(
    `Node ${process.version}, ${MEMBERS.toLocaleString('en')} members, ${INCREMENTS.toLocaleString('en')} increments per run, median of ${RUNS} runs, load average ${loadavg()[0].toFixed(2)}`,
  )
  console.log('(a "waited for CPU" above ~10% means other work on the machine distorted the run)')
  await bench('in-process', createMemoryLeaderboard(), 'bench')

  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  const client = createClient({ url })
  client.on('error', (error: unknown) => console.error('Redis error:', error))
  await client.connect()
  const prefix = `bench:${randomUUID().slice(0, 8)}:`
  try {
    await bench('Redis', createRedisLeaderboard(client, { keyPrefix: prefix }), 'bench')
    await rawZincrby(client, `${prefix}raw`)
  } finally {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys)
    await client.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
