import { BANK_JSON_FORMAT, BANK_JSON_VERSION } from './bank-json-format'
import type { ExportBank, ExportQuestion } from './export-types'

/** Pretty-printed so organisers can diff and hand-edit it; re-imports to the same drafts. */
export function exportBankJson(bank: ExportBank, questions: readonly ExportQuestion[]): string {
  const doc = {
    format: BANK_JSON_FORMAT,
    version: BANK_JSON_VERSION,
    bank: { name: bank.name, ...(bank.description ? { description: bank.description } : {}) },
    questions: questions.map((q) => ({
      type: q.type,
      stem: q.stem,
      options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
      ...(q.explanation ? { explanation: q.explanation } : {}),
      source: {
        document: q.source.document,
        ...(q.source.article ? { article: q.source.article } : {}),
        ...(q.source.url ? { url: q.source.url } : {}),
      },
      tags: q.tags,
      difficulty: q.difficulty,
      ...(q.status ? { status: q.status } : {}),
    })),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
