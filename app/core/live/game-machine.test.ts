import { describe, expect, it } from 'vitest'
import { apply, checkRejoin, nextTickAt, tick } from './game-machine'
import { cloneState, type LiveGameState } from './game-state'
import { answer, correctId, host, HOST, join, joinMany, newGame, ok, questionInput, refusal, T0, wrongId } from './test-kit'

const LIMIT = 20_000
const ALLOWANCE = 500

/** A game with `n` players and the first question open at T0 + 1000. */
function started(n = 3, settings = {}): { s: LiveGameState; ids: string[]; openedAt: number } {
  const s = newGame({ settings })
  const ids = joinMany(s, n)
  const openedAt = T0 + 1000
  ok(apply(s, host('start'), openedAt))
  return { s, ids, openedAt }
}

/** Asserts the refusal and that the state did not change at all. */
function refusedUntouched(s: LiveGameState, run: () => ReturnType<typeof apply>) {
  const before = cloneState(s)
  const code = refusal(run())
  expect(s).toStrictEqual(before)
  return code
}

describe('a full game', () => {
  it('goes lobby → question → reveal → leaderboard → … → ended with the expected scores', () => {
    const s = newGame({ settings: { streakBonus: true } })
    expect(s.phase).toBe('lobby')
    const [an, binh, chi] = [join(s, 'An'), join(s, 'Bình'), join(s, 'Chi')]
    let t = T0 + 1000

    const versions: number[] = [s.version]
    const track = (r: ReturnType<typeof apply>) => {
      const okr = ok(r)
      versions.push(s.version)
      return okr
    }

    expect(track(apply(s, host('start'), t)).events).toEqual([
      { type: 'question_opened', questionIndex: 0, openedAt: t, deadline: t + LIMIT },
    ])
    // Q1: An instantly right, Bình right after 10 s, Chi wrong.
    track(answer(s, an, [correctId(s)], t))
    track(answer(s, binh, [correctId(s)], t + 10_000))
    const last = track(answer(s, chi, [wrongId(s)], t + 12_000))
    expect(last.events.map((e) => e.type)).toEqual(['answer_accepted', 'question_closed'])
    expect(last.events[1]).toEqual({ type: 'question_closed', questionIndex: 0, reason: 'all_answered' })
    expect(s.phase).toBe('reveal')
    expect([s.players[an].score, s.players[binh].score, s.players[chi].score]).toEqual([1000, 750, 0])
    expect(s.players[an].rank).toBe(1)

    expect(track(apply(s, host('next'), t + 15_000)).events).toEqual([{ type: 'leaderboard_shown', questionIndex: 0 }])
    expect(s.phase).toBe('leaderboard')

    // Q2: streak bonus for An (second correct in a row) and Bình.
    t += 30_000
    track(apply(s, host('next'), t))
    expect(s.phase).toBe('question')
    expect(s.questionIndex).toBe(1)
    track(answer(s, an, [correctId(s)], t + 5_000)) // 875 + 100
    track(answer(s, binh, [wrongId(s)], t + 1_000))
    track(answer(s, chi, [correctId(s)], t + 20_000)) // 500, first of a run
    expect([s.players[an].score, s.players[binh].score, s.players[chi].score]).toEqual([1975, 750, 500])
    expect([s.players[an].streak, s.players[binh].streak, s.players[chi].streak]).toEqual([2, 0, 1])

    track(apply(s, host('next'), t + 25_000)) // → leaderboard
    t += 40_000
    track(apply(s, host('next'), t)) // Q3
    // Nobody answers Q3: the timer closes it.
    expect(tick(s, t + LIMIT + ALLOWANCE).events).toEqual([])
    const closed = tick(s, t + LIMIT + ALLOWANCE + 1)
    versions.push(s.version)
    expect(closed.events).toEqual([{ type: 'question_closed', questionIndex: 2, reason: 'deadline' }])
    expect(s.players[an].streak).toBe(0)

    track(apply(s, host('next'), t + 30_000)) // → leaderboard
    const end = track(apply(s, host('next'), t + 31_000))
    expect(end.events).toEqual([{ type: 'game_ended', reason: 'finished' }])
    expect(s.phase).toBe('ended')
    expect(s.endedAt).toBe(t + 31_000)
    expect(refusal(apply(s, host('next'), t + 32_000))).toBe('wrong_phase')

    // Every accepted change bumped the version by exactly one.
    for (let i = 1; i < versions.length; i++) expect(versions[i] - versions[i - 1]).toBe(1)
  })

  it('correctness mode gives 1000 per correct answer and lets time only break ties', () => {
    const { s, ids, openedAt } = started(2, { scoringMode: 'correctness', streakBonus: true })
    ok(answer(s, ids[0], [correctId(s)], openedAt + 9_000))
    ok(answer(s, ids[1], [correctId(s)], openedAt + 2_000))
    expect(s.players[ids[0]].score).toBe(1000)
    expect(s.players[ids[1]].score).toBe(1000)
    expect(s.players[ids[1]].rank).toBe(1) // same score, less time
    expect(s.players[ids[0]].totalTimeMs).toBe(9_000)
  })

  it('multiple choice needs every correct option and no wrong one', () => {
    const multi = questionInput({
      type: 'multiple',
      options: [
        { text: 'Đúng 1', correct: true },
        { text: 'Đúng 2', correct: true },
        { text: 'Sai', correct: false },
      ],
    })
    const s = newGame({ questions: [multi] })
    const [a, b, c] = joinMany(s, 3)
    ok(apply(s, host('start'), T0))
    const key = s.questions[0].correctOptionIds
    const wrong = s.questions[0].options.find((o) => !key.includes(o.id))!.id
    ok(answer(s, a, [...key].reverse(), T0))
    ok(answer(s, b, [key[0]], T0))
    ok(answer(s, c, [...key, wrong], T0))
    expect([s.players[a].score, s.players[b].score, s.players[c].score]).toEqual([1000, 0, 0])
  })

  it('is deterministic: the same commands at the same times give the same state', () => {
    const play = () => {
      const { s, ids, openedAt } = started(4, { streakBonus: true })
      ok(answer(s, ids[0], [correctId(s)], openedAt + 1234))
      ok(answer(s, ids[2], [wrongId(s)], openedAt + 4321))
      ok(apply(s, host('next'), openedAt + 6000))
      return s
    }
    expect(play()).toStrictEqual(play())
  })
})

