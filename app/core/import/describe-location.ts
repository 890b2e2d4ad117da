import type { ImportIssue, ImportLocation } from './import-types'

/**
 * "Trang tính “Câu hỏi”, dòng 7, cột C (Nội dung câu hỏi)": the place an
 * organiser can go to in their own file. Client-safe (no parser imports).
 */
export function describeLocation(loc: ImportLocation): string {
  const parts: string[] = []
  if (loc.sheet) parts.push(`trang tính “${loc.sheet}”`)
  if (loc.table !== undefined) parts.push(`bảng ${loc.table}`)
  if (loc.row !== undefined) parts.push(`dòng ${loc.row}`)
  if (loc.column) parts.push(loc.header ? `cột ${loc.column} (${loc.header})` : `cột ${loc.column}`)
  if (loc.line !== undefined) parts.push(`dòng ${loc.line}`)
  if (loc.paragraph !== undefined) parts.push(`đoạn ${loc.paragraph}`)
  if (loc.question !== undefined && loc.row === undefined) parts.unshift(`câu ${loc.question}`)
  if (loc.field && !loc.column) parts.push(loc.field)
  const text = parts.length ? parts.join(', ') : `tệp “${loc.file}”`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One line for a list of problems: "Dòng 7, cột C (Nội dung câu hỏi): Nội dung câu hỏi không được để trống". */
export function formatIssue(issue: ImportIssue): string {
  return `${describeLocation(issue.location)}: ${issue.message}`
}
