import { DIFFICULTY_LABELS_VI, type QuestionDraft, TYPE_LABELS_VI, optionLetter } from '~/core/questions/question-draft'
import { type ImportField, OPTION_FIELDS, TEMPLATE_FIELDS } from '~/core/import/column-mapping'

/**
 * A question as one spreadsheet row in the template's columns, so an
 * exported bank re-imports unchanged.
 */
export function draftToCells(q: QuestionDraft): Record<ImportField, string> {
  const cells: Record<ImportField, string> = {
    number: '',
    type: TYPE_LABELS_VI[q.type],
    stem: q.stem,
    optionA: '',
    optionB: '',
    optionC: '',
    optionD: '',
    optionE: '',
    optionF: '',
    correct: q.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])).join(','),
    explanation: q.explanation ?? '',
    sourceDocument: q.source.document,
    sourceArticle: q.source.article ?? '',
    sourceUrl: q.source.url ?? '',
    tags: q.tags.join(', '),
    difficulty: DIFFICULTY_LABELS_VI[q.difficulty],
  }
  q.options.forEach((o, i) => {
    cells[OPTION_FIELDS[i]] = o.text
  })
  return cells
}

/** Values in template column order. */
export function draftToRow(q: QuestionDraft): string[] {
  const cells = draftToCells(q)
  return TEMPLATE_FIELDS.map((f) => cells[f])
}
