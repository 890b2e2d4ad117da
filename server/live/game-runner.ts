import { ackError } from '../../app/core/live/contract'
import { LIVE_ERROR_MESSAGES } from '../../app/core/live/live-errors'
import { apply, checkRejoin, nextTickAt, tick } from '../../app/core/live/game-machine'
import type { AnswerRecord, GamePhase, LiveGameState } from '../../app/core/live/game-state'
import type { LiveEvent } from '../../app/core/live/live-events'
import { eventsChangePlayers, splitState } from '../../app/core/live/state-parts'
import { hostView, personalView, playerView, projectorView, publicView, type PersonalView } from '../../app/core/live/views'
import type { LiveGameStore } from '../stores/live-game-store'
import { performance } from 'node:perf_hooks'
import type { Clock, TimerHandle } from './clock'
import type { EngineLogger, EngineRequest, EngineResponse, LiveOutput } from './engine-types'
import { SerialQueue } from './serial-queue'

/**
 * Runs ONE live game in the process that holds its lease. The hot state lives
 * here, in memory; every command goes through one queue, so mutations happen
 * one at a time and in order. The pure core decides (apply/tick); this class
 * persists and tells the audiences:
 *
 * - an accepted answer is one small write (appendAnswer); its acknowledgement
 *   waits for that write, so an acknowledged answer survives a crash;
 * - the state is saved (compare-and-set on the store's version) at every
 *   phase change, after a kick or a lock, and shortly after joins; the players
 *   (megabytes at 10,000) only when they changed since the last save;
 * - timers: the tick at nextTickAt(), a throttle for the host's and the
 *   projector's live counters, a debounce for join snapshots.
 */

export interface RunnerOptions {
  store: LiveGameStore
  clock: Clock
  output: LiveOutput
  logger: EngineLogger
  /** After each saved snapshot: the engine tells the other processes (personal = players' results changed). */
  onSnapshot(gameId: string, storeVersion: number, personal: boolean): void
  onStarted(gameId: string, at: number): void
  onEnded(runner: GameRunner): void
  /** A compare-and-set failed: another process saved this game, so this one must stop running it. */
  onLost(runner: GameRunner): void
  /** Joins are saved in a batch this long after the first unsaved one (default 300 ms). */
  joinSnapshotDelayMs?: number
  /** The host's and projector's live counters are pushed at most this often (default 200 ms). */
  liveUpdateMs?: number
}

type Outcome = EngineResponse | { later: Promise<EngineResponse> }

const SNAPSHOT_RETRY_MS = 1000
const MAX_JOIN_SNAPSHOT_DELAY_MS = 5000

export class GameRunner {
  readonly gameId: string
  private readonly queue = new SerialQueue()
  private tickTimer: TimerHandle | null = null
  private liveTimer: TimerHandle | null = null
  private joinTimer: TimerHandle | null = null
  private retryTimer: TimerHandle | null = null
  private saving: Promise<void> | null = null
  private dirty = false
  private personalPending = false
  /** The players differ from the stored copy (joins, kicks, a close): the next save must write them. */
  private playersDirty = false
  private readonly writes = new Set<Promise<unknown>>()
  private stopped = false
  private endedSignalled = false
  private answerBatch: {
    questionIndex: number
    entries: [string, AnswerRecord][]
    written: Promise<void>
    release: (written: Promise<void>) => void
  } | null = null
  /** How long the last snapshot took (serialising included), to space out join snapshots. */
  private lastSaveMs = 0

  constructor(
    public state: LiveGameState,
    /** The store's version of the last snapshot this runner saved or loaded (0: never saved). */
    public storeVersion: number,
    private readonly o: RunnerOptions,
  ) {
    this.gameId = state.id
  }

  /** Commands waiting in this game's queue. */
  get queueDepth(): number {
    return this.queue.depth
  }

  get isStopped(): boolean {
    return this.stopped
  }

  /** 'stopped': the runner stopped before handling the request (the game moved); route it again. */
  async run(request: EngineRequest): Promise<EngineResponse | 'stopped'> {
    // The queue holds only the synchronous part; waiting for a store write happens outside it.
    const outcome = await this.queue.push((): Outcome | 'stopped' => (this.stopped ? 'stopped' : this.handle(request)))
    if (outcome === 'stopped') return outcome
    return 'later' in outcome ? outcome.later : outcome
  }

