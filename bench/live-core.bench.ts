/**
 * Cost of the pure live-quiz core at 10,000 players.
 * Run: npx tsx bench/live-core.bench.ts [players] [questions]
 *
 * Measures, in one process with nothing else: joins, answers (µs per op),
 * closing a question (scores + full ranking), rendering every player's view,
 * and JSON (de)serialisation of the whole state, which tells the runner what
 * persisting the state on every answer would cost.
 */
import { apply, createGame, hostView, playerView, projectorView, type LiveGameState } from '../app/core/live/index'

const PLAYERS = Number(process.argv[2] ?? 10_000)
const QUESTIONS = Number(process.argv[3] ?? 5)
const T0 = 1_750_000_000_000
const HOST = 'host'

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function must(r: ReturnType<typeof apply>): void {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
}

function build(): LiveGameState {
  const created = createGame(
    {
      id: 'bench',
      pin: '482915',
      hostUserId: HOST,
      settings: { maxPlayers: 20_000, streakBonus: true, autoCloseWhenAllAnswered: false, teamMode: true },
      questions: Array.from({ length: QUESTIONS }, (_, i) => ({
        id: `q${i}`,
        versionId: `q${i}v1`,
        type: 'single' as const,
        stem: `Câu hỏi ${i + 1} về Nghị quyết 66-NQ/TW`,
        options: [0, 1, 2, 3].map((k) => ({ text: `Phương án ${k + 1}`, correct: k === 0 })),
        source: { document: 'Nghị quyết 66-NQ/TW' },
      })),
    },
    'bench-seed',
    T0,
  )
  if (!created.ok) throw new Error(created.error.message)
  must(apply(created.state, { type: 'openLobby', by: HOST }, T0))
  return created.state
}

function run() {
  const s = build()
  const rows: [string, string][] = []

  let t = process.hrtime.bigint()
  for (let i = 0; i < PLAYERS; i++) {
    must(apply(s, { type: 'join', nickname: `Người chơi ${i + 1}`, unit: { id: `u${i % 50}`, name: `Đơn vị ${i % 50}` } }, T0 + i))
  }
  const joinMs = ms(t)
  rows.push([`${PLAYERS} joins`, `${((joinMs * 1000) / PLAYERS).toFixed(2)} µs/op (${joinMs.toFixed(0)} ms total)`])

  const ids = Object.keys(s.players)
  const answerUs: number[] = []
  const closeMs: number[] = []
  const viewsUs: number[] = []
  let now = T0 + 60_000
  for (let q = 0; q < QUESTIONS; q++) {
    must(apply(s, { type: q === 0 ? 'start' : 'next', by: HOST }, now))
    const q0 = s.questions[q]
    const opened = now
    t = process.hrtime.bigint()
    for (let i = 0; i < ids.length; i++) {
      const optionId = q0.options[(i * 7 + q) % 4].id
      must(apply(s, { type: 'answer', playerId: ids[i], questionIndex: q, optionIds: [optionId] }, opened + ((i * 13) % 19_000)))
    }
    answerUs.push((ms(t) * 1000) / ids.length)

    t = process.hrtime.bigint()
    must(apply(s, { type: 'next', by: HOST }, opened + 20_000)) // close: scores + ranking
    closeMs.push(ms(t))

    t = process.hrtime.bigint()
    let bytes = 0
    for (const id of ids) bytes += JSON.stringify(playerView(s, id)).length
    viewsUs.push((ms(t) * 1000) / ids.length)
    if (q === 0) rows.push(['player view size', `${(bytes / ids.length).toFixed(0)} B (JSON)`])

    must(apply(s, { type: 'next', by: HOST }, opened + 21_000)) // leaderboard
    now = opened + 30_000
  }
  rows.push([`${PLAYERS} answers (median of ${QUESTIONS} questions)`, `${median(answerUs).toFixed(2)} µs/op`])
  rows.push(['close question (score + rank all)', `${median(closeMs).toFixed(1)} ms`])
  rows.push(['playerView + JSON.stringify, each player', `${median(viewsUs).toFixed(2)} µs/op`])

  t = process.hrtime.bigint()
  for (let i = 0; i < 100; i++) JSON.stringify(projectorView(s))
  rows.push(['projectorView + stringify', `${((ms(t) * 1000) / 100).toFixed(1)} µs/op`])
  t = process.hrtime.bigint()
  for (let i = 0; i < 100; i++) JSON.stringify(hostView(s))
  rows.push(['hostView + stringify', `${((ms(t) * 1000) / 100).toFixed(1)} µs/op`])

  t = process.hrtime.bigint()
  const json = JSON.stringify(s)
  const stringifyMs = ms(t)
  t = process.hrtime.bigint()
  JSON.parse(json)
  const parseMs = ms(t)
  rows.push(['whole state JSON', `${(json.length / 1024).toFixed(0)} KiB; stringify ${stringifyMs.toFixed(1)} ms, parse ${parseMs.toFixed(1)} ms`])
  return rows
}

run() // warm-up: lets the JIT settle before the measured run
const rows = run()
console.log(`live core, ${PLAYERS} players, ${QUESTIONS} questions, node ${process.version}`)
for (const [k, v] of rows) console.log(`  ${k.padEnd(48)} ${v}`)
