import type { Difficulty, QuestionDraft, QuestionStatus, QuestionType } from '~/core/questions/question-draft'
import type { Difficulty as DbDifficulty, QuestionStatus as DbStatus, QuestionType as DbType } from '~/generated/prisma/client'
import type { StoredOption } from './question-write.server'

/** Database enums → the core's lower-case names (the inverse of question-write's maps). */
export const TYPE_FROM_DB: Record<DbType, QuestionType> = { SINGLE: 'single', MULTIPLE: 'multiple', TRUE_FALSE: 'true_false', PREDICTION: 'prediction' }
export const DIFFICULTY_FROM_DB: Record<DbDifficulty, Difficulty> = { EASY: 'easy', MEDIUM: 'medium', HARD: 'hard' }
export const STATUS_FROM_DB: Record<DbStatus, QuestionStatus> = { DRAFT: 'draft', APPROVED: 'approved', RETIRED: 'retired' }

/** The columns of QuestionVersion needed to rebuild a draft. */
export const versionContentSelect = {
  type: true,
  stem: true,
  options: true,
  explanation: true,
  sourceDocument: true,
  sourceArticle: true,
  sourceUrl: true,
  tags: true,
  difficulty: true,
} as const

export type VersionRow = {
  type: DbType
  stem: string
  options: unknown
  explanation: string | null
  sourceDocument: string
  sourceArticle: string | null
  sourceUrl: string | null
  tags: string[]
  difficulty: DbDifficulty
}

/** Options as stored (JSON written by toStoredOptions); anything else is a bug, so fail loudly. */
export function storedOptions(options: unknown): StoredOption[] {
  if (!Array.isArray(options)) throw new Error('QuestionVersion.options is not an array')
  return options.map((o) => {
    if (!o || typeof o !== 'object' || typeof o.text !== 'string' || typeof o.correct !== 'boolean' || typeof o.id !== 'string') {
      throw new Error('QuestionVersion.options has an entry of the wrong shape')
    }
    return { id: o.id, text: o.text, correct: o.correct }
  })
}

/** A stored version as the draft it was made from (what editing, export and diffs work on). */
export function versionToDraft(v: VersionRow): QuestionDraft {
  return {
    type: TYPE_FROM_DB[v.type],
    stem: v.stem,
    options: storedOptions(v.options).map((o) => ({ text: o.text, correct: o.correct })),
    explanation: v.explanation ?? undefined,
    source: { document: v.sourceDocument, article: v.sourceArticle ?? undefined, url: v.sourceUrl ?? undefined },
    tags: v.tags,
    difficulty: DIFFICULTY_FROM_DB[v.difficulty],
  }
}
