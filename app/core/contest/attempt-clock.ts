/**
 * The clock of one self-paced attempt. An attempt ends at its time limit or
 * when the round closes, whichever comes first: someone starting 5 minutes
 * before the round closes gets 5 minutes, not the full limit. Time is always
 * passed in, never read, so callers (and tests) decide what "now" is.
 */

/** A point in time: a Date or epoch milliseconds. */
export type Instant = Date | number

export function toEpochMs(t: Instant, label = 'thời điểm'): number {
  const ms = typeof t === 'number' ? t : t.getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`Giá trị ${label} không hợp lệ`)
  return ms
}

export interface DeadlineInput {
  startedAt: Instant
  timeLimitSeconds: number
  /** When the round stops taking answers; null for a round with no closing time. */
  roundClosesAt: Instant | null
}

/** min(startedAt + time limit, round closesAt), in epoch ms. */
export function attemptDeadlineMs({ startedAt, timeLimitSeconds, roundClosesAt }: DeadlineInput): number {
  if (!Number.isFinite(timeLimitSeconds) || timeLimitSeconds <= 0) {
    throw new RangeError('Thời gian làm bài phải là số dương')
  }
  const byLimit = toEpochMs(startedAt, 'thời điểm bắt đầu') + timeLimitSeconds * 1000
  if (roundClosesAt === null) return byLimit
  return Math.min(byLimit, toEpochMs(roundClosesAt, 'thời điểm đóng vòng thi'))
}

export function attemptDeadline(input: DeadlineInput): Date {
  return new Date(attemptDeadlineMs(input))
}

/**
 * Whether an answer or submission arriving at `now` still counts. The grace
 * period absorbs the network delay of the browser's automatic submission at
 * the deadline (C5: "hết thời gian ... tự động nộp bài"); it is not extra time
 * shown to the candidate. The last instant accepted is deadline + grace.
 */
export function acceptsAnswer(now: Instant, deadline: Instant, graceSeconds: number): boolean {
  if (!Number.isFinite(graceSeconds) || graceSeconds < 0) {
    throw new RangeError('Thời gian gia hạn phải là số không âm')
  }
  return toEpochMs(now) <= toEpochMs(deadline, 'hạn nộp bài') + graceSeconds * 1000
}

/** Time left to show the candidate; never negative. */
export function remainingMs(now: Instant, deadline: Instant): number {
  return Math.max(0, toEpochMs(deadline, 'hạn nộp bài') - toEpochMs(now))
}

/** True from the deadline on: the candidate's countdown shows zero and the attempt should be submitted. */
export function isExpired(now: Instant, deadline: Instant): boolean {
  return remainingMs(now, deadline) === 0
}
