import { describe, expect, it } from 'vitest'
import type { AnswerRecord, LiveGameState } from '../../app/core/live/game-state'
import type { PersonalView } from '../../app/core/live/views'
import { joinStateParts } from '../../app/core/live/state-parts'
import { questionInput } from '../../app/core/live/test-kit'
import { createMemoryLiveGameStore } from '../stores/memory-live-game-store'
import type { LiveGameStore } from '../stores/live-game-store'
import { manualClock } from './clock'
import { createLocalBus } from './cluster-bus'
import type { AnswerSheet, Audience, EngineResponse, LiveOutput, LiveResultsSink } from './engine-types'
import { LiveEngine } from './live-engine'

const T0 = 1_760_000_000_000
const HOST = 'host-1'

type Sent = { gameId: string; audience: Audience | 'personal' | 'kick'; event: string; payload: unknown }

/** Records what the runner sends; `players` are the ids with a socket "in this process". */
function recordingOutput(players: string[] = []) {
  const sent: Sent[] = []
  const output: LiveOutput = {
    broadcast: (gameId, audience, event, payload) => void sent.push({ gameId, audience, event, payload }),
    localPlayerIds: () => [...players],
    sendPersonal: (gameId, views: Map<string, PersonalView>) => {
      for (const [id, me] of views) sent.push({ gameId, audience: 'personal', event: `live:me:${id}`, payload: me })
    },
    kick: (gameId, playerId) => void sent.push({ gameId, audience: 'kick', event: 'live:kicked', payload: playerId }),
  }
  return { output, sent, players }
}

function recordingResults() {
  const stored: { state: LiveGameState; answers: Map<number, AnswerSheet> }[] = []
  const started: string[] = []
  const results: LiveResultsSink = {
    started: async (gameId) => void started.push(gameId),
    persist: async (state, answers) => void stored.push({ state: structuredClone(state), answers }),
    summary: async () => null,
  }
  return { results, stored, started }
}

const silent = { info: () => {}, warn: () => {}, error: () => {} }

/** Lets queued tasks, store promises and timers scheduled at "now" run. */
async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
}

/** Moves time in small steps, as a real clock does, so lease renewals keep up. */
async function walk(clock: ReturnType<typeof manualClock>, to: number) {
  while (clock.now() < to) {
    clock.set(Math.min(to, clock.now() + 250))
    await settle()
  }
}

function makeEngine(store: LiveGameStore, clock: ReturnType<typeof manualClock>, nodeId: string, players: string[] = []) {
  const out = recordingOutput(players)
  const res = recordingResults()
  let pinSeed = 0
  const engine = new LiveEngine({
    store,
    bus: createLocalBus(nodeId),
    output: out.output,
    results: res.results,
    logger: silent,
    clock,
    leaseTtlMs: 10_000,
    scanIntervalMs: 1000,
    // Deterministic but not guessable-looking PINs for the test.
    randomInt: (max) => (483_917 + 7919 * pinSeed++) % max,
  })
  return { engine, clock, ...out, ...res }
}