describe('plain JSON state', () => {
  it('a state reloaded from JSON mid-game behaves exactly like the original', () => {
    const { s, ids, openedAt } = started(4, { streakBonus: true, teamMode: false })
    ok(answer(s, ids[0], [correctId(s)], openedAt + 700))
    ok(apply(s, host('pause'), openedAt + 1_000))
    const reloaded: LiveGameState = JSON.parse(JSON.stringify(s))
    expect(reloaded).toStrictEqual(s)
    const script = (g: LiveGameState) => {
      ok(apply(g, host('resume'), openedAt + 9_000))
      ok(answer(g, ids[1], [wrongId(g)], openedAt + 9_500))
      ok(apply(g, { type: 'kick', by: HOST, playerId: ids[3] }, openedAt + 9_600))
      ok(answer(g, ids[2], [correctId(g)], openedAt + 10_000)) // last one: closes
      ok(apply(g, host('next'), openedAt + 12_000))
      ok(apply(g, host('next'), openedAt + 13_000))
      ok(answer(g, ids[0], [correctId(g)], openedAt + 14_000))
      return tick(g, openedAt + 13_000 + LIMIT + ALLOWANCE + 1).events
    }
    expect(script(reloaded)).toEqual(script(s))
    expect(reloaded).toStrictEqual(s)
    expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s)
  })
})

