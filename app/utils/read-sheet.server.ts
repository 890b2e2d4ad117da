import ExcelJS from 'exceljs'
import Papa from 'papaparse'

export type SheetCells = { sheet: string; cells: string[][] }
export type ReadSheetResult = { ok: true; value: SheetCells } | { ok: false; message: string }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** The first sheet of an XLSX, or a CSV, as rows of display strings. Formula cells give their cached result. */
export async function readFirstSheet(fileName: string, bytes: Uint8Array): Promise<ReadSheetResult> {
  if (bytes.byteLength === 0) return { ok: false, message: `Tệp "${fileName}" rỗng` }
  const lower = fileName.toLowerCase()
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b)
  if (lower.endsWith('.xlsx')) {
    if (!isZip) return { ok: false, message: `Tệp "${fileName}" không phải là tệp Excel .xlsx hợp lệ` }
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    } catch {
      return { ok: false, message: `Không đọc được tệp Excel "${fileName}": tệp bị hỏng hoặc sai định dạng` }
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) return { ok: false, message: `Tệp "${fileName}" không có trang tính nào` }
    const cells: string[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cell.isMerged && cell.master !== cell ? '' : cell.text ?? ''
      })
      cells[rowNumber - 1] = values
    })
    for (let i = 0; i < cells.length; i++) cells[i] ??= []
    return { ok: true, value: { sheet: sheet.name, cells } }
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    if (isZip) return { ok: false, message: `Tệp "${fileName}" là tệp nén/Excel, không phải CSV` }
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false })
    return { ok: true, value: { sheet: 'CSV', cells: parsed.data.map((r) => r.map((c) => String(c ?? ''))) } }
  }
  return { ok: false, message: `Định dạng tệp "${fileName}" không được hỗ trợ. Hãy dùng .xlsx hoặc .csv` }
}
