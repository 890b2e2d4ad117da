import { type BuildDraftOptions, type DraftPart, buildDraft } from './build-draft'
import {
  type ColumnMapping,
  FIELD_LABELS_VI,
  type ImportField,
  OPTION_FIELDS,
  columnIndex,
  columnLetter,
  guessColumnMapping,
  isUsableMapping,
  mappingScore,
  matchHeader,
} from './column-mapping'
import { fileError, fileWarning } from './finalize-preview'
import { HEADER_SEARCH_ROWS, MAX_IMPORT_ROWS, formatCount } from './import-limits'
import { isTemplateExample } from './template-examples'
import type {
  ImportColumn,
  ImportDefaults,
  ImportIssue,
  ImportLocation,
  ImportPreview,
  PreviewRow,
} from './import-types'

/**
 * One question per row, from any grid of text (an Excel sheet, a CSV file, a
 * table in a Word document): find the header, map columns, build drafts.
 */

export type CellIssue = { col: number; message: string; severity: 'error' | 'warning' }
/** cells[0] is column A; rowNumber is what the organiser sees (Excel row, table row). */
export type GridRow = { rowNumber: number; cells: string[]; cellIssues?: CellIssue[] }

export type HeaderGuess = { headerRow: number; span: 1 | 2; headers: string[]; mapping: ColumnMapping; score: number }

export type TabularOptions = {
  file: string
  /** Base location of a row: sheet name for XLSX, table number for Word. */
  place: (rowNumber: number) => ImportLocation
  /** Word tables have no column letters an organiser could see. */
  columnLetters: boolean
  mapping?: ColumnMapping
  /** Excel row number of the (last) header row; 0 = the file has no header row. */
  headerRow?: number
  defaults?: ImportDefaults
}

export type TabularResult = Pick<ImportPreview, 'fileIssues' | 'columnMapping' | 'headerRow' | 'columns'> & {
  rows: Omit<PreviewRow, 'index'>[]
}

const isBlank = (s: string | undefined) => !s || !s.trim()

/**
 * The best-matching header among the first rows. A header may span two rows
 * (a merged "Phương án" over "A | B | C | D"): the lower row names the column,
 * the upper one completes it.
 */
export function detectHeader(rows: readonly GridRow[]): HeaderGuess | undefined {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS)
  const singles: HeaderGuess[] = candidates.map((row) => {
    const mapping = guessColumnMapping(row.cells)
    return { headerRow: row.rowNumber, span: 1, headers: row.cells, mapping, score: mappingScore(mapping) }
  })
  let best: HeaderGuess | undefined
  const consider = (g: HeaderGuess) => {
    if (isUsableMapping(g.mapping) && (!best || g.score > best.score)) best = g
  }
  candidates.forEach((row, i) => {
    consider(singles[i])
    const next = rows[i + 1]
    if (next && next.rowNumber === row.rowNumber + 1) {
      const headers = combineHeaderRows(row.cells, next.cells)
      const mapping = guessColumnMapping(headers)
      const score = mappingScore(mapping)
      // Two rows only when together they say more than either row alone.
      const alone = Math.max(singles[i].score, singles[i + 1]?.score ?? mappingScore(guessColumnMapping(next.cells)))
      if (score > alone) consider({ headerRow: next.rowNumber, span: 2, headers, mapping, score })
    }
  })
  return best
}

function combineHeaderRows(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length)
  const out: string[] = []
  let carried = ''
  for (let i = 0; i < width; i++) {
    const top = (upper[i] ?? '').trim()
    const bottom = (lower[i] ?? '').trim()
    // Unmerged files leave the cells right of a group title blank: carry it over.
    if (top) carried = top
    else if (!bottom) carried = ''
    const parent = top || (bottom ? carried : '')
    if (bottom && matchHeader(bottom)) out.push(bottom)
    else if (parent && bottom && matchHeader(`${parent} ${bottom}`)) out.push(`${parent} ${bottom}`)
    else out.push(bottom || parent)
  }
  return out
}