describe('answers are refused', () => {
  it('unknown_player', () => {
    const { s, openedAt } = started()
    expect(refusedUntouched(s, () => answer(s, 'p999', ['a'], openedAt))).toBe('unknown_player')
    expect(refusedUntouched(s, () => answer(s, 'constructor', ['a'], openedAt))).toBe('unknown_player')
  })

  it('player_kicked', () => {
    const { s, ids, openedAt } = started()
    ok(apply(s, { type: 'kick', by: HOST, playerId: ids[0] }, openedAt))
    expect(refusedUntouched(s, () => answer(s, ids[0], [correctId(s)], openedAt + 1))).toBe('player_kicked')
  })

  it('not_accepting_answers outside the question phase', () => {
    const s = newGame()
    const [a] = joinMany(s, 2)
    expect(refusedUntouched(s, () => answer(s, a, ['a'], T0, 0))).toBe('not_accepting_answers')
    ok(apply(s, host('start'), T0))
    ok(apply(s, host('next'), T0 + 1)) // closed → reveal
    expect(refusedUntouched(s, () => answer(s, a, [correctId(s)], T0 + 2))).toBe('not_accepting_answers')
  })

  it('wrong_question for a stale or future question index', () => {
    const { s, ids, openedAt } = started(2)
    expect(refusedUntouched(s, () => answer(s, ids[0], ['a'], openedAt, 1))).toBe('wrong_question')
    ok(apply(s, host('next'), openedAt + 1))
    ok(apply(s, host('next'), openedAt + 2))
    ok(apply(s, host('next'), openedAt + 3)) // question 2 open
    expect(refusedUntouched(s, () => answer(s, ids[0], ['a'], openedAt + 4, 0))).toBe('wrong_question')
  })

  it('too_late after deadline + latency allowance, accepted up to that instant', () => {
    const { s, ids, openedAt } = started(3)
    const deadline = openedAt + LIMIT
    ok(answer(s, ids[0], [correctId(s)], deadline + ALLOWANCE))
    expect(s.answers[ids[0]].points).toBe(500)
    expect(refusedUntouched(s, () => answer(s, ids[1], [correctId(s)], deadline + ALLOWANCE + 1))).toBe('too_late')
  })

  it('already_answered: the first answer is final', () => {
    const { s, ids, openedAt } = started(3)
    ok(answer(s, ids[0], [wrongId(s)], openedAt + 100))
    expect(refusedUntouched(s, () => answer(s, ids[0], [correctId(s)], openedAt + 200))).toBe('already_answered')
  })

  it('no_option, duplicate_option, invalid_option', () => {
    const { s, ids, openedAt } = started()
    expect(refusedUntouched(s, () => answer(s, ids[0], [], openedAt))).toBe('no_option')
    expect(refusedUntouched(s, () => answer(s, ids[0], ['a', 'a'], openedAt))).toBe('duplicate_option')
    expect(refusedUntouched(s, () => answer(s, ids[0], ['z'], openedAt))).toBe('invalid_option')
    expect(refusedUntouched(s, () => answer(s, ids[0], ['q1-o1'], openedAt))).toBe('invalid_option')
  })

  it('single_choice_only for single and true/false questions', () => {
    const tf = questionInput({ type: 'true_false', options: [{ text: 'Đúng', correct: true }, { text: 'Sai', correct: false }] }, 2)
    const s = newGame({ questions: [questionInput({}, 1), tf] })
    const [a] = joinMany(s, 2)
    ok(apply(s, host('start'), T0))
    expect(refusedUntouched(s, () => answer(s, a, ['a', 'b'], T0))).toBe('single_choice_only')
    ok(apply(s, host('next'), T0 + 1))
    ok(apply(s, host('next'), T0 + 2))
    ok(apply(s, host('next'), T0 + 3))
    expect(s.questions[1].type).toBe('true_false')
    expect(refusedUntouched(s, () => answer(s, a, ['a', 'b'], T0 + 4))).toBe('single_choice_only')
  })

  it('question_paused once the pause is older than the latency allowance', () => {
    const { s, ids, openedAt } = started(3)
    ok(apply(s, host('pause'), openedAt + 5_000))
    // In flight when the host paused: counts, timed at the pause.
    ok(answer(s, ids[0], [correctId(s)], openedAt + 5_000 + ALLOWANCE))
    expect(s.answers[ids[0]].elapsedMs).toBe(5_000)
    expect(refusedUntouched(s, () => answer(s, ids[1], [correctId(s)], openedAt + 5_000 + ALLOWANCE + 1))).toBe(
      'question_paused',
    )
  })
})

