import type { QuestionDraft } from '~/core/questions/question-draft'
import type { ExportBank, ExportQuestion } from './export-types'
import { GIFT_META_PREFIX, type GiftMeta, escapeGift } from './gift-format'

/**
 * Moodle GIFT. Single and true/false questions use Moodle's own forms;
 * multiple-answer questions split 100% among the correct options and take
 * -100% for each wrong one. Prediction questions have no GIFT equivalent and
 * are written as an essay ({}) that only our importer reads back.
 */
export function exportBankGift(bank: ExportBank, questions: readonly ExportQuestion[]): string {
  const header = [`// ${bank.name.replace(/\r?\n/g, ' ')}`]
  if (bank.description) header.push(`// ${bank.description.replace(/\r?\n/g, ' ')}`)
  const blocks = questions.map((q, i) => questionBlock(q, i + 1))
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n`
}

function questionBlock(q: ExportQuestion, n: number): string {
  const meta: GiftMeta = {
    type: q.type,
    difficulty: q.difficulty,
    tags: q.tags,
    source: {
      document: q.source.document,
      ...(q.source.article ? { article: q.source.article } : {}),
      ...(q.source.url ? { url: q.source.url } : {}),
    },
    ...(q.status ? { status: q.status } : {}),
  }
  const lines = [`// ${GIFT_META_PREFIX} ${JSON.stringify(meta)}`, `::Câu ${n}::${escapeGift(q.stem)} {`]
  lines.push(...answerLines(q))
  if (q.explanation) lines.push(`####${escapeGift(q.explanation)}`)
  lines.push('}')
  return lines.join('\n')
}

function answerLines(q: QuestionDraft): string[] {
  if (q.type === 'prediction') return []
  const isTrueFalse =
    q.type === 'true_false' && q.options.length === 2 && q.options[0].text === 'Đúng' && q.options[1].text === 'Sai'
  if (isTrueFalse) return [q.options[0].correct ? 'T' : 'F']
  const correct = q.options.filter((o) => o.correct).length
  if (q.type === 'multiple') {
    const share = formatWeight(100 / correct)
    return q.options.map((o) => `~%${o.correct ? share : '-100'}%${escapeGift(o.text)}`)
  }
  return q.options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}`)
}

/** Moodle accepts 33.33333, 16.66667 … (five decimals). */
function formatWeight(w: number): string {
  return String(Math.round(w * 100000) / 100000)
}
