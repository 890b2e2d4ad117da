import { decodeText } from './decode-text'
import { emptyPreview, fileError, fileWarning, finalizePreview } from './finalize-preview'
import type { ImportIssue, ImportPreview, PreviewImportInput } from './import-types'
import { type SourceLine, parseQuestionText } from './parse-question-text'

/** Plain text (pasted or .txt) and Aiken: both are "stem, lettered options, answer line". */
export function previewText(
  input: PreviewImportInput,
  format: 'text' | 'aiken',
  initialIssues: ImportIssue[] = [],
): ImportPreview {
  const file = input.fileName
  const decoded = decodeText(input.bytes)
  if ('error' in decoded) return emptyPreview(format, [...initialIssues, fileError(file, decoded.error)])
  const fileIssues = [...initialIssues]
  if (decoded.warning) fileIssues.push(fileWarning(file, decoded.warning))
  if (!decoded.text.trim()) return emptyPreview(format, [...fileIssues, fileError(file, 'Tệp rỗng, không có dữ liệu')])
  const lines: SourceLine[] = decoded.text.split('\n').map((text, i) => ({ text, location: { file, line: i + 1 } }))
  const parsed = parseQuestionText(lines, { file, defaults: input.defaults })
  return finalizePreview(format, { rows: parsed.rows, fileIssues: [...fileIssues, ...parsed.fileIssues] })
}
