import { OPTION_FIELDS } from './column-mapping'
import { paragraphLines } from './docx-lines'
import { emptyPreview, fileError, fileWarning, finalizePreview } from './finalize-preview'
import { MAX_UNZIPPED_BYTES, formatMegabytes } from './import-limits'
import type { ImportIssue, ImportLocation, ImportPreview, PreviewImportInput, PreviewRow } from './import-types'
import { type SourceLine, looksLikeQuestionPart, parseQuestionText } from './parse-question-text'
import { type DocxBlock, type DocxParagraph, readDocx } from './read-docx'
import { type GridRow, detectHeader, tabularPreview } from './tabular-import'
import { listZipEntries, totalUnzippedSize } from './zip-entries'

/**
 * .docx question lists. Paragraphs go through the text parser; a table whose
 * first row is a header ("Câu hỏi | A | B | … | Đáp án") is read like a
 * spreadsheet; other tables are read cell by cell ("Câu 1 | nội dung",
 * "A | phương án", "STT | câu hỏi và phương án | đáp án").
 */
export async function previewDocx(
  input: PreviewImportInput,
  initialIssues: ImportIssue[] = [],
): Promise<ImportPreview> {
  const file = input.fileName
  const fail = (message: string) => emptyPreview('docx', [...initialIssues, fileError(file, message)])
  const entries = listZipEntries(input.bytes)
  if (!entries || !entries.some((e) => e.name === 'word/document.xml'))
    return fail('Tệp Word bị hỏng hoặc không phải định dạng .docx')
  const unzipped = totalUnzippedSize(entries)
  if (unzipped > MAX_UNZIPPED_BYTES) {
    return fail(
      `Tệp Word khi giải nén lớn ${formatMegabytes(unzipped)}, vượt quá giới hạn ${formatMegabytes(
        MAX_UNZIPPED_BYTES,
      )}`,
    )
  }
  let blocks: DocxBlock[]
  try {
    blocks = await readDocx(input.bytes)
  } catch {
    return fail('Không đọc được tệp Word: tệp bị hỏng hoặc không đúng định dạng .docx. Hãy mở bằng Word và lưu lại')
  }

  const fileIssues = [...initialIssues]
  const lines: SourceLine[] = []
  const headerTables: { table: number; grid: GridRow[]; headerRow: number }[] = []
  const tablePosition = new Map<number, number>()
  const objects: ImportLocation[] = []
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(...paragraphLines(block.paragraph, { file, paragraph: block.index }))
      if (block.paragraph.hasObject) objects.push({ file, paragraph: block.index })
      continue
    }
    block.rows.forEach((cells, r) => {
      if (cells.some((ps) => ps.some((p) => p.hasObject))) objects.push({ file, table: block.index, row: r + 1 })
    })
    tablePosition.set(block.index, block.afterParagraph)
    const grid: GridRow[] = block.rows.map((cells, r) => ({
      rowNumber: r + 1,
      cells: cells.map((ps) =>
        ps
          .map((p) => p.text)
          .join('\n')
          .trim(),
      ),
    }))
    const header = detectHeader(grid.slice(0, 3))
    const optionColumns = header ? OPTION_FIELDS.filter((f) => header.mapping[f]).length : 0
    if (header && optionColumns >= 2) {
      headerTables.push({ table: block.index, grid, headerRow: header.headerRow })
      continue
    }
    // A header without option columns ("STT | Nội dung | Đáp án") introduces rows read as text.
    const fromTable = tableLines(block.rows, file, block.index, header ? header.headerRow : 0)
    if (fromTable.some(looksLikeQuestionPart)) lines.push(...fromTable)
    else if (fromTable.length > 0) {
      fileIssues.push({
        location: { file, table: block.index, paragraph: block.afterParagraph || undefined },
        message: `Bảng ${block.index} không có câu hỏi theo dạng hỗ trợ nên được bỏ qua. Bảng được hỗ trợ khi có hàng tiêu đề (Câu hỏi | A | B | … | Đáp án), mỗi hàng một câu, hoặc hai cột (Câu 1 | nội dung; A | phương án; Đáp án | B)`,
        severity: 'warning',
      })
    }
  }

  for (const location of objects) {
    fileIssues.push({
      location,
      message: 'Có hình ảnh, công thức hoặc đối tượng nhúng; chỉ phần chữ được nhập, hãy kiểm tra câu hỏi này',
      severity: 'warning',
    })
  }
  const hasText = lines.some((l) => l.text.trim())
  if (!hasText && headerTables.length === 0) {
    return finalizePreview('docx', {
      rows: [],
      fileIssues: [...fileIssues, fileError(file, 'Tệp Word không có nội dung')],
    })
  }
  const parsed = hasText
    ? parseQuestionText(lines, { file, defaults: input.defaults })
    : { rows: [], fileIssues: [], defaults: input.defaults }

  // Tables are read after the text so a "Căn cứ:" line at the top of the document applies to them too.
  const tableRows: Omit<PreviewRow, 'index'>[] = []
  for (const { table, grid, headerRow } of headerTables) {
    const result = tabularPreview(grid, {
      file,
      place: (row) => ({ file, table, row }),
      columnLetters: false,
      headerRow,
      defaults: parsed.defaults,
    })
    tableRows.push(...result.rows)
    fileIssues.push(...result.fileIssues.map((i) => ({ ...i, location: { ...i.location, table } })))
  }
  // The text parser reports "no question found" even when tables held them.
  const textIssues =
    tableRows.length > 0
      ? parsed.fileIssues.filter((i) => !(i.severity === 'error' && parsed.rows.length === 0))
      : parsed.fileIssues

  // Document order: a table sits just after the paragraph before it.
  const order = (loc: ImportLocation): [number, number, number] =>
    loc.table !== undefined
      ? [(tablePosition.get(loc.table) ?? 0) + 0.5, loc.table, loc.row ?? 0]
      : [loc.paragraph ?? 0, 0, 0]
  const compare = (a: [number, number, number], b: [number, number, number]) =>
    a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
  const rows = [...parsed.rows, ...tableRows].sort((a, b) => compare(order(a.location), order(b.location)))
  if (tableRows.length > 0 && parsed.rows.length > 0) {
    fileIssues.push(fileWarning(file, 'Tệp có cả câu hỏi dạng đoạn văn và dạng bảng; hãy kiểm tra thứ tự và số câu'))
  }
  return finalizePreview('docx', { rows, fileIssues: [...fileIssues, ...textIssues] })
}

