import type { Difficulty, QuestionDraft, QuestionStatus } from '~/core/questions/question-draft'
import type { ColumnMapping } from './column-mapping'

/**
 * Shapes shared by every importer. Kept free of parser imports so the UI can
 * use them (and the mapping helpers) without pulling exceljs into the browser.
 */

export const IMPORT_FORMATS = ['xlsx', 'csv', 'json', 'text', 'docx', 'gift', 'aiken'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** Where something was found, in the terms the organiser sees in their own file. */
export type ImportLocation = {
  file: string
  sheet?: string
  /** Row number as shown by Excel (1-based), or the row inside a Word table. */
  row?: number
  /** Column letter as shown by Excel (A, B, …). */
  column?: string
  /** Header text of that column in the organiser's file. */
  header?: string
  /** Line number in a text file (1-based). */
  line?: number
  /** Paragraph number in a Word document (1-based, paragraphs outside tables). */
  paragraph?: number
  /** Table number in a Word document (1-based). */
  table?: number
  /** Question number as written in the file (Câu 3 → 3), or its position. */
  question?: number
  /** Which part of the question, in Vietnamese (e.g. "Phương án B"). */
  field?: string
}

export type ImportSeverity = 'error' | 'warning'

export type ImportIssue = {
  location: ImportLocation
  /** Vietnamese, NFC. Says what is wrong; the place is in `location` (see describeLocation). */
  message: string
  severity: ImportSeverity
}

export type PreviewRow = {
  /** Position in `rows` (0-based); stable id for the UI. */
  index: number
  location: ImportLocation
  /** Present only when the row is a valid question (no error issues). */
  draft?: QuestionDraft
  /** Status carried by the bank's own JSON export, if any. */
  status?: QuestionStatus
  /** Raw text of each field as found in the file, keyed by ImportField (stem, optionA, correct, …). */
  raw: Record<string, string>
  issues: ImportIssue[]
  /** Index of an earlier row in the same file with the same duplicateKey. */
  duplicateOf?: number
}

export type ImportColumn = { column: string; header: string; field?: string }

export type ImportPreview = {
  format: ImportFormat | 'unknown'
  rows: PreviewRow[]
  fileIssues: ImportIssue[]
  /** Tabular formats: the mapping actually used (guessed or the caller's). */
  columnMapping?: ColumnMapping
  /** Tabular formats: Excel row number of the header (the last header row if it spans two). */
  headerRow?: number
  /** Tabular formats: every column of the header row, for the mapping editor. */
  columns?: ImportColumn[]
  /** XLSX: the sheet read and every sheet name in the workbook. */
  sheet?: string
  sheets?: string[]
  /** JSON bank export: the bank's own name and description. */
  bank?: { name: string; description?: string }
  stats: { total: number; valid: number; invalid: number; duplicatesInFile: number }
}

/** Values used when a file does not say (common in GIFT/Aiken/Word files without a source line). */
export type ImportDefaults = {
  source?: { document: string; article?: string; url?: string }
  difficulty?: Difficulty
  tags?: string[]
}

export type PreviewImportInput = {
  fileName: string
  bytes: Uint8Array
  /** Explicit column mapping chosen by the organiser (tabular formats). */
  mapping?: ColumnMapping
  /** Explicit header row (Excel row number) when the organiser's headers are not recognised. */
  headerRow?: number
  /** XLSX: read this sheet instead of the best-looking one. */
  sheet?: string
  defaults?: ImportDefaults
}
