import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import {
  countRoundRecipients,
  issueRoundCertificates,
  loadRoundIssueContext,
  roundNotFinalisedMessage,
  roundRecipientPages,
} from '../../app/models/certificates/issue.server'
import {
  type ClaimedJob,
  LostJobError,
  activeJobCount,
  claimNextJob,
  finishJob,
  reportJobProgress,
  requeueJob,
} from '../../app/models/certificates/jobs.server'
import type { Db } from '../../app/utils/db.server'

/**
 * Issues certificates for whole rounds in the background, in the server
 * process. Routes queue a CertificateJob and call wake(); every process also
 * looks for work every few seconds, so jobs queued by another process, or
 * left RUNNING by one that died, are picked up (after the lease). Each batch
 * inserts its certificates and records progress in one transaction, so
 * CertificateJob.done is exactly what is stored, and a page reload shows it.
 */

declare module '../../app/utils/services.server' {
  interface AppExtensions {
    certificateJobs: CertificateJobRunner
  }
}

export interface CertificateJobRunner {
  /** Look for work now (a route has just queued a job). */
  wake(): void
  /** Runs until no job is left to claim; resolves then (tests, benchmarks). */
  drain(): Promise<void>
  /** Stops after the batch in progress; a job not finished goes back to the queue. */
  stop(): Promise<void>
  readonly workerId: string
}

export interface JobRunnerOptions {
  db: Db
  logger: Logger
  workerId?: string
  /** How often to look for jobs queued elsewhere or abandoned. */
  pollIntervalMs?: number
  /** A RUNNING job without a heartbeat for this long is taken over. */
  leaseMs?: number
  /** Results read (and certificates inserted) per transaction. */
  batchSize?: number
  /** Jobs waiting or running, for the queue_depth{queue="certificates"} gauge. */
  onQueueDepth?: (depth: number) => void
  /** After every committed batch (benchmarks sample memory here). */
  onBatch?: (job: { id: string; processed: number; total: number }) => void
}

export function startCertificateJobRunner({
  db,
  logger,
  workerId = randomUUID(),
  pollIntervalMs = 5000,
  leaseMs = 30_000,
  batchSize = 250,
  onQueueDepth,
  onBatch,
}: JobRunnerOptions): CertificateJobRunner {
  let stopped = false
  let pumping: Promise<void> | null = null
  let again = false
  const log = logger.child({ worker: workerId, queue: 'certificates' })

  const refreshDepth = async () => {
    if (!onQueueDepth) return
    try {
      onQueueDepth(await activeJobCount(db))
    } catch (err) {
      log.warn({ err }, 'could not count certificate jobs')
    }
  }

  async function runJob(job: ClaimedJob): Promise<void> {
    const { context, rules, round } = await loadRoundIssueContext(db, job.templateId, job.roundId)
    if (round.status !== 'FINALISED') {
      await finishJob(db, job.id, workerId, { error: roundNotFinalisedMessage(round) })
      return
    }
    const total = await countRoundRecipients(db, job.roundId, rules)
    await reportJobProgress(db, job.id, workerId, { total })
    // One issue date for the whole run: the certificates of a round carry the same date.
    const issuedAt = new Date()
    let processed = 0
    for await (const recipients of roundRecipientPages(db, job.roundId, rules, batchSize)) {
      if (stopped) {
        await requeueJob(db, job.id, workerId)
        log.info({ jobId: job.id, processed }, 'certificate job returned to the queue at shutdown')
        return
      }
      const next = processed + recipients.length
      await db.$transaction(async (tx) => {
        const created = await issueRoundCertificates(tx, context, recipients, issuedAt)
        await reportJobProgress(tx, job.id, workerId, { processed: next, created })
      })
      processed = next
      onBatch?.({ id: job.id, processed, total })
    }
    await finishJob(db, job.id, workerId, {})
    log.info({ jobId: job.id, total, processed }, 'certificate job done')
  }

  async function pump(): Promise<void> {
    do {
      again = false
      while (!stopped) {
        const job = await claimNextJob(db, workerId, leaseMs)
        if (!job) break
        await refreshDepth()
        log.info({ jobId: job.id, roundId: job.roundId, resumedAt: job.done }, 'certificate job started')
        try {
          await runJob(job)
        } catch (err) {
          if (err instanceof LostJobError) {
            log.warn({ jobId: job.id }, 'certificate job taken over by another process')
          } else {
            log.error({ err, jobId: job.id }, 'certificate job failed')
            const detail = err instanceof Error ? err.message : String(err)
            await finishJob(db, job.id, workerId, { error: `Lỗi khi cấp giấy chứng nhận: ${detail.slice(0, 300)}` }).catch(() => {})
          }
        }
        await refreshDepth()
      }
    } while (again && !stopped)
    await refreshDepth()
  }

  const kick = (): Promise<void> => {
    if (pumping) {
      again = true
      return pumping
    }
    pumping = pump()
      .catch((err: unknown) => log.error({ err }, 'certificate job runner pass failed'))
      .finally(() => {
        pumping = null
      })
    return pumping
  }

  const timer = setInterval(() => void kick(), pollIntervalMs)
  timer.unref()
  // Jobs left by the previous run of this server (queued, or running when it stopped).
  void kick()

  return {
    workerId,
    wake: () => void kick(),
    async drain() {
      // A pass already under way may have looked before the caller queued its job: run until a pass finds nothing.
      while (!stopped) {
        await kick()
        if (!(await db.certificateJob.count({ where: { OR: [{ status: 'QUEUED' }, { status: 'RUNNING', workerId }] } }))) return
      }
    },
    async stop() {
      stopped = true
      clearInterval(timer)
      await pumping
    },
  }
}
