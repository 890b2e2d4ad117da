import { analyseItems, type ItemAttempt, type ItemStatistics } from '~/core/stats/item-analysis'
import type { Db } from '~/utils/db.server'

/** Fewer responses than this say little: the question gets numbers but no flags. */
export const MIN_RESPONSES_FOR_FLAGS = 5

type AnswerRow = { attemptKey: string; questionId: string; correct: boolean; timeMs: number | null }

/**
 * Item statistics of a bank's questions (or one question), over every
 * finished self-paced attempt and every live game that asked them. An
 * item's discrimination needs the rest of each attempt, so every answer of
 * those attempts is read, including answers to questions of other banks.
 * Statistics are per question, across its versions.
 *
 * Time on a self-paced question is estimated as the time since the
 * previous saved answer of the same attempt (answers carry the time since
 * the attempt started); live answers carry their own time.
 */
export async function questionStatistics(db: Db, bankId: string, questionId?: string): Promise<Map<string, ItemStatistics>> {
  const only = questionId ?? null
  const [attemptRows, liveRows] = await Promise.all([
    db.$queryRaw<{ attemptId: string; questionId: string; correct: boolean; elapsedMs: number }[]>`
      WITH target AS (
        SELECT v.id FROM "QuestionVersion" v JOIN "Question" q ON q.id = v."questionId"
        WHERE q."bankId" = ${bankId} AND (${only}::text IS NULL OR q.id = ${only}::text)
      ), asked AS (
        SELECT DISTINCT aa."attemptId" FROM "AttemptAnswer" aa JOIN "Attempt" a ON a.id = aa."attemptId"
        WHERE aa."questionVersionId" IN (SELECT id FROM target) AND a.status <> 'OPEN'
      )
      SELECT aa."attemptId", v."questionId", aa.correct, aa."elapsedMs"
      FROM "AttemptAnswer" aa JOIN "QuestionVersion" v ON v.id = aa."questionVersionId"
      WHERE aa."attemptId" IN (SELECT "attemptId" FROM asked) AND aa.correct IS NOT NULL
      ORDER BY aa."attemptId", aa."elapsedMs", aa.id`,
    db.$queryRaw<{ playerId: string; questionId: string; correct: boolean; timeMs: number }[]>`
      WITH target AS (
        SELECT v.id FROM "QuestionVersion" v JOIN "Question" q ON q.id = v."questionId"
        WHERE q."bankId" = ${bankId} AND (${only}::text IS NULL OR q.id = ${only}::text)
      ), players AS (
        SELECT DISTINCT la."playerId" FROM "LiveAnswer" la WHERE la."questionVersionId" IN (SELECT id FROM target)
      )
      SELECT la."playerId", v."questionId", la.correct, la."timeMs"
      FROM "LiveAnswer" la JOIN "QuestionVersion" v ON v.id = la."questionVersionId"
      WHERE la."playerId" IN (SELECT "playerId" FROM players)`,
  ])

  const answers: AnswerRow[] = []
  let previous: { attemptId: string; elapsedMs: number } | undefined
  for (const r of attemptRows) {
    const since = previous && previous.attemptId === r.attemptId ? previous.elapsedMs : 0
    answers.push({ attemptKey: `a:${r.attemptId}`, questionId: r.questionId, correct: r.correct, timeMs: Math.max(0, r.elapsedMs - since) })
    previous = { attemptId: r.attemptId, elapsedMs: r.elapsedMs }
  }
  for (const r of liveRows) answers.push({ attemptKey: `l:${r.playerId}`, questionId: r.questionId, correct: r.correct, timeMs: r.timeMs })

  const byAttempt = new Map<string, ItemAttempt & { answers: { questionId: string; correct: boolean; timeMs?: number }[] }>()
  for (const a of answers) {
    let attempt = byAttempt.get(a.attemptKey)
    if (!attempt) {
      attempt = { attemptId: a.attemptKey, answers: [] }
      byAttempt.set(a.attemptKey, attempt)
    }
    attempt.answers.push({ questionId: a.questionId, correct: a.correct, ...(a.timeMs !== null ? { timeMs: a.timeMs } : {}) })
  }
  const stats = analyseItems([...byAttempt.values()], { minResponses: MIN_RESPONSES_FOR_FLAGS })

  // Answers to other banks' questions only fed the rest-of-attempt scores.
  if (only) return new Map(stats.filter((s) => s.questionId === only).map((s) => [s.questionId, s]))
  const mine = await db.question.findMany({ where: { bankId, id: { in: stats.map((s) => s.questionId) } }, select: { id: true } })
  const keep = new Set(mine.map((q) => q.id))
  return new Map(stats.filter((s) => keep.has(s.questionId)).map((s) => [s.questionId, s]))
}
