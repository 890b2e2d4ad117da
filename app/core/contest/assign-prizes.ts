import type { Ranked } from './rank-participants'
import type { CertificateRule } from './round-rules'

/**
 * Individual prizes of a round (C10: Nhất / Nhì / Ba / Khuyến khích, awarded
 * in rank order). An optional minimum score keeps weak attempts from winning
 * when few people took part; prizes nobody qualifies for stay unawarded.
 */

export const PRIZE_KINDS = ['first', 'second', 'third', 'consolation'] as const
export type PrizeKind = (typeof PRIZE_KINDS)[number]

export const PRIZE_LABELS_VI: Record<PrizeKind, string> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
}

export type PrizeCountsByKind = Record<PrizeKind, number>

export interface PrizeAward {
  participantId: string
  rank: number
  prize: PrizeKind | null
}

export interface PrizeAssignment {
  /** Everyone in the ranking, in rank order. */
  awards: PrizeAward[]
  /** Prizes left over because too few participants qualified. */
  unawarded: PrizeCountsByKind
}

export interface AssignPrizesOptions {
  /** Only counted attempts with score ≥ minScore can win; default: any score. */
  minScore?: number
}

/** True when score ≥ percent % of maxScore, without floating-point rounding at the boundary. */
export function meetsScorePercent(score: number, maxScore: number, percent: number): boolean {
  return score * 100 >= percent * maxScore
}

export function assignPrizes(
  ranking: readonly Ranked<{ participantId: string; score: number }>[],
  counts: PrizeCountsByKind,
  options: AssignPrizesOptions = {},
): PrizeAssignment {
  for (const kind of PRIZE_KINDS) {
    if (!Number.isSafeInteger(counts[kind]) || counts[kind] < 0) {
      throw new RangeError(`Số ${PRIZE_LABELS_VI[kind]} phải là số nguyên không âm`)
    }
  }
  const minScore = options.minScore ?? Number.NEGATIVE_INFINITY
  const left: PrizeCountsByKind = { ...counts }
  let kindIndex = 0

  const sorted = [...ranking].sort((a, b) => a.rank - b.rank)
  const awards = sorted.map(({ rank, entry }): PrizeAward => {
    while (kindIndex < PRIZE_KINDS.length && left[PRIZE_KINDS[kindIndex]] === 0) kindIndex++
    if (kindIndex === PRIZE_KINDS.length || entry.score < minScore) {
      return { participantId: entry.participantId, rank, prize: null }
    }
    const prize = PRIZE_KINDS[kindIndex]
    left[prize]--
    return { participantId: entry.participantId, rank, prize }
  })
  return { awards, unawarded: left }
}

/**
 * Certificates (C12) go to prize-winners when the round says so, and to anyone
 * reaching the minimum score percentage if one is set. No rule, no certificate.
 */
export function qualifiesForCertificate(
  result: { prize: PrizeKind | null; score: number; maxScore: number },
  rule: CertificateRule | undefined,
): boolean {
  if (!rule) return false
  if (rule.prizeWinners && result.prize !== null) return true
  return rule.minScorePercent !== undefined && result.maxScore > 0 && meetsScorePercent(result.score, result.maxScore, rule.minScorePercent)
}
