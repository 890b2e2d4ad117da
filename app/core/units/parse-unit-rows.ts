import { z } from 'zod'
import { foldDiacritics, nfc } from '../text/normalize'

export const UNIT_KINDS = ['CITY', 'DEPARTMENT', 'WARD', 'UNIT'] as const
export type UnitKindName = (typeof UNIT_KINDS)[number]

export type UnitRowIssue = { row: number; column?: string; message: string }
export type UnitImportRow = { row: number; name: string; parentName: string | null; headcount: number | null; kind: UnitKindName }
export type UnitImportPreview = { sheet: string; rows: UnitImportRow[]; issues: UnitRowIssue[] }

const HEADERS = {
  name: ['ten don vi', 'don vi', 'ten', 'name', 'unit'],
  parent: ['don vi cap tren', 'cap tren', 'truc thuoc', 'parent', 'parent unit'],
  headcount: ['so nguoi', 'so luong', 'quan so', 'headcount', 'size'],
  kind: ['loai', 'cap', 'kind', 'type'],
} as const

const KIND_WORDS: Record<string, UnitKindName> = {
  'thanh pho': 'CITY', city: 'CITY', tinh: 'CITY',
  so: 'DEPARTMENT', 'so, ban, nganh': 'DEPARTMENT', nganh: 'DEPARTMENT', department: 'DEPARTMENT', ban: 'DEPARTMENT',
  phuong: 'WARD', xa: 'WARD', 'phuong, xa': 'WARD', 'dac khu': 'WARD', ward: 'WARD',
  'don vi': 'UNIT', unit: 'UNIT', truong: 'UNIT', 'co quan': 'UNIT',
}

export const MAX_UNIT_ROWS = 5000

export const unitRowSchema = z.object({
  name: z.string().min(1, 'Tên đơn vị không được để trống').max(200, 'Tên đơn vị dài quá 200 ký tự'),
  headcount: z.number().int('Số người phải là số nguyên').min(0, 'Số người không được âm').max(10_000_000, 'Số người quá lớn').nullable(),
})

function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/**
 * Rows of a sheet (strings as the organiser typed them) → units to create,
 * with every problem placed by row and column. Parents may be existing units
 * or units earlier or later in the same file.
 */
export function parseUnitRows(sheet: string, cells: string[][], existingNames: string[]): UnitImportPreview {
  const issues: UnitRowIssue[] = []
  const headerIndex = cells.slice(0, 20).findIndex((r) => r.some((c) => (HEADERS.name as readonly string[]).includes(foldDiacritics(c))))
  if (headerIndex < 0) {
    return { sheet, rows: [], issues: [{ row: 1, message: 'Không tìm thấy dòng tiêu đề có cột "Tên đơn vị" trong 20 dòng đầu' }] }
  }
  const header = cells[headerIndex].map((c) => foldDiacritics(c))
  const col = (names: readonly string[]) => header.findIndex((h) => names.includes(h))
  const nameCol = col(HEADERS.name)
  const parentCol = col(HEADERS.parent)
  const headcountCol = col(HEADERS.headcount)
  const kindCol = col(HEADERS.kind)

  const rows: UnitImportRow[] = []
  const dataRows = cells.slice(headerIndex + 1)
  if (dataRows.length > MAX_UNIT_ROWS) {
    return { sheet, rows: [], issues: [{ row: headerIndex + 1, message: `Tệp có ${dataRows.length} dòng, vượt quá giới hạn ${MAX_UNIT_ROWS} đơn vị mỗi lần nhập` }] }
  }
  const seen = new Map<string, number>()
  dataRows.forEach((r, i) => {
    const rowNumber = headerIndex + 2 + i
    if (r.every((c) => !c?.trim())) return
    const name = nfc(r[nameCol] ?? '').trim().replace(/\s+/g, ' ')
    const parentName = parentCol >= 0 ? nfc(r[parentCol] ?? '').trim().replace(/\s+/g, ' ') || null : null
    const rawHeadcount = headcountCol >= 0 ? (r[headcountCol] ?? '').trim().replace(/[.,\s](?=\d{3}\b)/g, '') : ''
    const headcount = rawHeadcount === '' ? null : Number(rawHeadcount)
    const rawKind = kindCol >= 0 ? foldDiacritics(r[kindCol] ?? '') : ''
    const kind = rawKind ? KIND_WORDS[rawKind] : 'UNIT'
    const at = (column: number) => `${columnLetter(column)} (${cells[headerIndex][column]})`
    const check = unitRowSchema.safeParse({ name, headcount: Number.isNaN(headcount) ? -1 : headcount })
    let ok = true
    if (!check.success) {
      for (const issue of check.error.issues) {
        const column = issue.path[0] === 'name' ? nameCol : headcountCol
        issues.push({ row: rowNumber, column: at(column), message: Number.isNaN(headcount) && issue.path[0] === 'headcount' ? `Số người "${rawHeadcount}" không phải là số` : issue.message })
      }
      ok = false
    }
    if (rawKind && !kind) {
      issues.push({ row: rowNumber, column: at(kindCol), message: `Loại "${r[kindCol]}" không hợp lệ (dùng: Thành phố, Sở/ngành, Phường/xã, Đơn vị)` })
      ok = false
    }
    const key = foldDiacritics(name)
    if (name && seen.has(key)) {
      issues.push({ row: rowNumber, column: at(nameCol), message: `Đơn vị "${name}" trùng với dòng ${seen.get(key)}` })
      ok = false
    }
    if (name) seen.set(key, rowNumber)
    if (parentName && foldDiacritics(parentName) === key) {
      issues.push({ row: rowNumber, column: at(parentCol), message: 'Đơn vị không thể là cấp trên của chính nó' })
      ok = false
    }
    if (ok) rows.push({ row: rowNumber, name, parentName, headcount, kind: kind ?? 'UNIT' })
  })

  const known = new Set([...existingNames.map(foldDiacritics), ...rows.map((r) => foldDiacritics(r.name))])
  const valid = rows.filter((r) => {
    if (!r.parentName || known.has(foldDiacritics(r.parentName))) return true
    issues.push({ row: r.row, column: `${columnLetter(parentCol)} (${cells[headerIndex][parentCol]})`, message: `Không tìm thấy đơn vị cấp trên "${r.parentName}" trong hệ thống hoặc trong tệp` })
    return false
  })
  return { sheet, rows: orderParentsFirst(valid), issues: issues.sort((a, b) => a.row - b.row) }
}

/** Parents before children, so one pass can create them; a cycle in the file stays at the end and is reported by the caller. */
function orderParentsFirst(rows: UnitImportRow[]): UnitImportRow[] {
  const inFile = new Map(rows.map((r) => [foldDiacritics(r.name), r]))
  const out: UnitImportRow[] = []
  const state = new Map<UnitImportRow, 'visiting' | 'done'>()
  const visit = (r: UnitImportRow) => {
    if (state.get(r)) return
    state.set(r, 'visiting')
    const parent = r.parentName ? inFile.get(foldDiacritics(r.parentName)) : undefined
    if (parent) visit(parent)
    state.set(r, 'done')
    out.push(r)
  }
  rows.forEach(visit)
  return out
}