  /** After a (re)load: restart the timers and show every audience where the game stands. */
  resume(): void {
    this.background(() => {
      if (this.stopped) return
      this.reschedule()
      this.pushScreens()
      if (this.state.phase !== 'created') this.pushPublic()
      this.pushPersonal()
      if (this.state.phase === 'ended') this.signalEnded()
    })
  }

  /** Queued work nobody awaits (a timer, a resume): a failure is logged, never an unhandled rejection. */
  private background(task: () => void): void {
    this.queue.push(task).catch((error: unknown) => this.o.logger.error({ err: error, gameId: this.gameId }, 'live game task failed'))
  }

  /** The first save of a new game; false if a game with this id already exists. */
  async create(): Promise<boolean> {
    const { head, players } = splitState(this.state)
    const saved = await this.o.store.save(this.gameId, { head, body: players }, 0)
    if (saved) this.storeVersion = 1
    return saved
  }

  /** Waits for the snapshot in progress (and any it queued) and for pending answer writes. */
  async flush(): Promise<void> {
    await this.queue.drain()
    this.flushAnswers()
    while (this.saving || this.writes.size > 0) {
      await Promise.all([this.saving, ...this.writes])
    }
  }

  /** Saves now (shutdown, hand-over): resolves when the current state is stored. */
  async snapshotNow(): Promise<void> {
    this.requestSnapshot(false)
    await this.flush()
  }

  stop(): void {
    this.stopped = true
    for (const t of [this.tickTimer, this.liveTimer, this.joinTimer, this.retryTimer]) this.o.clock.clearTimeout(t)
    this.tickTimer = this.liveTimer = this.joinTimer = this.retryTimer = null
  }

  // ───────────────────────── commands ─────────────────────────

  private handle(request: EngineRequest): Outcome {
    const now = this.o.clock.now()
    const s = this.state
    switch (request.kind) {
      case 'join': {
        const r = apply(s, request.command, now)
        if (!r.ok) return { ok: false, error: r.error }
        const e = r.events[0]
        const playerId = e?.type === 'player_joined' || e?.type === 'player_rejoined' ? e.playerId : null
        this.after(r.events, s.phase)
        const view = playerId ? playerView(s, playerId) : null
        if (!playerId || !view) return internalError()
        return { ok: true, data: { playerId, view } }
      }
      case 'rejoin': {
        const check = checkRejoin(s, { v: 1, gameId: s.id, playerId: request.playerId, iat: 0 })
        if (!check.ok) return { ok: false, error: check.error }
        const view = playerView(s, check.playerId)
        return view ? { ok: true, data: { view } } : internalError()
      }
      case 'answer': {
        const r = apply(s, request.command, now)
        if (!r.ok) return { ok: false, error: r.error }
        const playerId = request.command.playerId
        const questionIndex = request.command.questionIndex
        const record = s.answers[playerId]
        // Queued before the events are handled: a kick in the same turn flushes it first.
        const write = this.writeAnswer(questionIndex, playerId, record)
        this.after(r.events, s.phase)
        const data = { questionIndex, optionIds: [...record.optionIds], acceptedAt: record.atMs }
        return { later: write.then((): EngineResponse => ({ ok: true, data })) }
      }
      case 'host': {
        const phaseBefore = s.phase
        const r = apply(s, request.command, now)
        if (!r.ok) return { ok: false, error: r.error }
        this.after(r.events, phaseBefore)
        return { ok: true, data: { view: hostView(s) } }
      }
      case 'attachHost':
        if (request.userId !== s.hostUserId) return forbidden()
        return { ok: true, data: { view: hostView(s) } }
      case 'attachScreen':
        if (request.userId !== null && request.userId !== s.hostUserId) return forbidden()
        return { ok: true, data: { view: projectorView(s) } }
    }
  }

  private onTick(): void {
    if (this.stopped) return
    const r = tick(this.state, this.o.clock.now())
    if (r.events.length > 0) this.after(r.events, 'question')
    else this.reschedule()
  }

  // ───────────────────────── after a change ─────────────────────────

