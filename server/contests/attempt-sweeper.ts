import type { Logger } from 'pino'
import { finishAndRank } from '../../app/models/contests/provisional-board.server'
import { expiredAttemptIds } from '../../app/models/contests/attempt.server'
import { finaliseRound, roundsDueForFinalising } from '../../app/models/contests/round-finalise.server'
import type { Db } from '../../app/utils/db.server'
import type { Leaderboard } from '../stores/index'

/**
 * The server's own clock for self-paced contests. Every few seconds it closes
 * attempts whose deadline + grace has passed (a phone that died, a tab
 * closed for good), marking what they saved, and freezes the results of
 * rounds that have closed. Safe with several processes: each attempt and
 * round is closed under its row lock and closing twice changes nothing.
 */

declare module '../../app/utils/services.server' {
  interface AppExtensions {
    contestSweeper: AttemptSweeper
  }
}

export interface SweepReport {
  closedAttempts: number
  finalisedRounds: number
  errors: number
}

export interface AttemptSweeper {
  /** One pass now (tests and the shutdown path use it); passes never overlap. */
  runOnce(): Promise<SweepReport>
  stop(): Promise<void>
}

export interface SweeperOptions {
  db: Db
  leaderboard: Leaderboard
  logger: Logger
  intervalMs?: number
  /** Attempts closed per pass; the next pass takes the rest. */
  batchSize?: number
  now?: () => Date
}

export function startAttemptSweeper({ db, leaderboard, logger, intervalMs = 5000, batchSize = 500, now = () => new Date() }: SweeperOptions): AttemptSweeper {
  let running: Promise<SweepReport> | null = null
  let stopped = false

  const pass = async (): Promise<SweepReport> => {
    const report: SweepReport = { closedAttempts: 0, finalisedRounds: 0, errors: 0 }
    const t = now()
    for (const attemptId of await expiredAttemptIds(db, t, batchSize)) {
      if (stopped) break
      try {
        const { result, boardError } = await finishAndRank(db, leaderboard, { attemptId, now: t, by: 'sweeper' })
        if (result.ok && !result.alreadyClosed) report.closedAttempts++
        if (boardError) logger.warn({ err: boardError, attemptId }, 'provisional leaderboard not updated; it is rebuilt from the database when read')
      } catch (err) {
        report.errors++
        logger.error({ err, attemptId }, 'could not close an expired attempt')
      }
    }
    for (const roundId of await roundsDueForFinalising(db, t)) {
      if (stopped) break
      try {
        const r = await finaliseRound(db, { roundId, now: t, actor: null })
        if (r.ok && !r.alreadyFinalised) {
          report.finalisedRounds++
          logger.info({ roundId, participants: r.participants, actualAllCorrect: r.actualAllCorrect }, 'round results frozen')
        } else if (!r.ok) {
          logger.warn({ roundId, reason: r.message }, 'round not finalised yet')
        }
      } catch (err) {
        report.errors++
        logger.error({ err, roundId }, 'could not finalise a round')
      }
    }
    if (report.closedAttempts > 0) logger.info(report, 'closed expired attempts')
    return report
  }

  const runOnce = () => {
    running ??= pass().finally(() => {
      running = null
    })
    return running
  }

  const timer = setInterval(() => {
    runOnce().catch((err: unknown) => logger.error({ err }, 'contest sweeper pass failed'))
  }, intervalMs)
  timer.unref()

  return {
    runOnce,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running?.catch(() => {})
    },
  }
}
