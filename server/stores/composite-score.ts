/**
 * One sorted-set score that orders members by (primary desc, secondary asc),
 * e.g. points desc then time taken asc.
 *
 *   score = primary * SECONDARY_SPAN - secondary,   0 <= secondary < SECONDARY_SPAN
 *
 * A higher primary always wins because the secondary can never take away a
 * whole SECONDARY_SPAN; with equal primaries the smaller secondary gives the
 * larger score. Redis scores are IEEE doubles, which hold every integer up to
 * 2^53 (about 9.007e15) exactly, so with SECONDARY_SPAN = 10^9 and
 * |primary| <= 9,000,000 every score is an exact integer and nothing is ever
 * rounded. Limits: primary an integer in [-9,000,000, 9,000,000] (points);
 * secondary an integer in [0, 999,999,999] (milliseconds: about 11.5 days).
 * Values outside are refused rather than silently mis-ordered.
 *
 * Members with identical (primary, secondary) are ordered as Redis orders a
 * reversed range of equal scores: memberId descending (byte order; the same
 * as JavaScript string order for ASCII ids).
 */

export const SECONDARY_SPAN = 1_000_000_000
export const MAX_SECONDARY = SECONDARY_SPAN - 1
export const MAX_ABS_PRIMARY = 9_000_000

export interface CompositeValue {
  primary: number
  secondary: number
}

export class LeaderboardRangeError extends RangeError {
  constructor(message: string) {
    super(message)
    this.name = 'LeaderboardRangeError'
  }
}

export function checkComposite(primary: number, secondary: number): void {
  if (!Number.isSafeInteger(primary) || Math.abs(primary) > MAX_ABS_PRIMARY) {
    throw new LeaderboardRangeError(`primary must be an integer in [-${MAX_ABS_PRIMARY}, ${MAX_ABS_PRIMARY}], got ${primary}`)
  }
  if (!Number.isSafeInteger(secondary) || secondary < 0 || secondary > MAX_SECONDARY) {
    throw new LeaderboardRangeError(`secondary must be an integer in [0, ${MAX_SECONDARY}], got ${secondary}`)
  }
}

export function encodeComposite(primary: number, secondary: number): number {
  checkComposite(primary, secondary)
  return primary * SECONDARY_SPAN - secondary
}

/**
 * Inverse of encodeComposite. Division alone can round near a multiple of the
 * span (score / 1e9 is inexact), so the quotient is only a first guess and is
 * corrected with exact integer arithmetic.
 */
export function decodeComposite(score: number): CompositeValue {
  if (!Number.isSafeInteger(score)) throw new LeaderboardRangeError(`stored score ${score} is not an exact integer`)
  let primary = Math.round(score / SECONDARY_SPAN)
  let secondary = primary * SECONDARY_SPAN - score
  while (secondary < 0) {
    primary += 1
    secondary += SECONDARY_SPAN
  }
  while (secondary > MAX_SECONDARY) {
    primary -= 1
    secondary -= SECONDARY_SPAN
  }
  // -0 would print as 0 but fail Object.is equality in callers' tests and maps.
  return { primary: primary === 0 ? 0 : primary, secondary: secondary === 0 ? 0 : secondary }
}

/** Sort order of two entries: negative when a ranks before b. */
export function compareEntries(
  a: CompositeValue & { memberId: string },
  b: CompositeValue & { memberId: string },
): number {
  if (a.primary !== b.primary) return b.primary - a.primary
  if (a.secondary !== b.secondary) return a.secondary - b.secondary
  return a.memberId < b.memberId ? 1 : a.memberId > b.memberId ? -1 : 0
}
