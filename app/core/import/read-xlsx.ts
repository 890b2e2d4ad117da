import ExcelJS from 'exceljs'
import type { CellIssue, GridRow } from './tabular-import'

/**
 * An .xlsx workbook as grids of plain text, one per sheet.
 *
 * The whole-workbook reader is used rather than exceljs's streaming one: the
 * streaming reader spills sheets to temporary files when sharedStrings.xml
 * comes after the sheets (as Excel writes it), and it drops merged cells and
 * sheet names, which real files need. Memory is bounded by the caller's
 * size and unzipped-size checks; 10,000 rows load in well under a second.
 */

type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0]

export type SheetGrid = { name: string; hidden: boolean; rows: GridRow[] }

export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook()
  // exceljs types its input as an ArrayBuffer-like of its own; at run time it reads a Node Buffer.
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as XlsxInput
  await workbook.xlsx.load(input)
  return workbook.worksheets.map((ws) => ({
    name: ws.name,
    hidden: ws.state !== 'visible',
    rows: readRows(ws),
  }))
}

function readRows(ws: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = []
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    let cellIssues: CellIssue[] | undefined
    let any = false
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { text, issue } = cellText(cell.value)
      if (text) {
        cells[colNumber - 1] = text
        any = true
      }
      if (issue) (cellIssues ??= []).push({ col: colNumber - 1, ...issue })
    })
    if (any || cellIssues) {
      for (let i = 0; i < cells.length; i++) cells[i] ??= ''
      rows.push(cellIssues ? { rowNumber, cells, cellIssues } : { rowNumber, cells })
    }
  })
  return rows
}

type CellRead = { text: string; issue?: Omit<CellIssue, 'col'> }

/** Exported for tests: the value shapes exceljs produces. */
export function cellText(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: unescapeOoxml(value) }
  if (typeof value === 'number') return { text: formatNumber(value) }
  // Excel turns a typed TRUE/FALSE into a boolean; in a question bank it meant Đúng/Sai.
  if (typeof value === 'boolean') return { text: value ? 'Đúng' : 'Sai' }
  if (value instanceof Date) return { text: formatDate(value) }
  if ('richText' in value) return { text: unescapeOoxml(value.richText.map((r) => r.text).join('')) }
  if ('error' in value) {
    return {
      text: '',
      issue: { message: `Ô có lỗi ${value.error}; hãy sửa hoặc xoá công thức gây lỗi`, severity: 'error' },
    }
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) {
      return {
        text: '',
        issue: {
          message:
            'Ô có công thức nhưng không có giá trị đã tính; hãy mở tệp bằng Excel, lưu lại rồi nhập lại, hoặc dán giá trị thay cho công thức',
          severity: 'error',
        },
      }
    }
    if (typeof result === 'object' && 'error' in result) {
      return { text: '', issue: { message: `Công thức trong ô cho kết quả lỗi ${result.error}`, severity: 'error' } }
    }
    const inner = cellText(result)
    return {
      text: inner.text,
      issue: { message: `Ô có công thức; đã dùng giá trị đã tính “${inner.text}”`, severity: 'warning' },
    }
  }
  if ('hyperlink' in value) {
    const text = value.text as unknown
    if (typeof text === 'string') return { text: unescapeOoxml(text) }
    if (text && typeof text === 'object' && 'richText' in text) return cellText(text as ExcelJS.CellRichTextValue)
    return { text: value.hyperlink }
  }
  return { text: '' }
}

/** Excel keeps 15 significant digits; JavaScript would print 0.30000000000000004. */
function formatNumber(n: number): string {
  return String(Number(n.toPrecision(15)))
}

/** exceljs gives dates as UTC instants of the wall-clock value. */
function formatDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0')
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0')
  return `${dd}/${mm}/${d.getUTCFullYear()}`
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16))
    return ch === '\r' ? '' : ch
  })
}
