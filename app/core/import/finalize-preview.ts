import { duplicateKey } from '~/core/questions/question-draft'
import { describeLocation } from './describe-location'
import type { ImportFormat, ImportIssue, ImportPreview, PreviewRow } from './import-types'

type PreviewParts = Omit<ImportPreview, 'stats' | 'format' | 'rows'> & { rows: Omit<PreviewRow, 'index'>[] }

/**
 * Numbers the rows, flags questions repeated inside the same file (the caller
 * checks against the bank with duplicateKey) and counts.
 */
export function finalizePreview(format: ImportFormat | 'unknown', parts: PreviewParts): ImportPreview {
  const firstByKey = new Map<string, number>()
  let duplicatesInFile = 0
  const rows: PreviewRow[] = parts.rows.map((row, index) => {
    const out: PreviewRow = { ...row, index }
    if (!out.draft) {
      // A row with an error never carries a draft, whatever the builder returned.
      return out
    }
    if (out.issues.some((i) => i.severity === 'error')) return { ...out, draft: undefined }
    const key = duplicateKey(out.draft)
    const first = firstByKey.get(key)
    if (first === undefined) firstByKey.set(key, index)
    else {
      duplicatesInFile++
      out.duplicateOf = first
      out.issues = [
        ...out.issues,
        {
          location: out.location,
          message: `Trùng với câu hỏi ở ${lowerFirst(describeLocation(parts.rows[first].location))}`,
          severity: 'warning',
        },
      ]
    }
    return out
  })
  const valid = rows.filter((r) => r.draft).length
  return {
    ...parts,
    format,
    rows,
    stats: { total: rows.length, valid, invalid: rows.length - valid, duplicatesInFile },
  }
}

export function fileError(file: string, message: string): ImportIssue {
  return { location: { file }, message, severity: 'error' }
}

export function fileWarning(file: string, message: string): ImportIssue {
  return { location: { file }, message, severity: 'warning' }
}

export function emptyPreview(format: ImportFormat | 'unknown', fileIssues: ImportIssue[]): ImportPreview {
  return finalizePreview(format, { rows: [], fileIssues })
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}
