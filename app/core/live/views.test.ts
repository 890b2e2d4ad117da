import { describe, expect, it } from 'vitest'
import { createSeededRandom, type SeededRandom } from '../contest/seeded-random'
import type { HostCommand, LiveCommand } from './commands'
import type { LiveQuestionInput } from './create-game'
import { apply, tick } from './game-machine'
import { cloneState, type LiveGameState } from './game-state'
import { answer, correctId, host, HOST, join, joinMany, newGame, ok, questionInput, T0, wrongId } from './test-kit'
import {
  allowedHostCommands,
  hostView,
  LOBBY_NAMES_SHOWN,
  playerView,
  projectorView,
  publicView,
  type PlayerView,
} from './views'

/** Keys that may only exist once the current question is closed. */
const SECRET_KEYS = new Set(['reveal', 'result', 'correctOptionIds', 'correct', 'points', 'distribution', 'sourceOptionId'])

function keysOf(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k)
      keysOf(v, out)
    }
  }
  return out
}

function allViews(s: LiveGameState) {
  return {
    players: Object.keys(s.players).map((id) => playerView(s, id)),
    projector: projectorView(s),
    host: hostView(s),
  }
}

function isRevealed(s: LiveGameState): boolean {
  return (s.phase === 'reveal' || s.phase === 'leaderboard') && s.results[s.questionIndex]?.status === 'closed'
}

/** Options a random player picks: usually valid, sometimes not (refusals are part of the flow). */
function pickOptions(rng: SeededRandom, s: LiveGameState): string[] {
  const q = s.questions[Math.max(0, s.questionIndex)]
  const ids = q.options.map((o) => o.id)
  const n = q.type === 'multiple' ? rng.int(1, ids.length) : rng.int(0, 9) === 0 ? 2 : 1
  const chosen = new Set<string>()
  while (chosen.size < n) chosen.add(ids[rng.int(0, ids.length - 1)])
  return [...chosen]
}

const flowQuestions = (keyShift = 0, shiftedIndex = -1): LiveQuestionInput[] =>
  [0, 1, 2, 3].map((i) => {
    const shift = i === shiftedIndex ? keyShift : 0
    const multiple = i === 2
    return questionInput(
      {
        type: multiple ? 'multiple' : 'single',
        stem: `Câu ${i + 1}`,
        options: [0, 1, 2, 3].map((k) => ({
          id: `o${k}`,
          text: `Phương án ${k + 1}`,
          correct: multiple ? (k + shift) % 4 < 2 : (k + shift) % 4 === 0,
        })),
      },
      i + 1,
    )
  })

/** The next command of a seeded random flow; many are refused, which is part of the test. */
function randomCommand(rng: SeededRandom, s: LiveGameState): LiveCommand | 'tick' {
  const ids = Object.keys(s.players)
  const somePlayer = () => ids[rng.int(0, ids.length - 1)]
  const roll = rng.int(0, 99)
  if (roll < 15 || ids.length < 2) return { type: 'join', nickname: `Người ${rng.int(1, 60)}` }
  if (roll < 60) {
    const qi = rng.int(0, 19) === 0 ? s.questionIndex + 1 : s.questionIndex
    return { type: 'answer', playerId: somePlayer(), questionIndex: qi, optionIds: pickOptions(rng, s) }
  }
  if (roll < 66) return 'tick'
  if (roll < 69) return { type: 'kick', by: HOST, playerId: somePlayer() }
  const hostTypes = ['next', 'next', 'next', 'start', 'pause', 'resume', 'endTimerEarly', 'skip', 'lockLobby', 'unlockLobby'] as const
  const type = hostTypes[rng.int(0, hostTypes.length - 1)]
  return { type, by: HOST } as HostCommand
}

function step(s: LiveGameState, cmd: LiveCommand | 'tick', now: number) {
  if (cmd === 'tick') tick(s, now)
  else apply(s, cmd, now)
}