  private after(events: LiveEvent[], phaseBefore: GamePhase): void {
    let screens = false
    let publicState = false
    let personal = false
    let snapshot: 'none' | 'soon' | 'now' = 'none'
    let live = false
    if (eventsChangePlayers(events)) this.playersDirty = true
    for (const e of events) {
      switch (e.type) {
        case 'answer_accepted':
          live = true
          break
        case 'player_joined':
          live = true
          if (snapshot === 'none') snapshot = 'soon'
          break
        case 'player_rejoined':
          break
        case 'player_kicked':
          screens = true
          snapshot = 'now'
          this.o.output.kick(this.gameId, e.playerId, LIVE_ERROR_MESSAGES.identity_kicked)
          if ((phaseBefore === 'question' || phaseBefore === 'paused') && this.state.questionIndex >= 0) {
            // The core dropped the open answer; the stored copy must not come back on a resume.
            // Answers still waiting for their batch go first, so the removal really is the last word.
            this.flushAnswers()
            this.track(this.o.store.removeAnswer(this.gameId, this.state.questionIndex, e.playerId).catch((error: unknown) => {
              this.o.logger.error({ err: error, gameId: this.gameId }, 'could not remove a kicked player\'s answer')
            }))
          }
          break
        case 'lobby_opened':
        case 'lobby_lock_changed':
          screens = true
          snapshot = 'now'
          break
        case 'question_opened':
          if (e.questionIndex === 0 && phaseBefore === 'lobby') this.o.onStarted(this.gameId, e.openedAt)
          screens = publicState = true
          snapshot = 'now'
          break
        case 'question_paused':
        case 'question_resumed':
        case 'timer_ended_early':
        case 'leaderboard_shown':
          screens = publicState = true
          snapshot = 'now'
          break
        case 'question_closed':
        case 'question_voided':
        case 'game_ended':
          screens = publicState = personal = true
          snapshot = 'now'
          break
      }
    }
    // The projector and host first (a few sockets), then the room, then each phone's own result.
    if (screens) this.pushScreens()
    else if (live) this.scheduleLive()
    if (publicState) this.pushPublic()
    if (personal) this.pushPersonal()
    if (snapshot === 'now') this.requestSnapshot(personal)
    else if (snapshot === 'soon') this.scheduleJoinSnapshot()
    // Answers and joins never move the deadline; everything else may (the timer is re-armed then).
    if (screens || publicState) this.reschedule()
    if (this.state.phase === 'ended') this.signalEnded()
  }

  private reschedule(): void {
    this.o.clock.clearTimeout(this.tickTimer)
    this.tickTimer = null
    const at = nextTickAt(this.state)
    if (at === null || this.stopped) return
    this.tickTimer = this.o.clock.setTimeout(() => {
      this.tickTimer = null
      this.background(() => this.onTick())
    }, at - this.o.clock.now())
  }

  private scheduleLive(): void {
    if (this.liveTimer || this.stopped) return
    this.liveTimer = this.o.clock.setTimeout(() => {
      this.liveTimer = null
      if (!this.stopped) this.pushScreens()
    }, this.o.liveUpdateMs ?? 200)
  }

  private pushScreens(): void {
    this.o.clock.clearTimeout(this.liveTimer)
    this.liveTimer = null
    const sentAt = this.o.clock.now()
    this.o.output.broadcast(this.gameId, 'screen', 'live:screen', { view: projectorView(this.state), sentAt })
    this.o.output.broadcast(this.gameId, 'host', 'live:host', { view: hostView(this.state), sentAt })
  }

  private pushPublic(): void {
    this.o.output.broadcast(this.gameId, 'players', 'live:state', { view: publicView(this.state), sentAt: this.o.clock.now() })
  }

  /** Each player connected to this process gets their own view; other processes do the same from the snapshot. */
  private pushPersonal(): void {
    const ids = this.o.output.localPlayerIds(this.gameId)
    if (ids.length === 0) return
    this.o.output.sendPersonal(this.gameId, personalViews(this.state, ids), this.o.clock.now())
  }

  private signalEnded(): void {
    if (this.endedSignalled) return
    this.endedSignalled = true
    this.o.onEnded(this)
  }

  // ───────────────────────── persistence ─────────────────────────

