import { questionDraftSchema } from '~/core/questions/question-draft'
import {
  BANK_JSON_FORMAT,
  BANK_JSON_VERSION,
  bankJsonEnvelopeSchema,
  questionStatusSchema,
} from '~/core/export/bank-json-format'
import { type DraftPart, partLabel, zodIssuesToImportIssues } from './build-draft'
import { decodeText } from './decode-text'
import { jsonErrorOffset } from './json-error-offset'
import { emptyPreview, fileError, fileWarning, finalizePreview } from './finalize-preview'
import { MAX_IMPORT_ROWS, formatCount } from './import-limits'
import type { ImportIssue, ImportLocation, ImportPreview, PreviewImportInput, PreviewRow } from './import-types'

/** The bank's own JSON export (or a bare array of questions in the same shape). */
export function previewJson(input: PreviewImportInput, initialIssues: ImportIssue[] = []): ImportPreview {
  const file = input.fileName
  const fail = (message: string) => emptyPreview('json', [...initialIssues, fileError(file, message)])
  const decoded = decodeText(input.bytes)
  if ('error' in decoded) return fail(decoded.error)
  const fileIssues = [...initialIssues]
  if (decoded.warning) fileIssues.push(fileWarning(file, decoded.warning))
  if (!decoded.text.trim()) return fail('Tệp rỗng, không có dữ liệu')

  let doc: unknown
  try {
    doc = JSON.parse(decoded.text)
  } catch {
    return fail(`Tệp JSON sai cú pháp${jsonErrorPlace(decoded.text)}`)
  }

  let questions: unknown[]
  let bank: ImportPreview['bank']
  if (Array.isArray(doc)) questions = doc
  else {
    const envelope = bankJsonEnvelopeSchema.safeParse(doc)
    if (!envelope.success) {
      return fail(
        `Tệp JSON không phải bản xuất ngân hàng câu hỏi (cần "format": "${BANK_JSON_FORMAT}" và danh sách "questions")`,
      )
    }
    if (envelope.data.version !== BANK_JSON_VERSION) {
      return fail(
        `Phiên bản ${envelope.data.version} của tệp JSON chưa được hỗ trợ (hỗ trợ phiên bản ${BANK_JSON_VERSION})`,
      )
    }
    questions = envelope.data.questions
    if (envelope.data.bank) {
      const { name, description } = envelope.data.bank
      bank = description ? { name, description } : { name }
    }
  }
  if (questions.length > MAX_IMPORT_ROWS) {
    return fail(
      `Tệp có ${formatCount(questions.length)} câu hỏi, vượt quá giới hạn ${formatCount(
        MAX_IMPORT_ROWS,
      )} câu mỗi lần nhập; hãy chia thành nhiều tệp`,
    )
  }

  const rows: Omit<PreviewRow, 'index'>[] = questions.map((q, i) => {
    const base: ImportLocation = { file, question: i + 1 }
    const locate = (part: DraftPart, optionIndex?: number): ImportLocation => ({
      ...base,
      field: partLabel(part, optionIndex),
    })
    const issues: ImportIssue[] = []
    const parsed = questionDraftSchema.safeParse(q)
    if (!parsed.success) issues.push(...zodIssuesToImportIssues(parsed.error.issues, locate))
    const statusValue = q && typeof q === 'object' && 'status' in q ? q.status : undefined
    let status: PreviewRow['status']
    if (statusValue !== undefined) {
      const s = questionStatusSchema.safeParse(statusValue)
      if (s.success) status = s.data
      else
        issues.push({
          location: { ...base, field: 'Trạng thái' },
          message: s.error.issues[0].message,
          severity: 'error',
        })
    }
    return {
      location: base,
      ...(parsed.success && issues.length === 0 ? { draft: parsed.data } : {}),
      ...(status ? { status } : {}),
      raw: rawOf(q),
      issues,
    }
  })
  return finalizePreview('json', { rows, fileIssues, ...(bank ? { bank } : {}) })
}

function rawOf(q: unknown): Record<string, string> {
  if (!q || typeof q !== 'object') return { value: JSON.stringify(q) ?? '' }
  const raw: Record<string, string> = {}
  for (const [k, v] of Object.entries(q)) raw[k] = typeof v === 'string' ? v : JSON.stringify(v)
  return raw
}

function jsonErrorPlace(text: string): string {
  const offset = jsonErrorOffset(text)
  if (offset === undefined) return ''
  return ` ở dòng ${text.slice(0, offset).split('\n').length}`
}
