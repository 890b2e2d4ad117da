import ExcelJS from 'exceljs'
import type { ExportBank, ExportQuestion } from './export-types'
import { draftToRow } from './question-cells'
import { addQuestionSheet } from './question-sheet'

/** The bank in the import template's columns: editing it in Excel and re-importing is the supported round trip. */
export async function exportBankXlsx(bank: ExportBank, questions: readonly ExportQuestion[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.title = bank.name
  if (bank.description) workbook.description = bank.description
  addQuestionSheet(workbook, questions.map(draftToRow))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
