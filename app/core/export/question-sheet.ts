import type ExcelJS from 'exceljs'
import { FIELD_LABELS_VI, type ImportField, TEMPLATE_FIELDS } from '~/core/import/column-mapping'

export const QUESTION_SHEET_NAME = 'Câu hỏi'

const WIDTHS: Partial<Record<ImportField, number>> = {
  type: 18,
  stem: 60,
  correct: 14,
  explanation: 40,
  sourceDocument: 36,
  sourceArticle: 16,
  sourceUrl: 30,
  tags: 24,
  difficulty: 12,
}

/** The template's sheet layout: bold frozen header, readable widths, wrapped long text. */
export function addQuestionSheet(workbook: ExcelJS.Workbook, rows: readonly string[][]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(QUESTION_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = TEMPLATE_FIELDS.map((f) => ({ header: FIELD_LABELS_VI[f], key: f, width: WIDTHS[f] ?? 24 }))
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
  const wrapped = (['stem', 'explanation'] as const).map((key) => ws.getColumn(key).number)
  for (const r of rows) {
    const row = ws.addRow(r)
    for (const col of wrapped) row.getCell(col).alignment = { wrapText: true, vertical: 'top' }
  }
  return ws
}
