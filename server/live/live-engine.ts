import { randomBytes, randomInt } from 'node:crypto'
import { ackError } from '../../app/core/live/contract'
import { createGame, type LiveQuestionInput } from '../../app/core/live/create-game'
import type { AnswerRecord, GameSettingsInput, LiveGameState } from '../../app/core/live/game-state'
import { GAME_PHASES } from '../../app/core/live/game-state'
import { liveError, type LiveError } from '../../app/core/live/live-errors'
import { generatePin } from '../../app/core/live/pin'
import { joinStateParts } from '../../app/core/live/state-parts'
import type { LiveGameStore } from '../stores/live-game-store'
import { systemClock, type Clock, type TimerHandle } from './clock'
import type { ClusterBus, SnapshotNote } from './cluster-bus'
import type { AnswerSheet, EngineLogger, EngineRequest, EngineResponse, LiveOutput, LiveResultsSink, RemoteResponse } from './engine-types'
import { GameRunner, personalViews } from './game-runner'

/**
 * The live engine of one app process: which games this process runs (it
 * holds their leases), and where every other game's commands go.
 *
 * - A command for a game this process runs goes to its GameRunner.
 * - A command for a game another process runs is forwarded to that process
 *   over the cluster bus (the lease says which one).
 * - A game nobody runs (its process stopped or died and the lease expired)
 *   is taken over by whoever needs it first, or by the periodic scan of
 *   active games: load the last snapshot, add the answers stored since, and
 *   go on with the server clock (a deadline that passed meanwhile closes the
 *   question at once with the answers that were stored).
 * - At the end: the whole game to PostgreSQL in one transaction, then the
 *   Redis copy and the PIN are released.
 *
 * See docs/decisions/007-live-game-runner.md.
 */

export interface LiveEngineOptions {
  store: LiveGameStore
  bus: ClusterBus
  output: LiveOutput
  results: LiveResultsSink
  logger: EngineLogger
  clock?: Clock
  /** How long a lease lasts without renewal; renewed every third of it (default 10 s). */
  leaseTtlMs?: number
  /** How often active games are checked for a missing runner (default 2 s). */
  scanIntervalMs?: number
  /** How long a forwarded command may wait for the owner (default 4 s). */
  requestTimeoutMs?: number
  /** How long a game's PIN stays reserved (default 24 h). */
  pinTtlSeconds?: number
  /** live_games_running */
  gamesGauge?: { set(value: number): void }
  joinSnapshotDelayMs?: number
  liveUpdateMs?: number
  /** Uniform integer in [0, max): crypto.randomInt unless a test needs fixed PINs. */
  randomInt?: (max: number) => number
}

export interface CreateLiveGameInput {
  id: string
  hostUserId: string
  settings: GameSettingsInput
  questions: LiveQuestionInput[]
}

const OWNER_CACHE_MS = 1000
const PERSIST_RETRY_MAX_MS = 60_000

export class LiveEngine {
  readonly nodeId: string
  private readonly runners = new Map<string, GameRunner>()
  private readonly resuming = new Map<string, Promise<GameRunner | 'taken' | 'not_found'>>()
  private readonly owners = new Map<string, { owner: string | null; at: number }>()
  private readonly clock: Clock
  private readonly leaseTtlMs: number
  private renewTimer: TimerHandle | null = null
  private scanTimer: TimerHandle | null = null
  private running = false
  private scanning: Promise<void> | null = null
  private readonly finishing = new Map<string, Promise<void>>()

  constructor(private readonly o: LiveEngineOptions) {
    this.nodeId = o.bus.nodeId
    this.clock = o.clock ?? systemClock()
    this.leaseTtlMs = o.leaseTtlMs ?? 10_000
    o.bus.serve((gameId, request) => this.serveRemote(gameId, request))
    o.bus.onAnnounce((note) => this.onAnnounce(note))
  }

  /** Starts renewing leases and scanning for games to resume (runs one scan at once). */
  async start(): Promise<void> {
    this.running = true
    this.scheduleRenew()
    await this.scan()
    this.scheduleScan()
  }