describe('joins', () => {
  it('lobby_not_open before the host opens the lobby', () => {
    const s = newGame({ open: false })
    expect(refusedUntouched(s, () => apply(s, { type: 'join', nickname: 'An' }, T0))).toBe('lobby_not_open')
  })

  it('lobby_locked, and unlocking lets players in again', () => {
    const s = newGame()
    ok(apply(s, host('lockLobby'), T0))
    expect(refusedUntouched(s, () => apply(s, { type: 'join', nickname: 'An' }, T0))).toBe('lobby_locked')
    ok(apply(s, host('unlockLobby'), T0))
    join(s, 'An')
  })

  it('game_ended', () => {
    const s = newGame()
    ok(apply(s, host('end'), T0))
    expect(refusedUntouched(s, () => apply(s, { type: 'join', nickname: 'An' }, T0))).toBe('game_ended')
  })

  it('nickname_taken regardless of case, diacritics, đ and spacing', () => {
    const s = newGame()
    join(s, 'Trần Đức Anh')
    for (const nick of ['tran duc anh', 'TRẦN  ĐỨC ANH', 'Tran Duc Anh '.normalize('NFD')]) {
      expect(refusedUntouched(s, () => apply(s, { type: 'join', nickname: nick }, T0))).toBe('nickname_taken')
    }
    join(s, 'Trần Đức Anh 2')
  })

  it('nickname filter codes', () => {
    const s = newGame()
    const code = (nickname: string) => refusedUntouched(s, () => apply(s, { type: 'join', nickname }, T0))
    expect(code('A')).toBe('nickname_too_short')
    expect(code('Một biệt danh dài hơn hai mươi ký tự')).toBe('nickname_too_long')
    expect(code('An\u200B')).toBe('nickname_invalid_chars')
    expect(code('Đéo sợ')).toBe('nickname_profane')
  })

  it('game_full, counting only players who were not kicked', () => {
    const s = newGame({ settings: { maxPlayers: 2 } })
    const [a] = joinMany(s, 2)
    expect(refusedUntouched(s, () => apply(s, { type: 'join', nickname: 'Thứ Ba' }, T0))).toBe('game_full')
    ok(apply(s, { type: 'kick', by: HOST, playerId: a }, T0))
    join(s, 'Thứ Ba')
  })

  it('unit_required in team mode', () => {
    const s = newGame({ settings: { teamMode: true } })
    expect(refusedUntouched(s, () => apply(s, { type: 'join', nickname: 'An' }, T0))).toBe('unit_required')
    const id = join(s, 'An', T0, { unit: { id: 'u1', name: 'Phòng Tư pháp' } })
    expect(s.players[id]).toMatchObject({ unitId: 'u1', unitName: 'Phòng Tư pháp' })
  })

  it('a signed-in player joining again gets their own record back, without a change', () => {
    const s = newGame()
    const id = join(s, 'An', T0, { userId: 'u-1' })
    const before = cloneState(s)
    const r = ok(apply(s, { type: 'join', nickname: 'Tên khác', userId: 'u-1' }, T0 + 5))
    expect(r.events).toEqual([{ type: 'player_rejoined', playerId: id }])
    expect(s).toStrictEqual(before)
  })

  it('late joiners may answer the open question', () => {
    const { s, openedAt } = started(2)
    const late = join(s, 'Đến muộn', openedAt + 3_000)
    ok(answer(s, late, [correctId(s)], openedAt + 4_000))
    expect(s.answers[late].elapsedMs).toBe(4_000)
  })

  it('names that are prototype keys are ordinary names', () => {
    const s = newGame()
    for (const nick of ['__proto__', 'constructor', 'toString']) join(s, nick)
    expect(refusal(apply(s, { type: 'join', nickname: 'CONSTRUCTOR' }, T0))).toBe('nickname_taken')
    expect(refusal(apply(s, { type: 'join', nickname: '__PROTO__' }, T0))).toBe('nickname_taken')
    expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s)
  })
})

