import type { Db } from '~/utils/db.server'

/**
 * Background issuing jobs (CertificateJob). A job is owned by one process at
 * a time: claiming sets workerId and a heartbeat, every batch refreshes the
 * heartbeat, and a RUNNING job whose heartbeat is older than the lease is
 * taken over (its process died). Batches are idempotent, so a job taken over
 * half-way simply walks the round again; `done` never goes backwards.
 */

export interface ClaimedJob {
  id: string
  templateId: string
  roundId: string
  done: number
}

/** Takes the oldest waiting job, or one whose owner stopped reporting; null when there is none. */
export async function claimNextJob(db: Db, workerId: string, leaseMs: number): Promise<ClaimedJob | null> {
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "CertificateJob" SET
      "status" = 'RUNNING', "workerId" = ${workerId}, "heartbeatAt" = now(),
      "startedAt" = COALESCE("startedAt", now()), "error" = NULL
    WHERE "id" = (
      SELECT "id" FROM "CertificateJob"
      WHERE "status" = 'QUEUED'
         OR ("status" = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => ${leaseMs / 1000})))
      ORDER BY "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "templateId", "roundId", "done"`
  return rows[0] ?? null
}

export class LostJobError extends Error {
  constructor(jobId: string) {
    super(`Certificate job ${jobId} is no longer owned by this process`)
  }
}

/** Refreshes the heartbeat and records progress, only while this worker still owns the job. */
export async function reportJobProgress(
  db: Pick<Db, '$executeRaw'>,
  jobId: string,
  workerId: string,
  progress: { processed?: number; created?: number; total?: number },
): Promise<void> {
  const updated = await db.$executeRaw`
    UPDATE "CertificateJob" SET
      "done" = GREATEST("done", ${progress.processed ?? 0}),
      "created" = "created" + ${progress.created ?? 0},
      "total" = COALESCE(${progress.total ?? null}::int, "total"),
      "heartbeatAt" = now()
    WHERE "id" = ${jobId} AND "workerId" = ${workerId} AND "status" = 'RUNNING'`
  if (updated !== 1) throw new LostJobError(jobId)
}

export async function finishJob(db: Db, jobId: string, workerId: string, outcome: { error?: string }): Promise<void> {
  await db.certificateJob.updateMany({
    where: { id: jobId, workerId, status: 'RUNNING' },
    data: outcome.error
      ? { status: 'FAILED', error: outcome.error, finishedAt: new Date(), workerId: null }
      : { status: 'DONE', finishedAt: new Date(), workerId: null },
  })
}

/** On a clean shutdown: back in the queue, so the next process starts it at once instead of waiting out the lease. */
export async function requeueJob(db: Db, jobId: string, workerId: string): Promise<void> {
  await db.certificateJob.updateMany({ where: { id: jobId, workerId, status: 'RUNNING' }, data: { status: 'QUEUED', workerId: null } })
}

export async function activeJobCount(db: Db): Promise<number> {
  return db.certificateJob.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } })
}

export async function listTemplateJobs(db: Db, templateId: string, limit = 20) {
  return db.certificateJob.findMany({
    where: { templateId },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      status: true,
      total: true,
      done: true,
      created: true,
      error: true,
      createdAt: true,
      finishedAt: true,
      round: { select: { id: true, title: true } },
    },
  })
}
