import { foldDiacritics } from '~/core/text/normalize'
import {
  DIFFICULTIES,
  type Difficulty,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  type QuestionStatus,
  type QuestionType,
} from './question-draft'

/**
 * What an organiser can narrow a bank to. Parsed from the page's query string
 * so a filtered view is a link (and the export of "this selection" is the
 * same link with a format). Client-safe.
 */
export type QuestionFilters = {
  /** Free text as typed (shown back in the search box). */
  q: string
  /** Folded words of `q`; a question matches when its folded text contains every one. */
  terms: string[]
  tag?: string
  difficulty?: Difficulty
  status?: QuestionStatus
  type?: QuestionType
  /** Free text matched against the legal source (document and article), folded. */
  source: string
  sourceTerms: string[]
}

export const PAGE_SIZE = 20
const MAX_TERMS = 8
const MAX_QUERY_LENGTH = 200

/**
 * "Nghị quyết  66-NQ/TW" → ["nghi", "quyet", "66-nq/tw"]. LIKE wildcards and the
 * escape character are dropped (nobody searches for them, and they would
 * turn a word into a pattern); repeated words count once.
 */
export function searchTerms(text: string): string[] {
  const folded = foldDiacritics(text.slice(0, MAX_QUERY_LENGTH)).replace(/[%_\\]/g, ' ')
  const terms: string[] = []
  for (const word of folded.split(' ')) {
    if (word && !terms.includes(word)) terms.push(word)
    if (terms.length === MAX_TERMS) break
  }
  return terms
}

function pick<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined
}

export function parseQuestionFilters(params: URLSearchParams): QuestionFilters {
  const q = (params.get('q') ?? '').normalize('NFC').trim().slice(0, MAX_QUERY_LENGTH)
  const source = (params.get('source') ?? '').normalize('NFC').trim().slice(0, MAX_QUERY_LENGTH)
  const tag = (params.get('tag') ?? '').normalize('NFC').trim().toLowerCase().slice(0, 60)
  return {
    q,
    terms: searchTerms(q),
    tag: tag || undefined,
    difficulty: pick(DIFFICULTIES, params.get('difficulty')),
    status: pick(QUESTION_STATUSES, params.get('status')),
    type: pick(QUESTION_TYPES, params.get('type')),
    source,
    sourceTerms: searchTerms(source),
  }
}

/** 1-based page from the query string; anything odd is page 1. */
export function parsePage(params: URLSearchParams): number {
  const n = Number(params.get('page'))
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

/** The query string of a filtered view (no empty keys), for links and exports. */
export function filtersToParams(filters: Partial<QuestionFilters>, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.tag) params.set('tag', filters.tag)
  if (filters.difficulty) params.set('difficulty', filters.difficulty)
  if (filters.status) params.set('status', filters.status)
  if (filters.type) params.set('type', filters.type)
  if (filters.source) params.set('source', filters.source)
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') params.set(k, String(v))
  return params
}

export function hasFilters(filters: QuestionFilters): boolean {
  return Boolean(filters.terms.length || filters.tag || filters.difficulty || filters.status || filters.type || filters.sourceTerms.length)
}
