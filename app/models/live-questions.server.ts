import type { LiveQuestionInput } from '~/core/live/create-game'
import type { QuestionType } from '~/generated/prisma/client'

/**
 * Stored question versions as the live core takes them: shared by the two
 * ways a session gets its questions (a draw from a bank, a saved set).
 */

/** Question types a live game can ask (prediction questions have no key to reveal). */
export const LIVE_DB_TYPES: QuestionType[] = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE']
const TYPE_FROM_DB = { SINGLE: 'single', MULTIPLE: 'multiple', TRUE_FALSE: 'true_false' } as const

type StoredOption = { id?: unknown; text?: unknown; correct?: unknown }

/** A stored question version as the live core takes it (the bank's option ids kept for analytics). */
export function versionToLiveInput(v: {
  id: string
  questionId: string
  type: QuestionType
  stem: string
  options: unknown
  explanation: string | null
  sourceDocument: string
  sourceArticle: string | null
  sourceUrl: string | null
}): LiveQuestionInput | null {
  if (v.type === 'PREDICTION') return null
  const options = Array.isArray(v.options) ? (v.options as StoredOption[]) : []
  return {
    id: v.questionId,
    versionId: v.id,
    type: TYPE_FROM_DB[v.type],
    stem: v.stem,
    options: options.map((o, i) => ({
      id: typeof o.id === 'string' ? o.id : String.fromCharCode(97 + i),
      text: typeof o.text === 'string' ? o.text : '',
      correct: o.correct === true,
    })),
    ...(v.explanation ? { explanation: v.explanation } : {}),
    source: {
      document: v.sourceDocument,
      ...(v.sourceArticle ? { article: v.sourceArticle } : {}),
      ...(v.sourceUrl ? { url: v.sourceUrl } : {}),
    },
  }
}

/** The columns of a QuestionVersion that versionToLiveInput reads. */
export const liveVersionSelect = {
  id: true,
  questionId: true,
  type: true,
  stem: true,
  options: true,
  explanation: true,
  sourceDocument: true,
  sourceArticle: true,
  sourceUrl: true,
} as const
