import type { Difficulty, QuestionType } from '~/core/questions/question-draft'
import type { Db } from '~/utils/db.server'

/**
 * Question versions are immutable (an edit makes a new version), so a process
 * may keep the ones it has read: every attempt start, save and submission of a
 * round needs the same few hundred versions, and reading them once instead of
 * on every request is what keeps answer saves cheap under load.
 */

export const TYPE_FROM_DB = { SINGLE: 'single', MULTIPLE: 'multiple', TRUE_FALSE: 'true_false', PREDICTION: 'prediction' } as const
export const DIFFICULTY_FROM_DB = { EASY: 'easy', MEDIUM: 'medium', HARD: 'hard' } as const

export interface CachedVersion {
  id: string
  questionId: string
  type: QuestionType
  difficulty: Difficulty
  tags: string[]
  stem: string
  options: { id: string; text: string; correct: boolean }[]
  explanation: string | null
  sourceDocument: string
  sourceArticle: string | null
  sourceUrl: string | null
}

const MAX_CACHED = 20_000
const cache = new Map<string, CachedVersion>()

function remember(v: CachedVersion) {
  if (cache.size >= MAX_CACHED) {
    // Map keeps insertion order: drop the oldest entry.
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  cache.set(v.id, v)
}

function readOptions(stored: unknown): CachedVersion['options'] {
  if (!Array.isArray(stored)) return []
  return stored.map((o: { id?: unknown; text?: unknown; correct?: unknown }) => ({
    id: String(o.id),
    text: String(o.text),
    correct: o.correct === true,
  }))
}

/** The versions with these ids, in the order asked; unknown ids are left out. */
export async function getVersions(db: Db, ids: readonly string[]): Promise<CachedVersion[]> {
  const missing = [...new Set(ids.filter((id) => !cache.has(id)))]
  if (missing.length > 0) {
    const rows = await db.questionVersion.findMany({
      where: { id: { in: missing } },
      select: {
        id: true,
        questionId: true,
        type: true,
        difficulty: true,
        tags: true,
        stem: true,
        options: true,
        explanation: true,
        sourceDocument: true,
        sourceArticle: true,
        sourceUrl: true,
      },
    })
    for (const r of rows) {
      remember({ ...r, type: TYPE_FROM_DB[r.type], difficulty: DIFFICULTY_FROM_DB[r.difficulty], options: readOptions(r.options) })
    }
  }
  return ids.flatMap((id) => {
    const v = cache.get(id)
    return v ? [v] : []
  })
}

export function correctOptionIds(v: CachedVersion): string[] {
  return v.options.filter((o) => o.correct).map((o) => o.id)
}