describe('host commands', () => {
  it('not_host: only the game host can drive it', () => {
    const s = newGame()
    joinMany(s, 1)
    expect(refusedUntouched(s, () => apply(s, { type: 'start', by: 'someone-else' }, T0))).toBe('not_host')
  })

  it('stale_command when the host screen showed an older step (double click on "next")', () => {
    const { s, openedAt } = started(2)
    const step = s.step
    ok(apply(s, host('next', { expectedStep: step }), openedAt + 1))
    expect(s.phase).toBe('reveal')
    expect(refusedUntouched(s, () => apply(s, host('next', { expectedStep: step }), openedAt + 2))).toBe('stale_command')
    expect(s.phase).toBe('reveal')
  })

  it('wrong_phase for commands that make no sense now', () => {
    const s = newGame({ open: false })
    expect(refusedUntouched(s, () => apply(s, host('start'), T0))).toBe('wrong_phase')
    ok(apply(s, host('openLobby'), T0))
    expect(refusedUntouched(s, () => apply(s, host('openLobby'), T0))).toBe('wrong_phase')
    for (const type of ['next', 'pause', 'resume', 'endTimerEarly', 'skip'] as const) {
      expect(refusedUntouched(s, () => apply(s, host(type), T0))).toBe('wrong_phase')
    }
    const r = apply(s, host('pause'), T0)
    if (!r.ok) expect(r.error.message).toBe('Không thể thực hiện thao tác này khi trò chơi phòng chờ.')
  })

  it('no_players: a game cannot start empty', () => {
    const s = newGame()
    expect(refusedUntouched(s, () => apply(s, host('start'), T0))).toBe('no_players')
  })

  it('locking an already locked lobby is a no-op that keeps the version', () => {
    const s = newGame()
    ok(apply(s, host('lockLobby'), T0))
    const v = s.version
    expect(ok(apply(s, host('lockLobby'), T0)).events).toEqual([])
    expect(s.version).toBe(v)
  })
})

describe('pause and resume', () => {
  it('freezes the timer, extends the deadline by the remaining time and excludes paused time from scoring', () => {
    const { s, ids, openedAt } = started(3)
    const p = ok(apply(s, host('pause'), openedAt + 5_000))
    expect(p.events).toEqual([{ type: 'question_paused', questionIndex: 0, remainingMs: 15_000 }])
    expect(s.timer?.pausedRemainingMs).toBe(15_000)
    expect(nextTickAt(s)).toBeNull()
    // A pause longer than the question never closes it.
    expect(tick(s, openedAt + 100_000).events).toEqual([])

    const resumeAt = openedAt + 65_000
    const r = ok(apply(s, host('resume'), resumeAt))
    expect(r.events).toEqual([{ type: 'question_resumed', questionIndex: 0, deadline: resumeAt + 15_000 }])
    expect(nextTickAt(s)).toBe(resumeAt + 15_000 + ALLOWANCE + 1)

    ok(answer(s, ids[0], [correctId(s)], resumeAt + 2_000))
    expect(s.answers[ids[0]].elapsedMs).toBe(7_000) // 5 s before + 2 s after the pause
    expect(s.answers[ids[0]].points).toBe(825)
    ok(answer(s, ids[1], [correctId(s)], resumeAt + 15_000 + ALLOWANCE))
    expect(refusal(answer(s, ids[2], [correctId(s)], resumeAt + 15_000 + ALLOWANCE + 1))).toBe('too_late')
  })

  it('two pauses add up', () => {
    const { s, ids, openedAt } = started(2)
    ok(apply(s, host('pause'), openedAt + 1_000))
    ok(apply(s, host('resume'), openedAt + 11_000))
    ok(apply(s, host('pause'), openedAt + 12_000))
    ok(apply(s, host('resume'), openedAt + 42_000))
    expect(s.timer?.deadline).toBe(openedAt + 42_000 + 18_000)
    ok(answer(s, ids[0], [correctId(s)], openedAt + 43_000))
    expect(s.answers[ids[0]].elapsedMs).toBe(3_000)
  })

  it('time_over: a question past its deadline cannot be paused', () => {
    const { s, openedAt } = started(2)
    expect(refusedUntouched(s, () => apply(s, host('pause'), openedAt + LIMIT + 1))).toBe('time_over')
  })
})

describe('endTimerEarly', () => {
  it('cuts the deadline to now, keeps the latency allowance and scores by real thinking time', () => {
    const { s, ids, openedAt } = started(3)
    const cut = openedAt + 4_000
    expect(ok(apply(s, host('endTimerEarly'), cut)).events).toEqual([
      { type: 'timer_ended_early', questionIndex: 0, deadline: cut },
    ])
    ok(answer(s, ids[0], [correctId(s)], cut + 300)) // was on its way
    expect(s.answers[ids[0]].points).toBe(893) // 1000 − 500 × 4.3 / 20 = 892.5, not the 500 of a late answer
    expect(refusal(answer(s, ids[1], [correctId(s)], cut + ALLOWANCE + 1))).toBe('too_late')
    expect(nextTickAt(s)).toBe(cut + ALLOWANCE + 1)
    expect(tick(s, cut + ALLOWANCE + 1).events).toEqual([{ type: 'question_closed', questionIndex: 0, reason: 'deadline' }])
  })

  it('also ends a paused question', () => {
    const { s, openedAt } = started(2)
    ok(apply(s, host('pause'), openedAt + 2_000))
    ok(apply(s, host('endTimerEarly'), openedAt + 9_000))
    expect(s.phase).toBe('question')
    expect(s.timer?.deadline).toBe(openedAt + 9_000)
    expect(s.timer?.pausedTotalMs).toBe(7_000)
  })
})