function ok<T extends EngineResponse>(r: T): Extract<T, { ok: true }>['data'] {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`)
  return r.data as Extract<T, { ok: true }>['data']
}

async function setup(opts: { players?: number; settings?: object; wrap?: (store: LiveGameStore) => LiveGameStore } = {}) {
  const clock = manualClock(T0)
  const inner = createMemoryLiveGameStore({ now: clock.now })
  const store = opts.wrap ? opts.wrap(inner) : inner
  const a = makeEngine(store, clock, 'node-a')
  await a.engine.start()
  const created = await a.engine.createGame({
    id: 'game1',
    hostUserId: HOST,
    settings: { questionTimeLimitSec: 10, latencyAllowanceMs: 500, ...opts.settings },
    questions: [questionInput({}, 1), questionInput({}, 2)],
  })
  if (!created.ok) throw new Error(created.error.message)
  ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'openLobby', by: HOST } }))
  const ids: string[] = []
  for (let i = 0; i < (opts.players ?? 3); i++) {
    ids.push(ok(await a.engine.execute('game1', { kind: 'join', command: { type: 'join', nickname: `Người chơi ${i + 1}` } })).playerId)
  }
  a.players.push(...ids)
  return { clock, store, a, ids, pin: created.pin }
}

/** The stored game as one state, as a resuming process sees it. */
async function storedState(store: LiveGameStore, gameId: string): Promise<LiveGameState> {
  const loaded = await store.load(gameId)
  if (!loaded) throw new Error(`${gameId} is not stored`)
  return joinStateParts(loaded.head, loaded.body) as LiveGameState
}

const correct = (engine: LiveEngine, qi = engine.runnerOf('game1')!.state.questionIndex) =>
  engine.runnerOf('game1')!.state.questions[qi].correctOptionIds[0]
const wrong = (engine: LiveEngine) => {
  const q = engine.runnerOf('game1')!.state.questions[engine.runnerOf('game1')!.state.questionIndex]
  return q.options.find((o) => !q.correctOptionIds.includes(o.id))!.id
}

describe('LiveEngine with one process', () => {
  it('creates a game with a reserved PIN, saves it and runs it here', async () => {
    const { store, a, pin } = await setup()
    expect(pin).toMatch(/^[1-9]\d{5}$/)
    expect(await store.findByPin(pin)).toBe('game1')
    expect(await a.engine.findGameByPin(pin)).toBe('game1')
    expect(a.engine.ownedGameIds()).toEqual(['game1'])
    expect(await store.leaseOwner('game1')).toBe('node-a')
    a.clock.advance(300) // joins are saved in a batch
    await a.engine.runnerOf('game1')!.flush()
    const saved = await storedState(store, 'game1')
    expect(saved.phase).toBe('lobby')
    expect(Object.keys(saved.players)).toHaveLength(3)
  })

  it('refuses a second game with the same id', async () => {
    const { a } = await setup()
    const again = await a.engine.createGame({ id: 'game1', hostUserId: HOST, settings: {}, questions: [questionInput({}, 1)] })
    expect(again.ok).toBe(false)
  })

  it('discards a game nobody has played (its session could not be recorded): runner, Redis copy, lease and PIN go', async () => {
    const { store, a, pin } = await setup()
    expect(await a.engine.discardGame('game1')).toBe(true)
    expect(a.engine.ownedGameIds()).toEqual([])
    expect(await store.load('game1')).toBeNull()
    expect(await store.findByPin(pin)).toBeNull()
    expect(await store.leaseOwner('game1')).toBeNull()
    expect(await a.engine.discardGame('game1')).toBe(false)
  })

  it('never discards a game that has started', async () => {
    const { store, a, pin } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    expect(await a.engine.discardGame('game1')).toBe(false)
    expect(a.engine.ownedGameIds()).toEqual(['game1'])
    expect(await store.findByPin(pin)).toBe('game1')
  })

  it('closes the question at deadline + allowance on its own timer, with every accepted answer', async () => {
    const { clock, a, ids } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    clock.advance(2000)
    const ack = ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } }))
    expect(ack).toEqual({ questionIndex: 0, optionIds: [correct(a.engine)], acceptedAt: T0 + 2000 })
    expect(Object.keys(ack)).not.toContain('correct')
    clock.advance(1000)
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[1], questionIndex: 0, optionIds: [wrong(a.engine)] } }))
    // Deadline T0+10 s, allowance 500 ms: still open at +10.5 s, closed just after.
    await walk(clock, T0 + 10_500)
    expect(a.engine.runnerOf('game1')!.state.phase).toBe('question')
    const late = await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[2], questionIndex: 0, optionIds: [correct(a.engine)] } })
    expect(late.ok).toBe(true) // within the allowance: network delay, not extra time
    // That was the last player: the question closed at once (everyone answered).
    expect(a.engine.runnerOf('game1')!.state.phase).toBe('reveal')
    const state = a.engine.runnerOf('game1')!.state
    expect(state.players[ids[0]].score).toBe(900)
    expect(state.players[ids[1]].score).toBe(0)
    expect(state.players[ids[2]].score).toBe(500)
  })

  it('closes by the timer when not everyone answers, and refuses a late answer', async () => {
    const { clock, a, ids } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } }))
    await walk(clock, T0 + 10_501)
    expect(a.engine.runnerOf('game1')!.state.phase).toBe('reveal')
    const late = await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[1], questionIndex: 0, optionIds: [correct(a.engine)] } })
    expect(late).toMatchObject({ ok: false, error: { code: 'not_accepting_answers' } })
  })

  it('sends the projector and host first, then the room, then each local player their own view, only at a close', async () => {
    const { a, ids } = await setup()
    a.sent.length = 0
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    expect(a.sent.map((s) => s.audience)).toEqual(['screen', 'host', 'players'])
    a.sent.length = 0
    for (const id of ids) {
      ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: id, questionIndex: 0, optionIds: [correct(a.engine)] } }))
    }
    // Answers 1 and 2 send nothing at once (the counters are throttled); answer 3 closes the question.
    expect(a.sent.map((s) => s.audience)).toEqual(['screen', 'host', 'players', 'personal', 'personal', 'personal'])
    const me = a.sent.find((s) => s.event === `live:me:${ids[0]}`)?.payload as PersonalView
    expect(me.result).toMatchObject({ questionIndex: 0, answered: true, correct: true })
  })

  it('acknowledges an answer only once it is stored, and stores exactly what the core accepted', async () => {
    const { a, ids, store } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [wrong(a.engine)] } }))
    const stored = await store.listAnswers('game1', 0)
    expect(stored.get(ids[0])).toMatchObject({ optionIds: [wrong(a.engine)], correct: false, points: 0 })
    const twice = await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } })
    expect(twice).toMatchObject({ ok: false, error: { code: 'already_answered' } })
    const wrongIndex = await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[1], questionIndex: 1, optionIds: ['a'] } })
    expect(wrongIndex).toMatchObject({ ok: false, error: { code: 'wrong_question' } })
    expect((await store.listAnswers('game1', 0)).size).toBe(1)
  })

  it('refuses the host of another game, and a kicked player everywhere', async () => {
    const { a, ids, store } = await setup()
    expect(await a.engine.execute('game1', { kind: 'attachHost', userId: 'other-host' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: 'other-host' } })).toMatchObject({ ok: false, error: { code: 'not_host' } })
    expect(await a.engine.execute('game1', { kind: 'attachScreen', userId: 'other-host' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await a.engine.execute('game1', { kind: 'attachScreen', userId: null })).ok).toBe(true)

    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[2], questionIndex: 0, optionIds: [correct(a.engine)] } }))
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'kick', playerId: ids[2], by: HOST } }))
    await a.engine.runnerOf('game1')!.flush()
    expect(a.sent.filter((s) => s.audience === 'kick').map((s) => s.payload)).toEqual([ids[2]])
    // The open answer no longer counts, in memory and in the store (a resume must not bring it back).
    expect((await store.listAnswers('game1', 0)).has(ids[2])).toBe(false)
    expect(await a.engine.execute('game1', { kind: 'rejoin', playerId: ids[2] })).toMatchObject({ ok: false, error: { code: 'identity_kicked' } })
    expect(await a.engine.execute('game1', { kind: 'join', command: { type: 'join', nickname: 'người chơi 3' } })).toMatchObject({
      ok: false,
      error: { code: 'identity_kicked' },
    })
    expect(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[2], questionIndex: 0, optionIds: ['a'] } })).toMatchObject({
      ok: false,
      error: { code: 'player_kicked' },
    })
  })

  it('saves a snapshot at each phase change (compare-and-set) and batches joins', async () => {
    const { clock, a, store } = await setup({ players: 1 })
    const runner = a.engine.runnerOf('game1')!
    await runner.flush()
    const before = (await store.load('game1'))!.version
    ok(await a.engine.execute('game1', { kind: 'join', command: { type: 'join', nickname: 'Muộn một' } }))
    ok(await a.engine.execute('game1', { kind: 'join', command: { type: 'join', nickname: 'Muộn hai' } }))
    await settle()
    expect((await store.load('game1'))!.version).toBe(before)
    clock.advance(300)
    await runner.flush()
    expect((await store.load('game1'))!.version).toBe(before + 1)
    expect(Object.keys((await storedState(store, 'game1')).players)).toHaveLength(3)
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    await runner.flush()
    expect((await store.load('game1'))!.version).toBe(before + 2)
    expect(runner.storeVersion).toBe(before + 2)
  })

  it('writes the players only when they changed, and what is stored always equals the running game', async () => {
    const saves: ('full' | 'head')[] = []
    const { clock, a, store, ids } = await setup({
      wrap: (inner) => ({
        ...inner,
        save: (gameId, snapshot, version) => {
          saves.push(snapshot.body === undefined ? 'head' : 'full')
          return inner.save(gameId, snapshot, version)
        },
      }),
    })
    const runner = a.engine.runnerOf('game1')!
    const step = async (command: Parameters<LiveEngine['execute']>[1]) => {
      ok(await a.engine.execute('game1', command))
      clock.advance(300) // lets a join batch go out
      await runner.flush()
      const stored = await storedState(store, 'game1')
      if (command.kind === 'answer' && runner.state.phase === 'question') {
        // An answer alone is no snapshot: it is in the answers hash, which a resuming process adds back.
        expect((await store.listAnswers('game1', runner.state.questionIndex)).size).toBe(runner.state.answeredCount)
      } else expect(stored).toEqual(runner.state)
      return saves.splice(0)
    }
    const host = (type: 'start' | 'next' | 'pause' | 'resume' | 'lockLobby' | 'kick', extra = {}) =>
      step({ kind: 'host', command: { type, by: HOST, ...extra } as never })
    const answer = (playerId: string, optionIds: string[]) =>
      step({ kind: 'answer', command: { type: 'answer', playerId, questionIndex: runner.state.questionIndex, optionIds } })

    clock.advance(300) // the joins' batch
    await runner.flush()
    expect(saves.splice(0)).toEqual(['full', 'head', 'full']) // the game's creation, the lobby opening, the joins
    expect(await host('lockLobby')).toEqual(['head'])
    expect(await host('start')).toEqual(['head'])
    expect(await answer(ids[0], [correct(a.engine)])).toEqual([])
    expect(await host('pause')).toEqual(['head'])
    expect(await host('resume')).toEqual(['head'])
    expect(await host('kick', { playerId: ids[2] })).toEqual(['full'])
    expect(await answer(ids[1], [wrong(a.engine)])).toEqual(['full']) // the last one in: the question closes, scores change
    expect(runner.state.phase).toBe('reveal')
    expect(await host('next')).toEqual(['head']) // the leaderboard
    expect(await host('next')).toEqual(['head']) // the second question
    expect(runner.state.questionIndex).toBe(1)
  })

  it('saves the players again after a failed save that should have written them', async () => {
    let failNext = false
    const saves: ('full' | 'head')[] = []
    const { clock, a, store } = await setup({
      wrap: (inner) => ({
        ...inner,
        save: async (gameId, snapshot, version) => {
          if (failNext) {
            failNext = false
            throw new Error('Redis is away')
          }
          saves.push(snapshot.body === undefined ? 'head' : 'full')
          return inner.save(gameId, snapshot, version)
        },
      }),
    })
    const runner = a.engine.runnerOf('game1')!
    await runner.flush()
    saves.splice(0)
    failNext = true
    ok(await a.engine.execute('game1', { kind: 'join', command: { type: 'join', nickname: 'Đến muộn' } }))
    clock.advance(300)
    await runner.flush()
    expect(saves).toEqual([])
    clock.advance(1000) // the retry
    await runner.flush()
    expect(saves).toEqual(['full'])
    expect(Object.keys((await storedState(store, 'game1')).players)).toHaveLength(4)
  })

  it('keeps a game whose lease ran out while the process was too busy, if nobody took it', async () => {
    const { clock, a, ids, store } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } }))
    const runner = a.engine.runnerOf('game1')
    // The event loop stalls for 15 s: the 10 s lease expires before the renewal timer runs.
    clock.set(clock.now() + 15_000)
    await settle()
    expect(a.engine.runnerOf('game1')).toBe(runner)
    expect(runner!.isStopped).toBe(false)
    expect(await store.leaseOwner('game1')).toBe('node-a')
    // Nothing that happened in memory was lost to a reload.
    expect(runner!.state.answers[ids[0]]).toBeDefined()
  })

  it('answers a request the runner handled even if the game moved right after (no retry: no false "already answered")', async () => {
    const { a, ids } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    const runner = a.engine.runnerOf('game1')!
    const answer = a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } })
    // The runner stops while the answer's write is in flight (its lease was lost).
    await Promise.resolve()
    runner.stop()
    expect(await answer).toMatchObject({ ok: true, data: { questionIndex: 0 } })
  })

  it('stops running a game another process saved over (lost compare-and-set)', async () => {
    const { a, store } = await setup()
    const runner = a.engine.runnerOf('game1')!
    await runner.flush()
    // Process B took the game over (A's lease had run out) and saved it.
    await store.releaseLease('game1', 'node-a')
    expect(await store.acquireLease('game1', 'node-b', 10_000)).toBe(true)
    const current = (await store.load('game1'))!
    expect(await store.save('game1', { head: current.head }, current.version)).toBe(true)
    // A's next change fails its compare-and-set when A saves it: A stops running the game.
    await a.engine.execute('game1', { kind: 'host', command: { type: 'lockLobby', by: HOST } })
    await runner.flush()
    expect(runner.isStopped).toBe(true)
    expect(a.engine.ownedGameIds()).toEqual([])
    // B's state is the game now; A's late change never reached the store.
    expect((await storedState(store, 'game1')).lobbyLocked).toBe(false)
    // A request that reaches A afterwards goes to B (unreachable in this test: "server busy").
    expect(await a.engine.execute('game1', { kind: 'host', command: { type: 'unlockLobby', by: HOST } })).toMatchObject({ ok: false, error: { code: 'server_busy' } })
  })

  it('stores the finished game with every counted answer, then frees Redis and the PIN', async () => {
    const { a, ids, store, pin } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    for (const [i, id] of ids.entries()) {
      const option = i === 1 ? wrong(a.engine) : correct(a.engine)
      ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: id, questionIndex: 0, optionIds: [option] } }))
    }
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'next', by: HOST } })) // leaderboard
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'next', by: HOST } })) // question 2
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 1, optionIds: [correct(a.engine)] } }))
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'next', by: HOST } })) // close
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'next', by: HOST } })) // leaderboard
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'next', by: HOST } })) // end
    for (let i = 0; i < 10 && a.stored.length === 0; i++) await settle()
    expect(a.started).toEqual(['game1'])
    expect(a.stored).toHaveLength(1)
    const { state, answers } = a.stored[0]
    expect(state.phase).toBe('ended')
    expect([...answers.keys()]).toEqual([0, 1])
    expect([...answers.get(0)!.keys()].sort()).toEqual([...ids].sort())
    expect([...answers.get(1)!.keys()]).toEqual([ids[0]])
    expect((answers.get(0)!.get(ids[1]) as AnswerRecord).correct).toBe(false)
    for (let i = 0; i < 10 && (await store.load('game1')); i++) await settle()
    expect(await store.load('game1')).toBeNull()
    expect(await store.findByPin(pin)).toBeNull()
    expect(a.engine.ownedGameIds()).toEqual([])
    expect(await a.engine.execute('game1', { kind: 'rejoin', playerId: ids[0] })).toMatchObject({ ok: false, error: { code: 'game_not_found' } })
  })
})

describe('LiveEngine across processes sharing a store', () => {
  it('resumes a game whose process died: the question closes with the answers that were stored', async () => {
    const { clock, store, a, ids } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    clock.advance(1000)
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } }))
    clock.advance(1000)
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[1], questionIndex: 0, optionIds: [wrong(a.engine)] } }))
    const expectedCorrect = correct(a.engine)
    // Process A dies without a word: its timers and lease renewals stop.
    a.engine.abandon()
    const b = makeEngine(store, clock, 'node-b', ids)
    await b.engine.start()
    expect(b.engine.ownedGameIds()).toEqual([]) // A's lease is still valid
    // 20 s later (A's lease long expired, the deadline passed during the outage); B's scans find the game.
    await walk(clock, clock.now() + 20_000)
    const state = b.engine.runnerOf('game1')!.state
    expect(state.phase).toBe('reveal')
    expect(state.results[0]).toMatchObject({ status: 'closed', reason: 'deadline', answeredCount: 2, correctCount: 1 })
    expect(state.players[ids[0]].score).toBe(950) // answered after 1 s of 10
    expect(state.questions[0].correctOptionIds).toEqual([expectedCorrect])
    // B showed its phones where they stand on resuming, then each its own result at the close.
    const personal = b.sent.filter((s) => s.audience === 'personal').map((s) => s.payload as PersonalView)
    expect(personal).toHaveLength(6)
    expect(personal.slice(0, 3).every((me) => me.result === undefined)).toBe(true)
    expect(personal.slice(3).map((me) => me.result?.correct)).toEqual([true, false, false])
    expect(await store.leaseOwner('game1')).toBe('node-b')
    await b.engine.stop()
    expect(await store.leaseOwner('game1')).toBeNull()
  })

  it('lets go of the lease of a game it cannot read, so another process can take it', async () => {
    const { clock, store, a, ids } = await setup()
    a.engine.abandon()
    const unreadable: LiveGameStore = { ...store, load: () => Promise.reject(new Error('stored state is missing')) }
    const b = makeEngine(unreadable, clock, 'node-b', ids)
    await b.engine.start()
    await walk(clock, clock.now() + 20_000) // A's lease expires; B's scans try the game
    expect(b.engine.ownedGameIds()).toEqual([])
    expect(await store.leaseOwner('game1')).toBeNull()
    await b.engine.stop()
  })

  it('a restarted process with the same node id takes its games back at once', async () => {
    const { clock, store, a, ids } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    ok(await a.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: ids[0], questionIndex: 0, optionIds: [correct(a.engine)] } }))
    a.engine.abandon() // killed
    const again = makeEngine(store, clock, 'node-a', ids)
    await again.engine.start()
    const state = again.engine.runnerOf('game1')!.state
    expect(state.phase).toBe('question')
    expect(state.answeredCount).toBe(1)
    expect(state.answers[ids[0]]?.correct).toBe(true)
    // The resumed game goes on: the others answer, the question closes with all three.
    for (const id of ids.slice(1)) {
      ok(await again.engine.execute('game1', { kind: 'answer', command: { type: 'answer', playerId: id, questionIndex: 0, optionIds: [correct(again.engine)] } }))
    }
    expect(again.engine.runnerOf('game1')!.state.results[0]).toMatchObject({ answeredCount: 3, correctCount: 3 })
  })

  it('a graceful stop releases the lease so another process resumes without waiting', async () => {
    const { clock, store, a, ids } = await setup()
    ok(await a.engine.execute('game1', { kind: 'host', command: { type: 'start', by: HOST } }))
    await a.engine.stop()
    const b = makeEngine(store, clock, 'node-b', ids)
    await b.engine.start()
    expect(b.engine.ownedGameIds()).toEqual(['game1'])
    // A request that arrives at B for the game is served there.
    expect((await b.engine.execute('game1', { kind: 'rejoin', playerId: ids[0] })).ok).toBe(true)
  })
})
