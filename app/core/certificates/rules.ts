import { z } from 'zod'

/**
 * Who gets a certificate from a template (stored as CertificateTemplate.rules):
 * prize winners of a round, everyone whose best score in the round reaches a
 * percentage, and the podium of a live event. Pure: the issuing code loads
 * the frozen results and asks these functions whom to issue to.
 */

export const PRIZES = ['FIRST', 'SECOND', 'THIRD', 'CONSOLATION'] as const
export type PrizeKind = (typeof PRIZES)[number]

export const PRIZE_LABELS_VI: Record<PrizeKind, string> = {
  FIRST: 'Giải Nhất',
  SECOND: 'Giải Nhì',
  THIRD: 'Giải Ba',
  CONSOLATION: 'Giải Khuyến khích',
}

/** Live podium places, printed where {{giai}} is. */
export const PODIUM_LABELS_VI: Record<1 | 2 | 3, string> = { 1: 'Giải Nhất', 2: 'Giải Nhì', 3: 'Giải Ba' }

export const certificateRulesSchema = z
  .object({
    prizeWinners: z.boolean({ error: 'Chọn có hoặc không cấp cho người đạt giải' }).default(true),
    minScorePercent: z
      .number({ error: 'Ngưỡng điểm phải là một số từ 0 đến 100' })
      .min(0, 'Ngưỡng điểm phải từ 0% trở lên')
      .max(100, 'Ngưỡng điểm không được quá 100%')
      .multipleOf(0.1, 'Ngưỡng điểm chỉ lấy tối đa một chữ số thập phân')
      .nullable()
      .default(null),
    livePodium: z.boolean({ error: 'Chọn có hoặc không cấp cho tốp 3 sự kiện trực tiếp' }).default(false),
  })
  .refine((r) => r.prizeWinners || r.minScorePercent !== null || r.livePodium, {
    message: 'Chọn ít nhất một đối tượng được cấp: người đạt giải, người đạt ngưỡng điểm hoặc tốp 3 sự kiện trực tiếp.',
    path: ['prizeWinners'],
  })

export type CertificateRulesInput = z.input<typeof certificateRulesSchema>
export type CertificateRules = z.output<typeof certificateRulesSchema>

export const DEFAULT_CERTIFICATE_RULES: CertificateRules = { prizeWinners: true, minScorePercent: null, livePodium: false }

/** Rules as stored; anything unreadable (an older shape) falls back to the defaults rather than failing a page. */
export function readCertificateRules(stored: unknown): CertificateRules {
  const parsed = certificateRulesSchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : DEFAULT_CERTIFICATE_RULES
}

/** One participant's frozen result in a finalised round. */
export interface RoundResultForCertificate {
  userId: string
  rank: number
  prize: PrizeKind | null
  /** Best score over the participant's finished attempts in the round, and that attempt's maximum. */
  bestScore: number
  maxScore: number
}

export type RecipientReason = 'prize' | 'threshold'

/** Whether score/maxScore reaches percent, without floating-point surprises at the boundary (8/10 reaches 80%). */
export function reachesPercent(score: number, maxScore: number, percent: number): boolean {
  if (maxScore <= 0) return false
  // Percent has at most one decimal: compare in tenths of a percent as integers.
  return Math.round(score * 1000) >= Math.round(percent * 10) * maxScore
}

/** Why this participant gets a certificate under the rules, or null. A prize wins over the threshold. */
export function roundRecipientReason(result: RoundResultForCertificate, rules: CertificateRules): RecipientReason | null {
  if (rules.prizeWinners && result.prize !== null) return 'prize'
  if (rules.minScorePercent !== null && reachesPercent(result.bestScore, result.maxScore, rules.minScorePercent)) {
    return 'threshold'
  }
  return null
}

export function selectRoundRecipients<T extends RoundResultForCertificate>(
  results: readonly T[],
  rules: CertificateRules,
): (T & { reason: RecipientReason })[] {
  const out: (T & { reason: RecipientReason })[] = []
  for (const result of results) {
    const reason = roundRecipientReason(result, rules)
    if (reason) out.push({ ...result, reason })
  }
  return out.sort((a, b) => a.rank - b.rank)
}

export interface LivePlayerForCertificate {
  id: string
  rank: number | null
  kicked: boolean
}

/** The podium of an ended live event: ranks 1–3 (ties share a rank, so there may be more than three). */
export function selectLivePodium<T extends LivePlayerForCertificate>(players: readonly T[]): (T & { rank: 1 | 2 | 3 })[] {
  return players
    .filter((p): p is T & { rank: 1 | 2 | 3 } => !p.kicked && p.rank !== null && p.rank >= 1 && p.rank <= 3)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** What makes a certificate unique: issuing again with the same key finds the one already issued. */
export function roundIssueKey(templateId: string, roundId: string, userId: string): string {
  return `${templateId}:round:${roundId}:user:${userId}`
}

export function liveIssueKey(templateId: string, liveSessionId: string, playerId: string): string {
  return `${templateId}:live:${liveSessionId}:player:${playerId}`
}