describe('skip (void)', () => {
  it('before the close: nobody gains anything, streaks untouched, next question follows', () => {
    const { s, ids, openedAt } = started(2, { streakBonus: true })
    ok(answer(s, ids[0], [correctId(s)], openedAt + 100))
    const r = ok(apply(s, host('skip'), openedAt + 200))
    expect(r.events).toEqual([{ type: 'question_voided', questionIndex: 0 }])
    expect(s.phase).toBe('leaderboard')
    expect(s.results[0]).toMatchObject({ status: 'voided', answeredCount: 1 })
    expect(s.players[ids[0]]).toMatchObject({ score: 0, streak: 0, correctCount: 0, totalTimeMs: 0 })
    expect(refusal(apply(s, host('skip'), openedAt + 300))).toBe('already_voided')
    ok(apply(s, host('next'), openedAt + 400))
    expect(s.questionIndex).toBe(1)
    expect(s.phase).toBe('question')
  })

  it('after the close: undoes exactly what the close did, streaks included', () => {
    const { s, ids, openedAt } = started(3, { streakBonus: true })
    const [a, b, c] = ids
    // Q1: a and b right (streak 1), c wrong.
    ok(answer(s, a, [correctId(s)], openedAt + 1_000))
    ok(answer(s, b, [correctId(s)], openedAt + 2_000))
    ok(answer(s, c, [wrongId(s)], openedAt + 3_000))
    ok(apply(s, host('next'), openedAt + 4_000))
    const t2 = openedAt + 10_000
    ok(apply(s, host('next'), t2))
    const before = Object.fromEntries(ids.map((id) => [id, { ...s.players[id] }]))
    // Q2: a right again (bonus), b wrong (streak broken), c right.
    ok(answer(s, a, [correctId(s)], t2 + 1_000))
    ok(answer(s, b, [wrongId(s)], t2 + 1_000))
    ok(answer(s, c, [correctId(s)], t2 + 1_000))
    expect(s.phase).toBe('reveal')
    expect(s.players[a].streak).toBe(2)
    expect(s.players[b].streak).toBe(0)

    ok(apply(s, host('skip'), t2 + 5_000))
    for (const id of ids) {
      const { score, streak, correctCount, totalTimeMs, rank } = s.players[id]
      expect({ score, streak, correctCount, totalTimeMs, rank }).toEqual({
        score: before[id].score,
        streak: before[id].streak,
        correctCount: before[id].correctCount,
        totalTimeMs: before[id].totalTimeMs,
        rank: before[id].rank,
      })
    }
    expect(s.phase).toBe('leaderboard')
  })

  it('end during a question voids it', () => {
    const { s, ids, openedAt } = started(2)
    ok(answer(s, ids[0], [correctId(s)], openedAt + 100))
    const r = ok(apply(s, host('end'), openedAt + 200))
    expect(r.events).toEqual([
      { type: 'question_voided', questionIndex: 0 },
      { type: 'game_ended', reason: 'host' },
    ])
    expect(s.players[ids[0]].score).toBe(0)
    expect(s.phase).toBe('ended')
  })
})

