import { type QuestionDraft, optionLetter } from './question-draft'

/**
 * What changed between two versions of a question, field by field, as text
 * the history can show side by side ("before → after"). Client-safe.
 */
export const VERSION_FIELDS = [
  'type',
  'stem',
  'options',
  'correct',
  'explanation',
  'sourceDocument',
  'sourceArticle',
  'sourceUrl',
  'tags',
  'difficulty',
] as const
export type VersionField = (typeof VERSION_FIELDS)[number]

export type VersionChange = { field: VersionField; before: string; after: string }

/** The parts of a version that the history compares (a QuestionDraft has them all). */
export type VersionContent = Pick<QuestionDraft, 'type' | 'stem' | 'options' | 'tags' | 'difficulty'> & {
  source: { document: string; article?: string | null; url?: string | null }
  explanation?: string | null
}

function fieldText(v: VersionContent, field: VersionField): string {
  switch (field) {
    case 'type':
      return v.type
    case 'stem':
      return v.stem
    case 'options':
      return v.options.map((o, i) => `${optionLetter(i)}. ${o.text}`).join('\n')
    case 'correct':
      return v.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])).join(', ')
    case 'explanation':
      return v.explanation ?? ''
    case 'sourceDocument':
      return v.source.document
    case 'sourceArticle':
      return v.source.article ?? ''
    case 'sourceUrl':
      return v.source.url ?? ''
    case 'tags':
      return v.tags.join(', ')
    case 'difficulty':
      return v.difficulty
  }
}

export function diffVersions(before: VersionContent, after: VersionContent): VersionChange[] {
  const changes: VersionChange[] = []
  for (const field of VERSION_FIELDS) {
    const a = fieldText(before, field)
    const b = fieldText(after, field)
    if (a !== b) changes.push({ field, before: a, after: b })
  }
  return changes
}

/** True when saving `after` over `before` would store nothing new. */
export function sameContent(before: VersionContent, after: VersionContent): boolean {
  return diffVersions(before, after).length === 0
}