  /** Graceful stop: every game saved and its lease released, so another process (or this one restarted) takes over at once. */
  async stop(): Promise<void> {
    this.running = false
    this.clock.clearTimeout(this.renewTimer)
    this.clock.clearTimeout(this.scanTimer)
    await this.scanning
    await Promise.all(
      [...this.runners.values()].map(async (runner) => {
        try {
          await runner.snapshotNow()
          runner.stop()
          await this.o.store.releaseLease(runner.gameId, this.nodeId)
        } catch (error) {
          this.o.logger.error({ err: error, gameId: runner.gameId }, 'could not hand over a live game on stop')
        }
      }),
    )
    this.runners.clear()
    this.updateGauge()
    await this.o.bus.close()
  }

  /**
   * Stops every timer and runner without saving or releasing anything: what a
   * crash leaves behind. Tests use it to play a process that died.
   */
  abandon(): void {
    this.running = false
    this.clock.clearTimeout(this.renewTimer)
    this.clock.clearTimeout(this.scanTimer)
    for (const runner of this.runners.values()) runner.stop()
    this.runners.clear()
    this.updateGauge()
  }

  /** Games this process runs now. */
  ownedGameIds(): string[] {
    return [...this.runners.keys()]
  }

  /** For tests and diagnostics: the runner of a game this process runs. */
  runnerOf(gameId: string): GameRunner | undefined {
    return this.runners.get(gameId)
  }

  queueDepth(): number {
    let depth = 0
    for (const r of this.runners.values()) depth += r.queueDepth
    return depth
  }

  findGameByPin(pin: string): Promise<string | null> {
    return this.o.store.findByPin(pin)
  }

  /** Builds a game, reserves a PIN no running game uses, saves it and runs it here. */
  async createGame(input: CreateLiveGameInput): Promise<{ ok: true; pin: string } | { ok: false; error: LiveError }> {
    const draw = this.o.randomInt ?? ((max: number) => randomInt(max))
    let pin: string | null = null
    for (let attempt = 0; attempt < 50 && !pin; attempt++) {
      const candidate = generatePin(draw, new Set())
      if (await this.o.store.reservePin(candidate, input.id, this.o.pinTtlSeconds ?? 24 * 3600)) pin = candidate
    }
    if (!pin) return { ok: false, error: liveError('invalid_game', 'Không cấp được mã PIN, vui lòng thử lại.') }
    const created = createGame({ ...input, pin }, randomBytes(16).toString('hex'), this.clock.now())
    if (!created.ok) {
      await this.o.store.releasePin(pin, input.id)
      return created
    }
    if (!(await this.o.store.acquireLease(input.id, this.nodeId, this.leaseTtlMs))) {
      await this.o.store.releasePin(pin, input.id)
      return { ok: false, error: liveError('invalid_game', 'Mã trò chơi đã được dùng.') }
    }
    const runner = this.newRunner(created.state, 0)
    if (!(await runner.create())) {
      runner.stop()
      await this.o.store.releasePin(pin, input.id)
      return { ok: false, error: liveError('invalid_game', 'Mã trò chơi đã được dùng.') }
    }
    this.runners.set(input.id, runner)
    this.updateGauge()
    return { ok: true, pin }
  }

  /**
   * Undoes createGame when its session could not be recorded in PostgreSQL: a game nobody
   * can open must not keep its PIN, its Redis copy or a runner. Only a game this process
   * created and that has not started is discarded.
   */
  async discardGame(gameId: string): Promise<boolean> {
    const runner = this.runners.get(gameId)
    if (!runner || (runner.state.phase !== 'created' && runner.state.phase !== 'lobby') || runner.state.questionIndex >= 0) return false
    this.drop(runner)
    await this.o.store.delete(gameId)
    await this.o.store.releasePin(runner.state.pin, gameId)
    await this.o.store.releaseLease(gameId, this.nodeId)
    this.o.logger.warn({ gameId }, 'live game discarded before it was used')
    return true
  }

  /** Runs a socket's request on the game, wherever it runs. */
  async execute<K extends EngineRequest['kind']>(gameId: string, request: EngineRequest & { kind: K }): Promise<EngineResponse<K>> {
    return (await this.route(gameId, request)) as EngineResponse<K>
  }