const LETTERS_ONLY = /^[A-Fa-f](?:\s*[,;]\s*[A-Fa-f])*$/

function tableLines(rows: DocxParagraph[][][], file: string, table: number, skipRows: number): SourceLine[] {
  const out: SourceLine[] = []
  rows.forEach((cells, r) => {
    if (r < skipRows) return
    const location: ImportLocation = { file, table, row: r + 1 }
    const filled = cells.filter((ps) => ps.some((p) => p.text.trim()))
    const text = (ps: DocxParagraph[]) =>
      ps
        .map((p) => p.text)
        .join('\n')
        .trim()
    const linesOf = (ps: DocxParagraph[], prefix = '') =>
      ps.filter((p) => p.text.trim()).flatMap((p, i) => paragraphLines(p, location, i === 0 ? prefix : ''))

    if (filled.length === 2 && filled[0].length === 1 && text(filled[0]).length <= 30) {
      const label = text(filled[0])
      const prefix = twoColumnPrefix(label)
      if (prefix !== undefined) {
        out.push(...linesOf(filled[1], prefix))
        return
      }
    }
    let numberPrefix = ''
    filled.forEach((ps, c) => {
      const t = text(ps)
      if (c === 0 && filled.length > 1 && /^\d{1,5}\.?$/.test(t)) {
        numberPrefix = `Câu ${t.replace('.', '')}: `
        return
      }
      if (c === filled.length - 1 && c > 0 && LETTERS_ONLY.test(t)) {
        out.push({ text: `Đáp án: ${t}`, location })
        return
      }
      out.push(...linesOf(ps, numberPrefix))
      numberPrefix = ''
    })
  })
  return out
}

/** The left cell of a two-column row names what the right cell is. */
function twoColumnPrefix(label: string): string | undefined {
  const l = label.trim().replace(/[:.)]+$/, '')
  if (/^\d{1,5}$/.test(l)) return `Câu ${l}: `
  if (/^[A-Fa-f]$/.test(l)) return `${l.toUpperCase()}. `
  if (/^(c[âa]u|question)\s*(h[ỏo]i\s*)?\d{1,5}$/iu.test(l)) return `${l}: `
  if (
    /^(đáp án( đúng)?|giải thích|căn cứ( pháp lý)?|nguồn|độ khó|mức độ|chủ đề|lĩnh vực|điều\/khoản|đường dẫn|loại( câu hỏi)?)$/iu.test(
      l,
    )
  ) {
    return `${l}: `
  }
  if (/^(c[âa]u h[ỏo]i|n[ộo]i dung)$/iu.test(l)) return ''
  return undefined
}
