/**
 * Final and provisional ranking of a 50,000-participant round.
 * Run: npx tsx bench/rank-50k.bench.ts [participants] [runs]
 * Data are seeded, so every run ranks the same entries; many ties on score
 * and time make the later keys of the chain do real work.
 */
import { provisionalPosition, provisionalRank, type RankEntry, rankParticipants } from '../app/core/contest/rank-participants'
import { createSeededRandom } from '../app/core/contest/seeded-random'

const n = Number(process.argv[2] ?? 50_000)
const runs = Number(process.argv[3] ?? 7)

const rnd = createSeededRandom('bench-rank-50k')
const opens = Date.parse('2025-11-09T17:00:00Z')
const entries: RankEntry[] = Array.from({ length: n }, (_, i) => {
  const score = rnd.int(4, 10)
  return {
    participantId: `p${String(i).padStart(6, '0')}`,
    score,
    allCorrect: score === 10,
    prediction: rnd.int(0, 9) === 0 ? null : rnd.int(0, 20_000),
    timeTakenMs: rnd.int(60, 600) * 1000,
    submittedAt: new Date(opens + rnd.int(0, 7 * 24 * 3600) * 1000),
  }
})

function time(label: string, fn: () => unknown) {
  fn() // warm-up
  const ms: number[] = []
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    fn()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const median = ms[Math.floor(ms.length / 2)]
  console.log(`${label.padEnd(34)} median ${median.toFixed(1)} ms  (min ${ms[0].toFixed(1)}, max ${ms[ms.length - 1].toFixed(1)}, ${runs} runs)`)
}

console.log(`${n.toLocaleString('en')} participants, Node ${process.version}`)
time('rankParticipants (final)', () => rankParticipants(entries))
time('provisionalRank', () => provisionalRank(entries))
time('provisionalPosition (one entry)', () => provisionalPosition(entries, entries[n >> 1]))
