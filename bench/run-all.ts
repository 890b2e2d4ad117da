import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * `npm run bench` runs every benchmark one after another (never in parallel:
 * on 2 cores a second load would distort the first). `npm run bench -- live`
 * runs those whose name contains "live". Each benchmark prints its own figures;
 * docs/performance.md records them with the machine and date.
 */
const BENCHES: { name: string; file: string; args?: string[]; needsBuild?: boolean }[] = [
  { name: 'rank-50k', file: 'bench/rank-50k.bench.ts' },
  { name: 'live-core', file: 'bench/live-core.bench.ts' },
  { name: 'leaderboard', file: 'bench/leaderboard.bench.ts' },
  { name: 'import-xlsx', file: 'bench/import-xlsx.bench.ts' },
  { name: 'question-search', file: 'bench/question-search.bench.ts' },
  { name: 'certificates', file: 'bench/certificates.bench.ts', args: ['10000'] },
  { name: 'certificates-job', file: 'bench/certificates-job.bench.ts', args: ['10000'] },
  { name: 'contest-load', file: 'bench/contest-load.ts', needsBuild: true },
  { name: 'live-load', file: 'bench/live-load/run.ts', needsBuild: true },
]

const filter = process.argv[2]
const root = path.resolve(import.meta.dirname, '..')
const selected = BENCHES.filter((b) => !filter || b.name.includes(filter)).filter((b) => existsSync(path.join(root, b.file)))
if (selected.some((b) => b.needsBuild) && !existsSync(path.join(root, 'dist/server.js'))) {
  console.log('Building the production server first (npm run build)…')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const results: { name: string; status: number | null; seconds: number }[] = []
for (const bench of selected) {
  console.log(`\n════ ${bench.name} (${bench.file}) ════`)
  const started = Date.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench.file, ...(bench.args ?? [])], { cwd: root, stdio: 'inherit' })
  results.push({ name: bench.name, status: run.status, seconds: Math.round((Date.now() - started) / 100) / 10 })
}
console.log('\n════ summary ════')
for (const r of results) console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${r.name.padEnd(16)} ${r.seconds}s`)
process.exit(results.every((r) => r.status === 0) ? 0 : 1)
