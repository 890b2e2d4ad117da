import { type Instant, toEpochMs } from './attempt-clock'
import type { CountingAttemptRule } from './round-rules'

/**
 * Which of a participant's submitted attempts counts for the round (C6):
 * "chỉ được công nhận 01 kết quả đúng nhất và có thời gian trả lời sớm nhất".
 * Only submitted attempts should be passed in; an attempt still running has
 * no result yet.
 */

export interface CountableAttempt {
  attemptId: string
  participantId: string
  score: number
  timeTakenMs: number
  submittedAt: Instant
}

/** Negative when `a` is the better attempt under the 'best' rule. */
export function compareForBest(a: CountableAttempt, b: CountableAttempt): number {
  return (
    b.score - a.score ||
    a.timeTakenMs - b.timeTakenMs ||
    toEpochMs(a.submittedAt) - toEpochMs(b.submittedAt) ||
    // Two attempts submitted in the same millisecond: any fixed order will do.
    compareIds(a.attemptId, b.attemptId)
  )
}

function compareBySubmission(a: CountableAttempt, b: CountableAttempt): number {
  return toEpochMs(a.submittedAt) - toEpochMs(b.submittedAt) || compareIds(a.attemptId, b.attemptId)
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The counted attempt among one participant's attempts, or null if there are none. */
export function pickCountingAttempt<T extends CountableAttempt>(attempts: readonly T[], rule: CountingAttemptRule): T | null {
  let picked: T | null = null
  for (const a of attempts) {
    if (picked === null) {
      picked = a
      continue
    }
    const better =
      rule === 'best'
        ? compareForBest(a, picked) < 0
        : rule === 'first'
          ? compareBySubmission(a, picked) < 0
          : compareBySubmission(a, picked) > 0
    if (better) picked = a
  }
  return picked
}

/** One counted attempt per participant, ordered by participant id so the result does not depend on input order. */
export function pickCountingAttempts<T extends CountableAttempt>(attempts: readonly T[], rule: CountingAttemptRule): T[] {
  const byParticipant = new Map<string, T[]>()
  for (const a of attempts) {
    const list = byParticipant.get(a.participantId)
    if (list) list.push(a)
    else byParticipant.set(a.participantId, [a])
  }
  const out: T[] = []
  for (const id of [...byParticipant.keys()].sort(compareIds)) {
    const picked = pickCountingAttempt(byParticipant.get(id) ?? [], rule)
    if (picked) out.push(picked)
  }
  return out
}