  private async route(gameId: string, request: EngineRequest): Promise<EngineResponse> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const local = this.runners.get(gameId)
      if (local) {
        const response = await local.run(request)
        // Only a request the runner never handled (stopped before its turn) is routed again;
        // one it handled keeps its answer, or an accepted answer would come back "already answered".
        if (response !== 'stopped') return response
        continue
      }
      const inProgress = this.resuming.get(gameId)
      if (inProgress) {
        await inProgress
        continue
      }
      const owner = await this.ownerOf(gameId)
      if (owner === null || owner === this.nodeId) {
        const resumed = await this.resume(gameId)
        if (resumed === 'not_found') return { ok: false, ...ackError('game_not_found') }
        if (resumed === 'taken') this.owners.delete(gameId)
        continue
      }
      const remote = await this.o.bus.request(owner, gameId, request, this.o.requestTimeoutMs ?? 4000)
      if (remote === 'timeout') {
        this.owners.delete(gameId)
        return { ok: false, ...ackError('server_busy') }
      }
      if ('notOwner' in remote) {
        this.owners.delete(gameId)
        continue
      }
      return remote
    }
    return { ok: false, ...ackError('server_busy') }
  }

  private async serveRemote(gameId: string, request: EngineRequest): Promise<RemoteResponse> {
    let runner = this.runners.get(gameId)
    if (!runner) {
      const inProgress = this.resuming.get(gameId)
      const resumed = inProgress ? await inProgress : null
      runner = resumed instanceof GameRunner ? resumed : this.runners.get(gameId)
    }
    if (!runner) return { ok: false, notOwner: true }
    const response = await runner.run(request)
    return response === 'stopped' ? { ok: false, notOwner: true } : response
  }

  private async ownerOf(gameId: string): Promise<string | null> {
    const cached = this.owners.get(gameId)
    const now = this.clock.now()
    if (cached && now - cached.at < OWNER_CACHE_MS) return cached.owner
    const owner = await this.o.store.leaseOwner(gameId)
    this.owners.set(gameId, { owner, at: now })
    return owner
  }

  // ───────────────────────── taking a game over ─────────────────────────

  private resume(gameId: string): Promise<GameRunner | 'taken' | 'not_found'> {
    const existing = this.resuming.get(gameId)
    if (existing) return existing
    const attempt = this.loadAndRun(gameId).finally(() => this.resuming.delete(gameId))
    this.resuming.set(gameId, attempt)
    return attempt
  }

  private async loadAndRun(gameId: string): Promise<GameRunner | 'taken' | 'not_found'> {
    const local = this.runners.get(gameId)
    if (local) return local
    if (!(await this.o.store.acquireLease(gameId, this.nodeId, this.leaseTtlMs))) return 'taken'
    let loaded: Awaited<ReturnType<LiveGameStore['load']>>
    try {
      loaded = await this.o.store.load(gameId)
    } catch (error) {
      // Unreadable here: leave the game to a process that can read it, rather than hold it unrun.
      await this.o.store.releaseLease(gameId, this.nodeId).catch(() => {})
      throw error
    }
    const state = loaded ? asGameState(joinStateParts(loaded.head, loaded.body), gameId) : null
    if (!loaded || !state) {
      if (loaded) this.o.logger.error({ gameId }, 'stored live game has an unexpected shape; not resuming it')
      await this.o.store.releaseLease(gameId, this.nodeId)
      return 'not_found'
    }
    if (state.phase === 'question' || state.phase === 'paused') await this.mergeStoredAnswers(state)
    const runner = this.newRunner(state, loaded.version)
    this.runners.set(gameId, runner)
    this.owners.set(gameId, { owner: this.nodeId, at: this.clock.now() })
    this.updateGauge()
    this.o.logger.info({ gameId, phase: state.phase, players: state.activePlayerCount }, 'resumed a live game')
    runner.resume()
    return runner
  }

  /** Answers acknowledged after the last snapshot are in the answers hash: put them back. */
  private async mergeStoredAnswers(state: LiveGameState): Promise<void> {
    const stored = await this.o.store.listAnswers(state.id, state.questionIndex)
    for (const [playerId, value] of stored) {
      const player = Object.hasOwn(state.players, playerId) ? state.players[playerId] : undefined
      if (!player || player.kicked || Object.hasOwn(state.answers, playerId)) continue
      const record = asAnswerRecord(value)
      if (!record) continue
      state.answers[playerId] = record
      state.answeredCount++
    }
  }

  private newRunner(state: LiveGameState, storeVersion: number): GameRunner {
    return new GameRunner(state, storeVersion, {
      store: this.o.store,
      clock: this.clock,
      output: this.o.output,
      logger: this.o.logger,
      joinSnapshotDelayMs: this.o.joinSnapshotDelayMs,
      liveUpdateMs: this.o.liveUpdateMs,
      onSnapshot: (gameId, version, personal) => this.o.bus.announce({ gameId, storeVersion: version, personal }),
      onStarted: (gameId, at) => {
        this.o.results.started(gameId, at).catch((error: unknown) => this.o.logger.error({ err: error, gameId }, 'could not mark a live session as started'))
      },
      onEnded: (runner) => void this.finish(runner),
      onLost: (runner) => this.drop(runner),
    })
  }

  private drop(runner: GameRunner): void {
    runner.stop()
    if (this.runners.get(runner.gameId) === runner) this.runners.delete(runner.gameId)
    this.owners.delete(runner.gameId)
    this.updateGauge()
  }

  // ───────────────────────── the end ─────────────────────────

  /** Stores the game in PostgreSQL (retrying while the database is away), then frees Redis and the PIN. */
  private finish(runner: GameRunner): Promise<void> {
    const existing = this.finishing.get(runner.gameId)
    if (existing) return existing
    const done = (async () => {
      let delay = 1000
      for (;;) {
        try {
          await runner.flush()
          if (runner.isStopped) return
          const state = runner.state
          await this.o.results.persist(state, await this.closedAnswers(state))
          break
        } catch (error) {
          this.o.logger.error({ err: error, gameId: runner.gameId }, 'could not store the finished live game; retrying')
          await new Promise<void>((resolve) => this.clock.setTimeout(resolve, delay))
          delay = Math.min(delay * 2, PERSIST_RETRY_MAX_MS)
          // Stopped meanwhile (shutdown, lost lease): the state stays in Redis and whoever resumes it stores it.
          if (runner.isStopped) return
        }
      }
      // Redis first: until the copy is gone, the runner still answers late requests from the final state.
      await this.o.store.delete(runner.gameId)
      await this.o.store.releasePin(runner.state.pin, runner.gameId)
      this.drop(runner)
      this.o.logger.info({ gameId: runner.gameId, players: runner.state.playerSeq }, 'live game stored and released')
    })()
      .catch((error: unknown) => this.o.logger.error({ err: error, gameId: runner.gameId }, 'could not release a stored live game (its Redis copy expires on its own)'))
      .finally(() => this.finishing.delete(runner.gameId))
    this.finishing.set(runner.gameId, done)
    return done
  }

  /** Answers of every question that closed (voided ones earn nothing and are left out). */
  private async closedAnswers(state: LiveGameState): Promise<Map<number, AnswerSheet>> {
    const sheets = new Map<number, AnswerSheet>()
    for (let qi = 0; qi < state.questions.length; qi++) {
      if (state.results[qi]?.status !== 'closed') continue
      const sheet: AnswerSheet = new Map()
      for (const [playerId, value] of await this.o.store.listAnswers(state.id, qi)) {
        const record = asAnswerRecord(value)
        if (record && Object.hasOwn(state.players, playerId)) sheet.set(playerId, record)
      }
      // The state holds the last question's answers: they win over the stored copies (a kicked player's is gone there).
      if (qi === state.questionIndex) {
        for (const playerId of sheet.keys()) if (!Object.hasOwn(state.answers, playerId)) sheet.delete(playerId)
        for (const playerId in state.answers) sheet.set(playerId, state.answers[playerId])
      }
      sheets.set(qi, sheet)
    }
    return sheets
  }

  /** Another process saved a snapshot; phones connected here that need their results get them from it. */
  private onAnnounce(note: SnapshotNote): void {
    this.owners.set(note.gameId, { owner: note.from, at: this.clock.now() })
    if (!note.personal || this.runners.has(note.gameId)) return
    const ids = this.o.output.localPlayerIds(note.gameId)
    if (ids.length === 0) return
    void this.o.store
      .load(note.gameId)
      .then((loaded) => {
        const state = loaded ? asGameState(joinStateParts(loaded.head, loaded.body), note.gameId) : null
        if (!state) return
        const current = this.o.output.localPlayerIds(note.gameId)
        this.o.output.sendPersonal(note.gameId, personalViews(state, current), this.clock.now())
      })
      .catch((error: unknown) => this.o.logger.error({ err: error, gameId: note.gameId }, 'could not load a live snapshot for personal views'))
  }

  // ───────────────────────── leases and the scan ─────────────────────────

  private scheduleRenew(): void {
    if (!this.running) return
    this.renewTimer = this.clock.setTimeout(() => {
      void this.renewAll().finally(() => this.scheduleRenew())
    }, Math.floor(this.leaseTtlMs / 3))
  }

  private async renewAll(): Promise<void> {
    await Promise.all(
      [...this.runners.values()].map(async (runner) => {
        try {
          if (runner.isStopped) return this.drop(runner)
          if (await this.o.store.renewLease(runner.gameId, this.nodeId, this.leaseTtlMs)) return
          // Expired (this process was too busy to renew in time) but nobody took it: keep running, with the
          // state in memory. Dropping it would reload an older snapshot and lose what happened since.
          if (await this.o.store.acquireLease(runner.gameId, this.nodeId, this.leaseTtlMs)) {
            this.o.logger.warn({ gameId: runner.gameId }, 'renewed a live game lease after it had expired')
            return
          }
          this.o.logger.warn({ gameId: runner.gameId }, 'lost the lease of a live game: another process runs it now')
          this.drop(runner)
        } catch (error) {
          this.o.logger.error({ err: error, gameId: runner.gameId }, 'could not renew a live game lease')
        }
      }),
    )
  }

  private scheduleScan(): void {
    if (!this.running) return
    this.scanTimer = this.clock.setTimeout(() => {
      void this.scan().finally(() => this.scheduleScan())
    }, this.o.scanIntervalMs ?? 2000)
  }

  /** Takes over every saved game whose lease nobody holds (or that this process held before a restart). */
  scan(): Promise<void> {
    this.scanning ??= (async () => {
      try {
        for (const gameId of await this.o.store.listActive()) {
          if (!this.running || this.runners.has(gameId) || this.resuming.has(gameId)) continue
          const owner = await this.o.store.leaseOwner(gameId)
          if (owner === null || owner === this.nodeId) await this.resume(gameId)
        }
      } catch (error) {
        this.o.logger.error({ err: error }, 'live game scan failed')
      } finally {
        this.scanning = null
      }
    })()
    return this.scanning
  }

  private updateGauge(): void {
    this.o.gamesGauge?.set(this.runners.size)
  }
}

/** A light shape check of a stored state: enough to refuse a key written by something else. */
function asGameState(value: unknown, gameId: string): LiveGameState | null {
  if (!value || typeof value !== 'object') return null
  const s = value as Partial<LiveGameState>
  if (s.schemaVersion !== 1 || s.id !== gameId) return null
  if (!GAME_PHASES.includes(s.phase as LiveGameState['phase'])) return null
  if (!Array.isArray(s.questions) || !s.players || typeof s.players !== 'object') return null
  return value as LiveGameState
}

function asAnswerRecord(value: unknown): AnswerRecord | null {
  if (!value || typeof value !== 'object') return null
  const a = value as Partial<AnswerRecord>
  if (!Array.isArray(a.optionIds) || typeof a.atMs !== 'number' || typeof a.elapsedMs !== 'number') return null
  if (typeof a.correct !== 'boolean' || typeof a.points !== 'number') return null
  return value as AnswerRecord
}
