import { type Instant, toEpochMs } from './attempt-clock'

/**
 * Where a round stands for the people looking at it. A published round is
 * "upcoming" before it opens, "open" while attempts may start, "closed" once
 * it stops taking attempts (open attempts may still be finishing inside their
 * grace period) and "finalised" once the ranking is frozen.
 */
export type RoundPhase = 'draft' | 'upcoming' | 'open' | 'closed' | 'finalised'

export interface PhaseInput {
  status: 'DRAFT' | 'PUBLISHED' | 'FINALISED'
  opensAt: Instant
  closesAt: Instant
}

export function roundPhase(round: PhaseInput, now: Instant): RoundPhase {
  if (round.status === 'FINALISED') return 'finalised'
  if (round.status === 'DRAFT') return 'draft'
  const t = toEpochMs(now)
  if (t < toEpochMs(round.opensAt)) return 'upcoming'
  if (t < toEpochMs(round.closesAt)) return 'open'
  return 'closed'
}

export const ROUND_PHASE_LABELS_VI: Record<RoundPhase, string> = {
  draft: 'Bản nháp',
  upcoming: 'Sắp mở',
  open: 'Đang mở',
  closed: 'Đã đóng, chờ chốt kết quả',
  finalised: 'Đã có kết quả',
}

/** The earliest moment a round's results may be frozen: every attempt's grace period has run out. */
export function finaliseAllowedAt(closesAt: Instant, graceSeconds: number): number {
  return toEpochMs(closesAt) + graceSeconds * 1000
}
