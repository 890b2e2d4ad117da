import { analyseItems, type ItemAttempt, type ItemStatistics } from '~/core/stats/item-analysis'
import type { Db } from '~/utils/db.server'

/**
 * Facility and discrimination of each question version, over finished
 * attempts, read from AttemptAnswer (the marking sets `correct`). A question
 * an attempt drew but left blank counts as wrong, so the attempt's layout is
 * read as well. Used by the contest statistics and by the question bank's
 * quality view (by version ids).
 */

type Row = { attemptId: string; versionId: string; correct: boolean; elapsedMs: number | null }

function toAttempts(rows: readonly Row[]): ItemAttempt[] {
  const by = new Map<string, ItemAttempt & { answers: { questionId: string; correct: boolean; timeMs?: number }[] }>()
  for (const r of rows) {
    let a = by.get(r.attemptId)
    if (!a) {
      a = { attemptId: r.attemptId, answers: [] }
      by.set(r.attemptId, a)
    }
    a.answers.push({ questionId: r.versionId, correct: r.correct, timeMs: r.elapsedMs ?? undefined })
  }
  return [...by.values()]
}

/** Item statistics over the finished attempts of these rounds. */
export async function itemStatisticsForRounds(db: Db, roundIds: readonly string[]): Promise<ItemStatistics[]> {
  if (roundIds.length === 0) return []
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."id" AS "attemptId", q->>'versionId' AS "versionId", COALESCE(aa."correct", false) AS "correct", aa."elapsedMs" AS "elapsedMs"
    FROM "Attempt" a
    CROSS JOIN LATERAL jsonb_array_elements(a."layout"->'questions') AS q
    LEFT JOIN "AttemptAnswer" aa ON aa."attemptId" = a."id" AND aa."questionVersionId" = q->>'versionId'
    WHERE a."roundId" = ANY(${[...roundIds]}::text[]) AND a."status" <> 'OPEN'`
  return analyseItems(toAttempts(rows), { minResponses: 5 })
}

/**
 * Item statistics of these question versions over every finished attempt
 * that drew them, in any contest (the bank's quality view). The rest-of-test
 * score of each attempt covers all its questions, as Moodle's index does.
 */
export async function itemStatisticsForVersions(db: Db, versionIds: readonly string[]): Promise<ItemStatistics[]> {
  if (versionIds.length === 0) return []
  const rows = await db.$queryRaw<Row[]>`
    WITH drew AS (
      SELECT DISTINCT a."id" FROM "Attempt" a
      CROSS JOIN LATERAL jsonb_array_elements(a."layout"->'questions') AS q
      WHERE a."status" <> 'OPEN' AND q->>'versionId' = ANY(${[...versionIds]}::text[])
    )
    SELECT a."id" AS "attemptId", q->>'versionId' AS "versionId", COALESCE(aa."correct", false) AS "correct", aa."elapsedMs" AS "elapsedMs"
    FROM drew d JOIN "Attempt" a ON a."id" = d."id"
    CROSS JOIN LATERAL jsonb_array_elements(a."layout"->'questions') AS q
    LEFT JOIN "AttemptAnswer" aa ON aa."attemptId" = a."id" AND aa."questionVersionId" = q->>'versionId'`
  const wanted = new Set(versionIds)
  return analyseItems(toAttempts(rows), { minResponses: 5 }).filter((s) => wanted.has(s.questionId))
}
