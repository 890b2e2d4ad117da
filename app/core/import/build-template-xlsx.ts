import ExcelJS from 'exceljs'
import { DIFFICULTY_LABELS_VI, DIFFICULTIES, QUESTION_TYPES, TYPE_LABELS_VI } from '~/core/questions/question-draft'
import { draftToRow } from '~/core/export/question-cells'
import { addQuestionSheet } from '~/core/export/question-sheet'
import { FIELD_LABELS_VI, type ImportField, TEMPLATE_FIELDS, columnLetter } from './column-mapping'
import { MAX_IMPORT_ROWS, formatCount } from './import-limits'
import { TEMPLATE_EXAMPLES } from './template-examples'

/** exceljs has Worksheet.dataValidations at run time but leaves it out of its typings. */
type WithDataValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }

/** Rows below the header that get drop-down lists; typing further down still imports. */
const VALIDATED_ROWS = 2000

const NOTES: Record<ImportField, string> = {
  number: '',
  type: `Không bắt buộc. Chọn: ${QUESTION_TYPES.map((t) => TYPE_LABELS_VI[t]).join(
    '; ',
  )}. Để trống: một đáp án đúng nếu ghi một chữ cái, nhiều đáp án nếu ghi nhiều chữ cái, Đúng/Sai nếu hai phương án là Đúng và Sai.`,
  stem: 'Bắt buộc. Tối đa 2.000 ký tự.',
  optionA: 'Bắt buộc (trừ câu Đúng/Sai ghi đáp án “Đúng”/“Sai” và câu dự đoán). Tối đa 500 ký tự mỗi phương án.',
  optionB: 'Bắt buộc như Phương án A. Cần ít nhất 2 phương án.',
  optionC: 'Không bắt buộc.',
  optionD: 'Không bắt buộc.',
  optionE: 'Không bắt buộc.',
  optionF: 'Không bắt buộc. Tối đa 6 phương án (A–F); không bỏ trống phương án ở giữa.',
  correct:
    'Bắt buộc (trừ câu dự đoán). Ghi chữ cái của phương án đúng, ví dụ B; nhiều đáp án ghi A,C. Câu Đúng/Sai có thể ghi Đúng hoặc Sai.',
  explanation: 'Không bắt buộc. Hiển thị cho người thi sau khi trả lời.',
  sourceDocument: 'Bắt buộc. Tên văn bản làm căn cứ, ví dụ “Hiến pháp năm 2013”.',
  sourceArticle: 'Không bắt buộc. Ví dụ “Khoản 2 Điều 5”.',
  sourceUrl: 'Không bắt buộc. Đường dẫn bắt đầu bằng http:// hoặc https://.',
  tags: 'Không bắt buộc. Nhiều chủ đề cách nhau bằng dấu phẩy; tối đa 10.',
  difficulty: `Chọn: ${DIFFICULTIES.map((d) => DIFFICULTY_LABELS_VI[d]).join(', ')}. Để trống: Trung bình.`,
}

/** The import template: question sheet with examples and drop-downs, and a "Hướng dẫn" sheet. */
export async function buildTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.title = 'Mẫu nhập câu hỏi'
  const ws = addQuestionSheet(workbook, TEMPLATE_EXAMPLES.map(draftToRow))

  const letterOf = (f: ImportField) => columnLetter(TEMPLATE_FIELDS.indexOf(f))
  const list = (values: string[]) => `"${values.join(',')}"`
  const validate = (field: ImportField, validation: ExcelJS.DataValidation) => {
    const range = `${letterOf(field)}2:${letterOf(field)}${VALIDATED_ROWS + 1}`
    // One range, not one validation per cell: exceljs 4.4 merges per-cell validations into
    // overlapping ranges (it sorts "A10" before "A2"), which Excel may flag as damaged content.
    ;(ws as unknown as WithDataValidations).dataValidations.add(range, validation)
  }
  validate('type', {
    type: 'list',
    allowBlank: true,
    formulae: [list(QUESTION_TYPES.map((t) => TYPE_LABELS_VI[t]))],
    showErrorMessage: true,
    errorTitle: 'Loại câu hỏi',
    error: 'Hãy chọn một loại trong danh sách',
  })
  validate('difficulty', {
    type: 'list',
    allowBlank: true,
    formulae: [list(DIFFICULTIES.map((d) => DIFFICULTY_LABELS_VI[d]))],
    showErrorMessage: true,
    errorTitle: 'Độ khó',
    error: 'Hãy chọn Dễ, Trung bình hoặc Khó',
  })
  validate('correct', {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [20],
    showInputMessage: true,
    promptTitle: 'Đáp án đúng',
    prompt: 'Chữ cái của phương án đúng: B, hoặc A,C khi có nhiều đáp án',
  })

  const notes = workbook.addWorksheet('Hướng dẫn')
  notes.columns = [
    { header: 'Cột', key: 'column', width: 8 },
    { header: 'Tiêu đề', key: 'header', width: 22 },
    { header: 'Cách điền', key: 'note', width: 100 },
  ]
  notes.getRow(1).font = { bold: true }
  TEMPLATE_FIELDS.forEach((f, i) => notes.addRow([columnLetter(i), FIELD_LABELS_VI[f], NOTES[f]]))
  notes.addRow([])
  notes.addRow([
    '',
    'Lưu ý',
    `Mỗi dòng là một câu hỏi. Tối đa ${formatCount(
      MAX_IMPORT_ROWS,
    )} câu và 10 MB mỗi tệp. Có thể đổi tên cột hoặc thêm dòng tiêu đề phía trên; khi nhập, hệ thống cho chọn lại cột nếu không nhận ra. Xoá các dòng ví dụ trước khi nhập.`,
  ])
  notes.getColumn('note').alignment = { wrapText: true, vertical: 'top' }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
