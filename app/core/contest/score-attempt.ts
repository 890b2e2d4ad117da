import type { QuestionType } from '../questions/question-draft'
import { type Instant, toEpochMs } from './attempt-clock'

/**
 * Marks one submitted attempt. All-or-nothing per question, as in the
 * contests surveyed (R10: "1 điểm cho mỗi câu"; R5: 1 to 4 correct options,
 * no partial credit). The prediction question is not marked: it carries a
 * number and only breaks ties (see rank-participants).
 */

export interface AnswerKey {
  questionId: string
  type: QuestionType
  correctOptionIds: readonly string[]
  /** Points for a correct answer; 1 unless the round says otherwise. */
  points?: number
}

export interface GivenAnswer {
  questionId: string
  optionIds: readonly string[]
}

export interface ScoreAttemptInput {
  /** The questions drawn for this attempt, with their keys. */
  questions: readonly AnswerKey[]
  /** What the candidate chose; unanswered questions may be missing. */
  answers: readonly GivenAnswer[]
  startedAt: Instant
  submittedAt: Instant
  timeLimitSeconds: number
}

export interface QuestionResult {
  questionId: string
  correct: boolean
  points: number
  maxPoints: number
}

export interface AttemptScore {
  score: number
  maxScore: number
  correctCount: number
  /** Marked questions (the prediction question is not one). */
  questionCount: number
  /** Every marked question right: what the prediction question asks about (C8). */
  allCorrect: boolean
  /** submittedAt − startedAt, within [0, time limit]. */
  timeTakenMs: number
  questions: QuestionResult[]
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x))

/**
 * single / true_false: exactly the one correct option chosen.
 * multiple: every correct option and no wrong one.
 * Both are "the chosen set equals the correct set"; the key's shape is checked
 * so a malformed key fails loudly instead of marking everyone wrong.
 */
export function isAnswerCorrect(
  type: Exclude<QuestionType, 'prediction'>,
  correctOptionIds: readonly string[],
  chosenOptionIds: readonly string[],
): boolean {
  const correct = new Set(correctOptionIds)
  if ((type === 'single' || type === 'true_false') && correct.size !== 1) {
    throw new Error(`Đáp án của câu một lựa chọn phải có đúng 1 phương án đúng (có ${correct.size})`)
  }
  if (type === 'multiple' && correct.size === 0) {
    throw new Error('Đáp án của câu nhiều lựa chọn phải có ít nhất 1 phương án đúng')
  }
  return sameSet(new Set(chosenOptionIds), correct)
}

export function scoreAttempt(input: ScoreAttemptInput): AttemptScore {
  const started = toEpochMs(input.startedAt, 'thời điểm bắt đầu')
  const submitted = toEpochMs(input.submittedAt, 'thời điểm nộp bài')
  if (!Number.isFinite(input.timeLimitSeconds) || input.timeLimitSeconds <= 0) {
    throw new RangeError('Thời gian làm bài phải là số dương')
  }

  // Autosave may have stored a question more than once; the latest answer stands.
  const chosen = new Map<string, readonly string[]>()
  for (const a of input.answers) chosen.set(a.questionId, a.optionIds)

  const seen = new Set<string>()
  const questions: QuestionResult[] = []
  for (const q of input.questions) {
    if (seen.has(q.questionId)) throw new Error(`Câu hỏi ${q.questionId} xuất hiện hai lần trong lượt thi`)
    seen.add(q.questionId)
    if (q.type === 'prediction') continue
    const maxPoints = q.points ?? 1
    if (!Number.isFinite(maxPoints) || maxPoints <= 0) {
      throw new RangeError(`Điểm của câu hỏi ${q.questionId} phải là số dương`)
    }
    const correct = isAnswerCorrect(q.type, q.correctOptionIds, chosen.get(q.questionId) ?? [])
    questions.push({ questionId: q.questionId, correct, points: correct ? maxPoints : 0, maxPoints })
  }

  const correctCount = questions.filter((q) => q.correct).length
  const limitMs = input.timeLimitSeconds * 1000
  return {
    score: questions.reduce((s, q) => s + q.points, 0),
    maxScore: questions.reduce((s, q) => s + q.maxPoints, 0),
    correctCount,
    questionCount: questions.length,
    allCorrect: questions.length > 0 && correctCount === questions.length,
    // A submission inside the grace period did not use more than the limit.
    timeTakenMs: Math.min(limitMs, Math.max(0, submitted - started)),
    questions,
  }
}