export function tabularPreview(grid: readonly GridRow[], opts: TabularOptions): TabularResult {
  const { file } = opts
  const fileIssues: ImportIssue[] = []
  const guess = detectHeader(grid)

  let headerRow: number
  let headers: string[]
  if (opts.headerRow !== undefined) {
    headerRow = opts.headerRow
    const row = grid.find((r) => r.rowNumber === headerRow)
    headers = guess && guess.headerRow === headerRow ? guess.headers : row?.cells ?? []
  } else if (guess) {
    headerRow = guess.headerRow
    headers = guess.headers
  } else {
    const first = grid[0]
    headerRow = first?.rowNumber ?? 1
    headers = first?.cells ?? []
    if (!opts.mapping) {
      fileIssues.push({
        location: { ...opts.place(headerRow) },
        message: `Không tìm thấy hàng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu. Cần ít nhất cột “Nội dung câu hỏi” và các cột “Phương án A, B…” hoặc “Đáp án đúng”; hãy dùng tệp mẫu hoặc chọn cột thủ công`,
        severity: 'error',
      })
      return { rows: [], fileIssues, headerRow, columns: describeColumns(headers, {}) }
    }
    fileIssues.push({
      location: { ...opts.place(headerRow) },
      message: `Không nhận ra hàng tiêu đề; đã coi dòng ${headerRow} là hàng tiêu đề`,
      severity: 'warning',
    })
  }

  const mapping: ColumnMapping = opts.mapping ?? guess?.mapping ?? {}
  const columns = describeColumns(headers, mapping)
  if (!mapping.stem) {
    fileIssues.push(fileError(file, 'Chưa chọn cột “Nội dung câu hỏi”'))
    return { rows: [], fileIssues, headerRow, columns, columnMapping: mapping }
  }
  const headerLocation = (field: ImportField): Omit<ImportLocation, 'file'> => {
    const letter = mapping[field]
    const index = letter ? columnIndex(letter) : -1
    const header = index >= 0 ? (headers[index] ?? '').trim() : ''
    return {
      ...(letter && opts.columnLetters ? { column: letter } : {}),
      header: header || FIELD_LABELS_VI[field],
      field: FIELD_LABELS_VI[field],
    }
  }
  if (headerRow > 0) {
    for (const c of columns) {
      if (c.header && !c.field) {
        fileIssues.push({
          location: { ...opts.place(headerRow), ...(opts.columnLetters ? { column: c.column } : {}), header: c.header },
          message: `Cột “${c.header}” không thuộc mẫu nhập nên được bỏ qua`,
          severity: 'warning',
        })
      }
    }
  }
  if (!mapping.correct) {
    fileIssues.push(
      fileWarning(file, 'Không có cột “Đáp án đúng”: đáp án chỉ được lấy từ dấu * đặt trước phương án đúng'),
    )
  }
  if (!mapping.difficulty) {
    const label =
      opts.defaults?.difficulty === 'easy' ? 'Dễ' : opts.defaults?.difficulty === 'hard' ? 'Khó' : 'Trung bình'
    fileIssues.push(fileWarning(file, `Không có cột “Độ khó”; mọi câu hỏi được đặt độ khó “${label}”`))
  }
  if (!mapping.sourceDocument && !opts.defaults?.source) {
    fileIssues.push(fileWarning(file, 'Không có cột “Văn bản nguồn”; mỗi câu hỏi cần căn cứ pháp lý'))
  }

  const mapped = (Object.entries(mapping) as [ImportField, string][]).map(([field, letter]) => ({
    field,
    index: columnIndex(letter),
  }))
  const fieldByColumn = new Map(mapped.map((m) => [m.index, m.field]))
  const dataRows = grid.filter((r) => r.rowNumber > headerRow)
  const questionRows = dataRows.filter((r) => mapped.some((m) => m.field !== 'number' && !isBlank(r.cells[m.index])))
  if (questionRows.length > MAX_IMPORT_ROWS) {
    fileIssues.push(
      fileError(
        file,
        `Tệp có ${formatCount(questionRows.length)} dòng câu hỏi, vượt quá giới hạn ${formatCount(
          MAX_IMPORT_ROWS,
        )} dòng mỗi lần nhập; hãy chia thành nhiều tệp`,
      ),
    )
    return { rows: [], fileIssues, headerRow, columns, columnMapping: mapping }
  }

  const build: BuildDraftOptions = { defaults: opts.defaults, warnMissingDifficulty: Boolean(mapping.difficulty) }
  const rows = questionRows.map((r) => {
    const value = (field: ImportField) => {
      const letter = mapping[field]
      return letter ? (r.cells[columnIndex(letter)] ?? '').trim() : ''
    }
    const raw: Record<string, string> = {}
    for (const m of mapped) raw[m.field] = (r.cells[m.index] ?? '').trim()

    const optionTexts = OPTION_FIELDS.map((f) => value(f))
    while (optionTexts.length > 0 && !optionTexts[optionTexts.length - 1]) optionTexts.pop()
    const options = optionTexts.map((text) => {
      const star = /^\*\s*/.exec(text)
      return star ? { text: text.slice(star[0].length), marked: true } : { text }
    })

    const base = opts.place(r.rowNumber)
    const locate = (part: DraftPart, optionIndex = 0): ImportLocation => {
      const field: ImportField = part === 'option' ? OPTION_FIELDS[Math.min(optionIndex, 5)] : part
      return { ...base, ...headerLocation(field) }
    }
    const built = buildDraft(
      {
        type: value('type'),
        stem: value('stem'),
        options,
        correct: value('correct'),
        explanation: value('explanation'),
        sourceDocument: value('sourceDocument'),
        sourceArticle: value('sourceArticle'),
        sourceUrl: value('sourceUrl'),
        tags: value('tags'),
        difficulty: value('difficulty'),
      },
      locate,
      build,
    )
    const cellIssues: ImportIssue[] = (r.cellIssues ?? []).flatMap((ci) => {
      const field = fieldByColumn.get(ci.col)
      if (!field || field === 'number') return []
      return [{ location: { ...base, ...headerLocation(field) }, message: ci.message, severity: ci.severity }]
    })
    const issues = [...cellIssues, ...built.issues]
    if (isTemplateExample(value('stem'))) {
      issues.push({
        location: base,
        message: 'Đây là dòng ví dụ của tệp mẫu; hãy xoá nếu không muốn nhập',
        severity: 'warning',
      })
    }
    const hasError = issues.some((i) => i.severity === 'error')
    const number = value('number')
    return {
      location: number && /^\d+$/.test(number) ? { ...base, question: Number(number) } : base,
      draft: hasError ? undefined : built.draft,
      raw,
      issues,
    }
  })
  return { rows, fileIssues, headerRow, columns, columnMapping: mapping }
}

function describeColumns(headers: readonly string[], mapping: ColumnMapping): ImportColumn[] {
  const fieldByIndex = new Map(Object.entries(mapping).map(([f, l]) => [columnIndex(l), f]))
  const width = Math.max(headers.length, ...[...fieldByIndex.keys()].map((i) => i + 1))
  const columns: ImportColumn[] = []
  for (let i = 0; i < width; i++) {
    const header = (headers[i] ?? '').trim()
    const field = fieldByIndex.get(i)
    if (!header && !field) continue
    columns.push({ column: columnLetter(i), header, ...(field ? { field } : {}) })
  }
  return columns
}