describe('kick', () => {
  it('removes the player, remembers the identity and refuses every way back', () => {
    const s = newGame()
    const id = join(s, 'Kẻ Phá Rối', T0, { userId: 'u-bad' })
    joinMany(s, 2)
    const r = ok(apply(s, { type: 'kick', by: HOST, playerId: id }, T0 + 1))
    expect(r.events).toEqual([{ type: 'player_kicked', playerId: id, playerCount: 2 }])
    expect(s.players[id].kicked).toBe(true)

    const attempt = (nickname: string, userId?: string) =>
      refusedUntouched(s, () => apply(s, { type: 'join', nickname, ...(userId ? { userId } : {}) }, T0 + 2))
    expect(attempt('ke pha roi')).toBe('identity_kicked')
    expect(attempt('KẺ PHÁ RỐI')).toBe('identity_kicked')
    expect(attempt('Tên Mới Toanh', 'u-bad')).toBe('identity_kicked')
    expect(checkRejoin(s, { v: 1, gameId: s.id, playerId: id, iat: T0 })).toMatchObject({
      ok: false,
      error: { code: 'identity_kicked' },
    })
    expect(refusedUntouched(s, () => apply(s, { type: 'kick', by: HOST, playerId: id }, T0 + 3))).toBe('player_kicked')
    expect(refusedUntouched(s, () => apply(s, { type: 'kick', by: HOST, playerId: 'p404' }, T0 + 3))).toBe('unknown_player')
  })

  it('mid-question: drops their answer, and closes the question if everyone left has answered', () => {
    const { s, ids, openedAt } = started(3)
    ok(answer(s, ids[0], [correctId(s)], openedAt + 100))
    ok(answer(s, ids[1], [correctId(s)], openedAt + 100))
    const r = ok(apply(s, { type: 'kick', by: HOST, playerId: ids[2] }, openedAt + 200))
    expect(r.events.map((e) => e.type)).toEqual(['player_kicked', 'question_closed'])
    expect(s.results[0]?.answeredCount).toBe(2)

    const { s: s2, ids: ids2, openedAt: o2 } = started(3)
    ok(answer(s2, ids2[0], [correctId(s2)], o2 + 100))
    ok(apply(s2, { type: 'kick', by: HOST, playerId: ids2[0] }, o2 + 200))
    expect(s2.answeredCount).toBe(0)
    expect(s2.answers[ids2[0]]).toBeUndefined()
  })

  it('after a close: leaves the ranking and everyone below moves up', () => {
    const { s, ids, openedAt } = started(3)
    ok(answer(s, ids[0], [correctId(s)], openedAt + 100))
    ok(answer(s, ids[1], [correctId(s)], openedAt + 200))
    ok(answer(s, ids[2], [correctId(s)], openedAt + 300))
    expect(s.standings.topIds).toEqual(ids)
    ok(apply(s, { type: 'kick', by: HOST, playerId: ids[0] }, openedAt + 1_000))
    expect(s.standings.topIds).toEqual([ids[1], ids[2]])
    expect([s.players[ids[0]].rank, s.players[ids[1]].rank, s.players[ids[2]].rank]).toEqual([null, 1, 2])
  })
})

describe('checkRejoin', () => {
  it('accepts a player of this game, refuses another game and unknown ids', () => {
    const s = newGame()
    const id = join(s, 'An')
    expect(checkRejoin(s, { v: 1, gameId: s.id, playerId: id, iat: T0 })).toEqual({ ok: true, playerId: id })
    expect(checkRejoin(s, { v: 1, gameId: 'other', playerId: id, iat: T0 })).toMatchObject({
      ok: false,
      error: { code: 'rejoin_wrong_game' },
    })
    expect(checkRejoin(s, { v: 1, gameId: s.id, playerId: '__proto__', iat: T0 })).toMatchObject({
      ok: false,
      error: { code: 'unknown_player' },
    })
  })
})

describe('auto close', () => {
  it('can be turned off: then only the timer or the host closes', () => {
    const { s, ids, openedAt } = started(1, { autoCloseWhenAllAnswered: false })
    ok(answer(s, ids[0], [correctId(s)], openedAt + 100))
    expect(s.phase).toBe('question')
  })
})

describe('refusals never change the state', () => {
  it('holds for a long mix of bad commands', () => {
    const { s, ids, openedAt } = started(3)
    const bad = [
      () => answer(s, ids[0], ['a', 'b'], openedAt),
      () => answer(s, ids[0], ['x'], openedAt),
      () => answer(s, ids[0], ['a'], openedAt, 2),
      () => answer(s, ids[0], ['a'], openedAt + 99_999),
      () => apply(s, host('resume'), openedAt),
      () => apply(s, host('start'), openedAt),
      () => apply(s, { type: 'join', nickname: 'x' }, openedAt),
      () => apply(s, { type: 'start', by: 'intruder' }, openedAt),
    ]
    for (const run of bad) refusedUntouched(s, run)
  })
})
