import { pickCountingAttempt } from '~/core/contest/counting-attempt'
import type { CountingAttemptRule } from '~/core/contest/round-rules'
import type { Db } from '~/utils/db.server'
import type { Leaderboard } from '../../../server/stores/index'
import { finishAttempt, type FinishResult } from './attempt.server'
import { publishedRules } from './round.server'

/**
 * The live, provisional ranking of an open round, in the shared Leaderboard
 * store (Redis when configured): primary = score of the counted attempt,
 * secondary = its time taken. The prediction tie-break cannot be known before
 * the round closes, so this order may still change then; the frozen ranking
 * is computed once, from PostgreSQL, at close.
 */

export const roundBoardId = (roundId: string) => `contest-round:${roundId}`

/** Puts a participant's counted attempt on the board (after a submission or an expiry). */
export async function refreshParticipantOnBoard(db: Db, board: Leaderboard, roundId: string, userId: string, rule: CountingAttemptRule) {
  const attempts = await db.attempt.findMany({
    where: { roundId, userId, status: { in: ['SUBMITTED', 'EXPIRED'] } },
    select: { id: true, score: true, timeTakenMs: true, submittedAt: true },
  })
  const picked = pickCountingAttempt(
    attempts.map((a) => ({ attemptId: a.id, participantId: userId, score: a.score ?? 0, timeTakenMs: a.timeTakenMs ?? 0, submittedAt: a.submittedAt ?? new Date(0) })),
    rule,
  )
  if (picked) await board.set(roundBoardId(roundId), userId, picked.score, picked.timeTakenMs)
}

/**
 * Refills an empty board from the database (Redis was flushed or restarted,
 * or the app runs in-process and was restarted). Cheap when the board exists.
 */
export async function ensureBoard(db: Db, board: Leaderboard, roundId: string, rule: CountingAttemptRule) {
  if ((await board.count(roundBoardId(roundId))) > 0) return
  const attempts = await db.attempt.findMany({
    where: { roundId, status: { in: ['SUBMITTED', 'EXPIRED'] } },
    select: { id: true, userId: true, score: true, timeTakenMs: true, submittedAt: true },
  })
  if (attempts.length === 0) return
  const byUser = new Map<string, typeof attempts>()
  for (const a of attempts) byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), a])
  const entries = [...byUser].flatMap(([userId, list]) => {
    const picked = pickCountingAttempt(
      list.map((a) => ({ attemptId: a.id, participantId: userId, score: a.score ?? 0, timeTakenMs: a.timeTakenMs ?? 0, submittedAt: a.submittedAt ?? new Date(0) })),
      rule,
    )
    return picked ? [{ memberId: userId, primary: picked.score, secondary: picked.timeTakenMs }] : []
  })
  await board.setMany(roundBoardId(roundId), entries)
}

export interface ProvisionalEntry {
  rank: number
  userId: string
  fullName: string
  unitName: string | null
}

/**
 * The top of the provisional board with names and units, and the viewer's
 * own position. Scores are left out on purpose: scores of an open round never
 * reach a participant's browser.
 */
export async function provisionalView(db: Db, board: Leaderboard, roundId: string, viewerId: string | null, n = 10) {
  const id = roundBoardId(roundId)
  const [top, total, mine] = await Promise.all([board.top(id, n), board.count(id), viewerId ? board.rankOf(id, viewerId) : Promise.resolve(null)])
  const users = await db.user.findMany({ where: { id: { in: top.map((t) => t.memberId) } }, select: { id: true, fullName: true, unit: { select: { name: true } } } })
  const byId = new Map(users.map((u) => [u.id, u]))
  const entries: ProvisionalEntry[] = top.map((t) => ({
    rank: t.rank,
    userId: t.memberId,
    fullName: byId.get(t.memberId)?.fullName ?? '—',
    unitName: byId.get(t.memberId)?.unit?.name ?? null,
  }))
  return { entries, total, myRank: mine }
}

/**
 * Closes an attempt (see finishAttempt) and then moves the participant on the
 * provisional board. The board is a convenience: if the store fails, the
 * attempt stays closed and marked, and the board is rebuilt from the
 * database later (ensureBoard), so the error is returned, not thrown.
 */
export async function finishAndRank(
  db: Db,
  board: Leaderboard,
  input: Parameters<typeof finishAttempt>[1],
): Promise<{ result: FinishResult; boardError: unknown }> {
  const result = await finishAttempt(db, input)
  let boardError: unknown = null
  if (result.ok && !result.alreadyClosed) {
    try {
      const round = await db.round.findUniqueOrThrow({ where: { id: result.roundId }, select: { rules: true } })
      await refreshParticipantOnBoard(db, board, result.roundId, result.userId, publishedRules(round.rules).countingAttempt)
    } catch (error) {
      boardError = error
    }
  }
  return { result, boardError }
}