describe('nothing leaks before a question closes (property)', () => {
  it('no view of any audience has a secret key before the close, and the reveal is complete after it', () => {
    let revealsSeen = 0
    let openStatesSeen = 0
    for (let seed = 1; seed <= 25; seed++) {
      const rng = createSeededRandom(`flow-${seed}`)
      const s = newGame({ questions: flowQuestions(), seed: `g-${seed}` })
      let now = T0
      for (let i = 0; i < 120 && s.phase !== 'ended'; i++) {
        now += rng.int(0, 4_000)
        step(s, randomCommand(rng, s), now)
        const views = allViews(s)
        if (!isRevealed(s)) {
          if (s.phase === 'question' || s.phase === 'paused') openStatesSeen++
          for (const v of [...views.players, views.projector, views.host]) {
            const keys = keysOf(v)
            for (const secret of SECRET_KEYS) expect(keys.has(secret), `${secret} in ${s.phase}`).toBe(false)
            for (const o of v?.question?.options ?? []) expect(Object.keys(o).sort()).toEqual(['id', 'text'])
          }
        } else {
          revealsSeen++
          const q = s.questions[s.questionIndex]
          for (const v of [...views.players, views.projector, views.host]) {
            expect(v?.reveal?.correctOptionIds).toEqual(q.correctOptionIds)
            const counted = v?.reveal?.distribution.reduce((sum, d) => sum + d.count, 0) ?? 0
            expect(counted).toBeGreaterThanOrEqual(v?.reveal?.answeredCount ?? 0)
          }
          for (const v of views.players) {
            expect(v?.me.result?.questionIndex).toBe(s.questionIndex)
            expect(v?.me.result?.points).toBe(s.answers[v!.me.playerId]?.points ?? 0)
          }
        }
      }
    }
    // The flows must really have visited both sides of the line, or the test proves nothing.
    expect(openStatesSeen).toBeGreaterThan(200)
    expect(revealsSeen).toBeGreaterThan(20)
  })

  it('before the close, every view is identical whatever the answer key is', () => {
    let compared = 0
    for (let seed = 1; seed <= 12; seed++) {
      for (const k of [0, 1, 2]) {
        const rng = createSeededRandom(`twin-${seed}-${k}`)
        const a = newGame({ questions: flowQuestions(), seed: `t-${seed}` })
        const b = newGame({ questions: flowQuestions(1, k), seed: `t-${seed}` })
        expect(b.questions[k].correctOptionIds).not.toEqual(a.questions[k].correctOptionIds)
        let now = T0
        for (let i = 0; i < 150 && a.phase !== 'ended'; i++) {
          now += rng.int(0, 4_000)
          const cmd = randomCommand(rng, a)
          step(a, cmd, now)
          step(b, cmd, now)
          const closedK = a.results[k] !== null || a.questionIndex > k
          if (closedK) break
          expect(allViews(b)).toEqual(allViews(a))
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(500)
  })

  it("before the close, nobody's view depends on another player's choice", () => {
    const twin = () => {
      const s = newGame({ questions: flowQuestions() })
      joinMany(s, 4)
      ok(apply(s, host('start'), T0))
      return s
    }
    const a = twin()
    const b = twin()
    ok(answer(a, 'p1', ['a'], T0 + 100))
    ok(answer(b, 'p1', ['c'], T0 + 100))
    ok(answer(a, 'p2', ['b'], T0 + 200))
    ok(answer(b, 'p2', ['b'], T0 + 200))
    for (const id of ['p2', 'p3', 'p4']) expect(playerView(b, id)).toEqual(playerView(a, id))
    expect(projectorView(b)).toEqual(projectorView(a))
    expect(hostView(b)).toEqual(hostView(a))
    // …while p1 sees their own choice.
    expect(playerView(a, 'p1')?.me.answer).toEqual({ questionIndex: 0, optionIds: ['a'] })
    expect(playerView(b, 'p1')?.me.answer).toEqual({ questionIndex: 0, optionIds: ['c'] })
  })
})

describe('after the close', () => {
  function closedGame() {
    const s = newGame({ settings: { autoCloseWhenAllAnswered: false } })
    const [a, b, c] = joinMany(s, 3)
    ok(apply(s, host('start'), T0))
    ok(answer(s, a, [correctId(s)], T0 + 2_000))
    ok(answer(s, b, [wrongId(s)], T0 + 3_000))
    ok(apply(s, host('next'), T0 + 5_000))
    return { s, a, b, c }
  }

  it('reveals the key, the distribution, the explanation and the legal source to everyone', () => {
    const { s } = closedGame()
    const reveal = publicView(s).reveal
    expect(reveal).toEqual({
      questionIndex: 0,
      correctOptionIds: s.questions[0].correctOptionIds,
      distribution: s.questions[0].options.map((o) => ({
        optionId: o.id,
        count: o.id === correctId(s, 0) || o.id === wrongId(s, 0) ? 1 : 0,
      })),
      answeredCount: 2,
      correctCount: 1,
      explanation: 'Giải thích cho câu 1.',
      source: { document: 'Nghị quyết 66-NQ/TW', article: 'Mục 1' },
    })
    expect(projectorView(s).reveal).toEqual(reveal)
    expect(hostView(s).reveal).toEqual(reveal)
  })

  it("gives each player their own result and rank, and never another player's answer", () => {
    const { s, a, b, c } = closedGame()
    const va = playerView(s, a) as PlayerView
    expect(va.me).toMatchObject({ score: 950, rank: 1, result: { questionIndex: 0, answered: true, correct: true, points: 950 } })
    expect(playerView(s, b)?.me).toMatchObject({ rank: 2, result: { answered: true, correct: false, points: 0 } })
    expect(playerView(s, c)?.me).toMatchObject({ rank: 3, answer: null, result: { answered: false, correct: false, points: 0 } })
    expect(JSON.stringify(va)).not.toContain(`"${b}"`)
    expect(playerView(s, 'p404')).toBeNull()
  })

  it('keeps the reveal through the leaderboard, drops it when the next question opens', () => {
    const { s } = closedGame()
    ok(apply(s, host('next'), T0 + 6_000))
    expect(s.phase).toBe('leaderboard')
    expect(publicView(s).reveal).toBeDefined()
    ok(apply(s, host('next'), T0 + 7_000))
    expect(publicView(s).reveal).toBeUndefined()
    expect(publicView(s).question?.index).toBe(1)
  })

  it('a voided question shows no reveal and no result', () => {
    const { s, a } = closedGame()
    ok(apply(s, host('skip'), T0 + 6_000))
    const v = playerView(s, a)
    expect(v?.voided).toBe(true)
    expect(v?.reveal).toBeUndefined()
    expect(v?.me.result).toBeUndefined()
    expect(v?.me.score).toBe(0)
  })
})

describe('projector', () => {
  it('shows the latest nicknames in the lobby, capped', () => {
    const s = newGame()
    joinMany(s, 100)
    const lobby = projectorView(s).lobby
    expect(lobby?.nicknames).toHaveLength(LOBBY_NAMES_SHOWN)
    expect(lobby?.nicknames[0]).toBe('Người chơi 100')
  })

  it('shows the top 10 with previous ranks, then the podium at the end', () => {
    const s = newGame({ settings: { autoCloseWhenAllAnswered: false } })
    const ids = joinMany(s, 12)
    ok(apply(s, host('start'), T0))
    // Q1: player i answers after i seconds: p1 best.
    ids.forEach((id, i) => ok(answer(s, id, [correctId(s)], T0 + i * 1_000)))
    ok(apply(s, host('next'), T0 + 19_000))
    expect(projectorView(s).leaderboard).toBeUndefined() // reveal first
    ok(apply(s, host('next'), T0 + 19_500))
    const board1 = projectorView(s).leaderboard
    expect(board1?.top.map((e) => e.playerId)).toEqual(ids.slice(0, 10))
    expect(board1?.top.every((e) => e.prevRank === null)).toBe(true)

    // Q2: only the last player answers → moves from 12th to 1st.
    ok(apply(s, host('next'), T0 + 30_000))
    ok(answer(s, ids[11], [correctId(s)], T0 + 30_000))
    ok(apply(s, host('next'), T0 + 31_000))
    ok(apply(s, host('next'), T0 + 32_000))
    const top = projectorView(s).leaderboard?.top ?? []
    expect(top[0]).toMatchObject({ playerId: ids[11], rank: 1, prevRank: 12, score: 1000 + 725 })
    expect(top[1]).toMatchObject({ playerId: ids[0], rank: 2, prevRank: 1 })

    ok(apply(s, host('end'), T0 + 33_000))
    const end = projectorView(s)
    expect(end.podium?.map((e) => e.playerId)).toEqual([ids[11], ids[0], ids[1]])
    expect(end.leaderboard?.top).toHaveLength(10)
    expect(end.question).toBeNull()
  })

  it('shows how many answered while a question is open, and nothing about what', () => {
    const s = newGame()
    const [a] = joinMany(s, 3)
    ok(apply(s, host('start'), T0))
    ok(answer(s, a, [correctId(s)], T0 + 10))
    const v = projectorView(s)
    expect(v.answeredCount).toBe(1)
    expect(v.question?.timer).toEqual({ openedAt: T0, deadline: T0 + 20_000, paused: false, remainingMs: null })
    ok(apply(s, host('pause'), T0 + 5_000))
    expect(projectorView(s).question?.timer).toMatchObject({ paused: true, remainingMs: 15_000 })
  })
})

describe('host view', () => {
  it('lists recent players for kicking and team standings in team mode', () => {
    const s = newGame({ settings: { teamMode: true } })
    join(s, 'An', T0, { unit: { id: 'u1', name: 'Xã Một' } })
    const b = join(s, 'Bình', T0, { unit: { id: 'u2', name: 'Xã Hai' } })
    const v = hostView(s)
    expect(v.recentPlayers).toEqual([
      { playerId: b, nickname: 'Bình', unitName: 'Xã Hai' },
      { playerId: 'p1', nickname: 'An', unitName: 'Xã Một' },
    ])
    expect(v.allowedCommands).toEqual(['start', 'lockLobby', 'kick', 'end'])
    ok(apply(s, host('start'), T0))
    ok(answer(s, 'p1', [correctId(s)], T0 + 1))
    ok(answer(s, b, [wrongId(s)], T0 + 1))
    expect(hostView(s).standings.teams?.map((t) => t.unitName)).toEqual(['Xã Một', 'Xã Hai'])
    expect(playerView(s, b)?.me.teamRank).toBe(2)
  })

  it('allowedCommands matches what apply() accepts (property)', () => {
    let checks = 0
    for (let seed = 1; seed <= 15; seed++) {
      const rng = createSeededRandom(`allowed-${seed}`)
      const s = newGame({ questions: flowQuestions(), seed: `a-${seed}`, open: seed % 3 !== 0 })
      let now = T0
      for (let i = 0; i < 80; i++) {
        now += rng.int(0, 1_500)
        step(s, randomCommand(rng, s), now)
        // Check at an instant when the open question's time is not over (pause depends on it).
        const at = s.timer ? Math.min(now, s.timer.deadline) : now
        const allowed = new Set(allowedHostCommands(s))
        const active = Object.values(s.players).find((p) => !p.kicked)
        for (const type of ['openLobby', 'lockLobby', 'unlockLobby', 'start', 'next', 'endTimerEarly', 'pause', 'resume', 'skip', 'kick', 'end'] as const) {
          const cmd = (type === 'kick' ? { type, by: HOST, playerId: active?.id ?? 'p0' } : { type, by: HOST }) as HostCommand
          const r = apply(cloneState(s), cmd, at)
          const changed = r.ok && r.events.length > 0
          expect(changed, `${type} in ${s.phase}`).toBe(allowed.has(type))
          checks++
        }
        if (s.phase === 'ended') break
      }
    }
    expect(checks).toBeGreaterThan(1000)
  })
})

describe('views stay small with many players', () => {
  it('a player view is the same size with 20 or 2,000 players', () => {
    const size = (n: number) => {
      const s = newGame({ settings: { autoCloseWhenAllAnswered: false } })
      const ids = joinMany(s, n)
      ok(apply(s, host('start'), T0))
      ids.forEach((id) => ok(answer(s, id, [correctId(s)], T0 + 100)))
      ok(apply(s, host('next'), T0 + 1_000))
      return {
        player: JSON.stringify(playerView(s, ids[0])).length,
        projector: JSON.stringify(projectorView(s)).length,
      }
    }
    const small = size(20)
    const big = size(2_000)
    expect(Math.abs(big.player - small.player)).toBeLessThan(20)
    expect(Math.abs(big.projector - small.projector)).toBeLessThan(20)
  })
})