  /**
   * Accepted answers are written in batches: everything accepted in one event-loop turn goes
   * in one store call (one Redis script), flushed at the end of the turn. Each acknowledgement
   * waits for its batch, so an acknowledged answer is stored.
   */
  private writeAnswer(questionIndex: number, playerId: string, record: AnswerRecord): Promise<void> {
    if (this.answerBatch && this.answerBatch.questionIndex !== questionIndex) this.flushAnswers()
    if (!this.answerBatch) {
      let release!: (written: Promise<void>) => void
      const written = new Promise<Promise<void>>((resolve) => (release = resolve)).then((p) => p)
      this.answerBatch = { questionIndex, entries: [], written, release }
      setImmediate(() => this.flushAnswers())
    }
    this.answerBatch.entries.push([playerId, record])
    return this.answerBatch.written
  }

  private flushAnswers(): void {
    const batch = this.answerBatch
    if (!batch) return
    this.answerBatch = null
    const write = this.o.store.appendAnswers(this.gameId, batch.questionIndex, batch.entries).then(
      () => undefined,
      (error: unknown) => {
        this.o.logger.error({ err: error, gameId: this.gameId, answers: batch.entries.length }, 'could not persist live answers (they still count)')
      },
    )
    batch.release(this.track(write))
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.writes.add(p)
    void p.finally(() => this.writes.delete(p))
    return p
  }

  private scheduleJoinSnapshot(): void {
    if (this.joinTimer || this.stopped) return
    // A big lobby filling up would otherwise spend its time serialising: wait at least twenty times
    // as long as the last save took (3.4 MB at 10,000 players), so saving stays under ~5 % of the time.
    // A crash loses at most the joins of that interval; those players simply join again.
    const delay = Math.min(MAX_JOIN_SNAPSHOT_DELAY_MS, Math.max(this.o.joinSnapshotDelayMs ?? 300, this.lastSaveMs * 20))
    this.joinTimer = this.o.clock.setTimeout(() => {
      this.joinTimer = null
      this.requestSnapshot(false)
    }, delay)
  }

  private requestSnapshot(personal: boolean): void {
    if (this.stopped) return
    if (personal) this.personalPending = true
    this.o.clock.clearTimeout(this.joinTimer)
    this.joinTimer = null
    if (this.saving) {
      this.dirty = true
      return
    }
    this.saving = this.saveLoop().finally(() => {
      this.saving = null
    })
  }

  private async saveLoop(): Promise<void> {
    do {
      this.dirty = false
      const personal = this.personalPending
      this.personalPending = false
      const withPlayers = this.playersDirty || this.storeVersion === 0
      this.playersDirty = false
      let saved: boolean
      const started = performance.now()
      try {
        // The store serialises the state before its first await, so later commands cannot leak into this snapshot.
        const { head, players } = splitState(this.state)
        saved = await this.o.store.save(this.gameId, withPlayers ? { head, body: players } : { head }, this.storeVersion)
        // Join snapshots are spaced by what a full save costs.
        if (withPlayers) this.lastSaveMs = performance.now() - started
      } catch (error) {
        this.o.logger.error({ err: error, gameId: this.gameId }, 'could not save the live game state; retrying')
        this.personalPending ||= personal
        this.playersDirty ||= withPlayers
        this.o.clock.clearTimeout(this.retryTimer)
        this.retryTimer = this.o.clock.setTimeout(() => {
          this.retryTimer = null
          this.requestSnapshot(false)
        }, SNAPSHOT_RETRY_MS)
        return
      }
      if (!saved) {
        this.o.logger.warn({ gameId: this.gameId, storeVersion: this.storeVersion }, 'another process saved this live game: handing it over')
        this.stop()
        this.o.onLost(this)
        return
      }
      this.storeVersion++
      this.o.onSnapshot(this.gameId, this.storeVersion, personal)
    } while (this.dirty && !this.stopped)
  }
}

export function personalViews(state: LiveGameState, playerIds: Iterable<string>): Map<string, PersonalView> {
  const views = new Map<string, PersonalView>()
  for (const id of playerIds) {
    const me = personalView(state, id)
    if (me) views.set(id, me)
  }
  return views
}

const internalError = (): EngineResponse => ({ ok: false, ...ackError('internal') })
const forbidden = (): EngineResponse => ({ ok: false, ...ackError('forbidden') })
