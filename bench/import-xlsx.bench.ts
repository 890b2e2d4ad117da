/**
 * Time previewImport on a generated 10,000-question XLSX.
 * Run: npx tsx bench/import-xlsx.bench.ts [rows] [runs]
 * Target: under 5 s per preview on the 2-core machine.
 */
import { previewImport } from '../app/core/import/preview-import'
import { generatedRows, simpleXlsx } from '../test/fixtures/import/make-fixtures'

const rows = Number(process.argv[2] ?? 10_000)
const runs = Number(process.argv[3] ?? 3)
const TARGET_MS = 5_000

let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 20)

const built = performance.now()
const bytes = await simpleXlsx(generatedRows(rows))
const buildMs = performance.now() - built
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
console.log(`generated ${rows} rows: ${mb(bytes.length)} in ${buildMs.toFixed(0)} ms`)

const times: number[] = []
for (let i = 0; i < runs; i++) {
  const t = performance.now()
  const preview = await previewImport({ fileName: 'bench.xlsx', bytes })
  const ms = performance.now() - t
  times.push(ms)
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  if (preview.stats.valid !== rows) throw new Error(`expected ${rows} valid rows, got ${JSON.stringify(preview.stats)}`)
  console.log(`run ${i + 1}: previewImport ${ms.toFixed(0)} ms`)
}
clearInterval(sampler)
const sorted = [...times].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]
console.log(`median ${median.toFixed(0)} ms (target < ${TARGET_MS} ms), peak RSS ${mb(peakRss)}`)
if (median > TARGET_MS) process.exitCode = 1
