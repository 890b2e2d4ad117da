/**
 * Item analysis for the question bank: how hard each question really was and
 * whether it separates people who know the material from those who do not.
 * Each attempt draws its own questions, so every statistic of a question is
 * taken over the attempts that contained it.
 */

export interface ItemAnswer {
  questionId: string
  correct: boolean
  timeMs?: number
}

export interface ItemAttempt {
  attemptId: string
  answers: readonly ItemAnswer[]
}

export const ITEM_FLAGS = ['too_easy', 'too_hard', 'negative_discrimination'] as const
export type ItemFlag = (typeof ITEM_FLAGS)[number]

export const ITEM_FLAG_LABELS_VI: Record<ItemFlag, string> = {
  too_easy: 'Quá dễ',
  too_hard: 'Quá khó',
  negative_discrimination: 'Phân loại ngược: người làm tốt phần còn lại lại hay sai câu này',
}

export interface ItemAnalysisOptions {
  /** Flag 'too_easy' when facility is above this (default 0.9). */
  tooEasyAbove?: number
  /** Flag 'too_hard' when facility is below this (default 0.2). */
  tooHardBelow?: number
  /** Flag 'negative_discrimination' when the index is below this (default 0). */
  discriminationBelow?: number
  /** No flags for a question seen in fewer attempts than this (default 1): a handful of answers says little. */
  minResponses?: number
}

export interface ItemStatistics {
  questionId: string
  /** Attempts that contained the question. */
  responses: number
  correctCount: number
  /** Share answered correctly, 0–1 (Moodle's "facility index", shown there ×100). */
  facility: number
  /**
   * Correlation of the item score with the rest of the attempt, −1…1 (Moodle
   * shows it ×100). Null when it is undefined: fewer than 2 attempts, or
   * everyone scored the same on the item or on the rest.
   */
  discrimination: number | null
  averageTimeMs: number | null
  flags: ItemFlag[]
}

interface Accumulator {
  n: number
  sumX: number
  sumR: number
  sumRR: number
  sumXR: number
  timeSum: number
  timeCount: number
}

/**
 * Discrimination index as Moodle's quiz statistics compute it
 * (question/classes/statistics/questions/calculator.php; docs "Quiz statistics
 * calculations"): for question i with item mark x and rest-of-attempt mark
 * X = total − x over the s attempts containing it,
 *
 *   DI_i = 100 · C(x, X) / sqrt( V(x) · V(X) )
 *
 * with C the covariance and V the variances (Moodle divides each by s − 1;
 * the factor cancels). With x ∈ {0, 1} this is the point-biserial correlation
 * of the item with the rest of the test. Computed here from exact integer
 * sums as  (s·Σxr − Σx·Σr) / sqrt((s·Σx² − (Σx)²)(s·Σr² − (Σr)²)),  x² = x.
 */
export function analyseItems(attempts: readonly ItemAttempt[], options: ItemAnalysisOptions = {}): ItemStatistics[] {
  const tooEasyAbove = options.tooEasyAbove ?? 0.9
  const tooHardBelow = options.tooHardBelow ?? 0.2
  const discriminationBelow = options.discriminationBelow ?? 0
  const minResponses = options.minResponses ?? 1

  const acc = new Map<string, Accumulator>()
  for (const attempt of attempts) {
    // A question answered twice in one attempt (autosave) counts once: the last answer.
    const answers = new Map<string, ItemAnswer>()
    for (const a of attempt.answers) answers.set(a.questionId, a)
    let total = 0
    for (const a of answers.values()) if (a.correct) total++

    for (const a of answers.values()) {
      let s = acc.get(a.questionId)
      if (!s) {
        s = { n: 0, sumX: 0, sumR: 0, sumRR: 0, sumXR: 0, timeSum: 0, timeCount: 0 }
        acc.set(a.questionId, s)
      }
      const x = a.correct ? 1 : 0
      const rest = total - x
      s.n++
      s.sumX += x
      s.sumR += rest
      s.sumRR += rest * rest
      s.sumXR += x * rest
      if (typeof a.timeMs === 'number' && Number.isFinite(a.timeMs) && a.timeMs >= 0) {
        s.timeSum += a.timeMs
        s.timeCount++
      }
    }
  }

  return [...acc].map(([questionId, s]): ItemStatistics => {
    const facility = s.sumX / s.n
    const varX = s.n * s.sumX - s.sumX * s.sumX
    const varR = s.n * s.sumRR - s.sumR * s.sumR
    const discrimination =
      s.n >= 2 && varX > 0 && varR > 0
        ? Math.max(-1, Math.min(1, (s.n * s.sumXR - s.sumX * s.sumR) / Math.sqrt(varX * varR)))
        : null

    const flags: ItemFlag[] = []
    if (s.n >= minResponses) {
      if (facility > tooEasyAbove) flags.push('too_easy')
      if (facility < tooHardBelow) flags.push('too_hard')
      if (discrimination !== null && discrimination < discriminationBelow) flags.push('negative_discrimination')
    }
    return {
      questionId,
      responses: s.n,
      correctCount: s.sumX,
      facility,
      discrimination,
      averageTimeMs: s.timeCount > 0 ? s.timeSum / s.timeCount : null,
      flags,
    }
  })
}
