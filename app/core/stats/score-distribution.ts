import { tzOffset } from '@date-fns/tz'
import { type Instant, toEpochMs } from '../contest/attempt-clock'

/**
 * The figures organisers publish after a round (C15): how scores spread, and
 * people vs. attempts ("người" vs. "lượt") day by day. Days are calendar days
 * in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), not UTC: an
 * attempt at 06:30 on Monday in Hà Nội is a Monday attempt, though it is
 * still Sunday in UTC.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'
const DAY_MS = 86_400_000
/** A year of days and then some; a longer span is a bug in the caller's range, not a chart. */
export const MAX_DAYS = 3660

export interface HistogramBin {
  /** Inclusive. */
  from: number
  /** Exclusive. */
  to: number
  count: number
}

export interface ScoreSummary {
  count: number
  mean: number | null
  median: number | null
  min: number | null
  max: number | null
  /** How many reached the maximum score. */
  atMaxScore: number
}

export interface ScoreDistribution {
  bins: HistogramBin[]
  summary: ScoreSummary
}

/**
 * Bins of `binWidth` points from 0: [0, w), [w, 2w), … up to the bin holding
 * `maxScore`. With the default width 1 and whole-point scores there is one
 * bin per possible score, which is how results are usually published
 * ("4.984 lượt trả lời đúng 9 câu").
 */
export function scoreHistogram(
  scores: readonly number[],
  options: { maxScore: number; binWidth?: number },
): ScoreDistribution {
  const { maxScore } = options
  const binWidth = options.binWidth ?? 1
  if (!Number.isFinite(maxScore) || maxScore < 0) throw new RangeError('Điểm tối đa phải là số không âm')
  if (!Number.isFinite(binWidth) || binWidth <= 0) throw new RangeError('Độ rộng khoảng điểm phải là số dương')
  const binCount = Math.floor(maxScore / binWidth) + 1
  if (binCount > 10_000) throw new RangeError('Quá nhiều khoảng điểm; hãy tăng độ rộng khoảng')

  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: i * binWidth,
    to: (i + 1) * binWidth,
    count: 0,
  }))
  let sum = 0
  let atMaxScore = 0
  for (const s of scores) {
    if (!Number.isFinite(s) || s < 0 || s > maxScore) {
      throw new RangeError(`Điểm ${s} nằm ngoài khoảng 0–${maxScore}`)
    }
    bins[Math.min(binCount - 1, Math.floor(s / binWidth))].count++
    sum += s
    if (s === maxScore) atMaxScore++
  }

  const sorted = [...scores].sort((a, b) => a - b)
  const n = sorted.length
  const median = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
  return {
    bins,
    summary: {
      count: n,
      mean: n === 0 ? null : sum / n,
      median,
      min: n === 0 ? null : sorted[0],
      max: n === 0 ? null : sorted[n - 1],
      atMaxScore,
    },
  }
}

export interface ActivityEvent {
  participantId: string
  /** When the attempt was made (started or submitted; the caller chooses, consistently). */
  at: Instant
}

export interface DailyCount {
  /** Calendar date in the time zone, YYYY-MM-DD. */
  date: string
  attempts: number
  /** Distinct participants with an attempt that day. */
  participants: number
  /** Participants whose first attempt was that day. */
  newParticipants: number
}

export interface DailyActivity {
  days: DailyCount[]
  totals: { attempts: number; participants: number }
}

export interface DailyActivityOptions {
  timeZone?: string
  /** Days from `from` to `to` appear even with no attempt, so a chart has no gaps. */
  from?: Instant
  to?: Instant
}

/**
 * Day number (days since 1970-01-01 in the zone) of each instant. The offset
 * comes from the zone database, cached per quarter hour of UTC: reading it for
 * each of a million attempts would be slow, and modern offsets are whole
 * quarter hours that change at local clock times, so a change never falls
 * inside a quarter hour.
 */
function dayNumberIn(timeZone: string): (ms: number) => number {
  const cache = new Map<number, number>()
  return (ms) => {
    const bucket = Math.floor(ms / 900_000)
    let offsetMin = cache.get(bucket)
    if (offsetMin === undefined) {
      offsetMin = tzOffset(timeZone, new Date(ms))
      if (Number.isNaN(offsetMin)) throw new RangeError(`Múi giờ không hợp lệ: ${timeZone}`)
      cache.set(bucket, offsetMin)
    }
    return Math.floor((ms + offsetMin * 60_000) / DAY_MS)
  }
}

const dateOfDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

export function countsPerDay(events: readonly ActivityEvent[], options: DailyActivityOptions = {}): DailyActivity {
  const dayOf = dayNumberIn(options.timeZone ?? VIETNAM_TIME_ZONE)

  const attempts = new Map<number, number>()
  const peoplePerDay = new Map<number, Set<string>>()
  const firstSeen = new Map<string, number>()
  let lo = options.from === undefined ? Number.POSITIVE_INFINITY : dayOf(toEpochMs(options.from, 'ngày bắt đầu'))
  let hi = options.to === undefined ? Number.NEGATIVE_INFINITY : dayOf(toEpochMs(options.to, 'ngày kết thúc'))

  for (const e of events) {
    const ms = toEpochMs(e.at, 'thời điểm dự thi')
    const day = dayOf(ms)
    attempts.set(day, (attempts.get(day) ?? 0) + 1)
    let people = peoplePerDay.get(day)
    if (!people) {
      people = new Set()
      peoplePerDay.set(day, people)
    }
    people.add(e.participantId)
    const seen = firstSeen.get(e.participantId)
    if (seen === undefined || ms < seen) firstSeen.set(e.participantId, ms)
    if (day < lo) lo = day
    if (day > hi) hi = day
  }

  const newPerDay = new Map<number, number>()
  for (const ms of firstSeen.values()) {
    const day = dayOf(ms)
    newPerDay.set(day, (newPerDay.get(day) ?? 0) + 1)
  }

  const days: DailyCount[] = []
  if (lo <= hi) {
    if (hi - lo + 1 > MAX_DAYS) throw new RangeError(`Khoảng thời gian quá dài (hơn ${MAX_DAYS} ngày)`)
    for (let d = lo; d <= hi; d++) {
      days.push({
        date: dateOfDayNumber(d),
        attempts: attempts.get(d) ?? 0,
        participants: peoplePerDay.get(d)?.size ?? 0,
        newParticipants: newPerDay.get(d) ?? 0,
      })
    }
  }
  return { days, totals: { attempts: events.length, participants: firstSeen.size } }
}
