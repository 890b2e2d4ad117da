import Papa from 'papaparse'
import { decodeText } from './decode-text'
import { emptyPreview, fileError, fileWarning, finalizePreview } from './finalize-preview'
import type { ImportIssue, ImportPreview, PreviewImportInput } from './import-types'
import { type GridRow, tabularPreview } from './tabular-import'

/** CSV (comma, semicolon or tab separated): the same columns as the XLSX template. */
export function previewCsv(input: PreviewImportInput, initialIssues: ImportIssue[] = []): ImportPreview {
  const file = input.fileName
  const decoded = decodeText(input.bytes)
  if ('error' in decoded) return emptyPreview('csv', [...initialIssues, fileError(file, decoded.error)])
  const fileIssues = [...initialIssues]
  if (decoded.warning) fileIssues.push(fileWarning(file, decoded.warning))
  if (!decoded.text.trim()) return emptyPreview('csv', [...fileIssues, fileError(file, 'Tệp rỗng, không có dữ liệu')])

  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false })
  for (const e of parsed.errors) {
    // Delimiter guessing fails on one-column files; that is not the organiser's problem.
    if (e.code === 'UndetectableDelimiter') continue
    fileIssues.push({
      location: { file, ...(e.row !== undefined ? { row: e.row + 1 } : {}) },
      message:
        e.code === 'MissingQuotes'
          ? 'Dấu ngoặc kép (") mở mà không đóng; các dòng sau đó có thể bị gộp sai'
          : 'Dòng có số cột khác với các dòng khác',
      severity: 'warning',
    })
  }
  const grid: GridRow[] = []
  parsed.data.forEach((cells, i) => {
    if (cells.some((c) => c.trim())) grid.push({ rowNumber: i + 1, cells })
  })
  const result = tabularPreview(grid, {
    file,
    place: (row) => ({ file, row }),
    columnLetters: true,
    mapping: input.mapping,
    headerRow: input.headerRow,
    defaults: input.defaults,
  })
  return finalizePreview('csv', { ...result, fileIssues: [...fileIssues, ...result.fileIssues] })
}
