import { emptyPreview, fileError, fileWarning, finalizePreview } from './finalize-preview'
import { MAX_UNZIPPED_BYTES, formatMegabytes } from './import-limits'
import type { ImportIssue, ImportPreview, PreviewImportInput } from './import-types'
import { type SheetGrid, readXlsxSheets } from './read-xlsx'
import { detectHeader, tabularPreview } from './tabular-import'
import { listZipEntries, totalUnzippedSize } from './zip-entries'

/** .xlsx: one question per row on the sheet that looks most like a question list. */
export async function previewXlsx(
  input: PreviewImportInput,
  initialIssues: ImportIssue[] = [],
): Promise<ImportPreview> {
  const file = input.fileName
  const fail = (message: string) => emptyPreview('xlsx', [...initialIssues, fileError(file, message)])

  const entries = listZipEntries(input.bytes)
  if (!entries || !entries.some((e) => e.name === 'xl/workbook.xml')) {
    return fail('Tệp Excel bị hỏng hoặc không phải định dạng .xlsx')
  }
  const unzipped = totalUnzippedSize(entries)
  if (unzipped > MAX_UNZIPPED_BYTES) {
    return fail(
      `Tệp Excel khi giải nén lớn ${formatMegabytes(unzipped)}, vượt quá giới hạn ${formatMegabytes(
        MAX_UNZIPPED_BYTES,
      )}; hãy chia thành nhiều tệp`,
    )
  }

  let sheets: SheetGrid[]
  try {
    sheets = await readXlsxSheets(input.bytes)
  } catch {
    return fail('Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở bằng Excel và lưu lại')
  }
  const names = sheets.map((s) => s.name)
  const fileIssues = [...initialIssues]

  let chosen: SheetGrid | undefined
  if (input.sheet !== undefined) {
    chosen = sheets.find((s) => s.name === input.sheet)
    if (!chosen) {
      return finalizePreview('xlsx', {
        rows: [],
        sheets: names,
        fileIssues: [
          ...fileIssues,
          fileError(file, `Không có trang tính “${input.sheet}”; tệp có: ${names.map((n) => `“${n}”`).join(', ')}`),
        ],
      })
    }
  } else {
    const scored = sheets
      .filter((s) => !s.hidden && s.rows.length > 0)
      .map((s) => ({ sheet: s, guess: detectHeader(s.rows) }))
    const withHeader = scored.filter((s) => s.guess)
    const best = withHeader.reduce<(typeof withHeader)[number] | undefined>(
      (acc, s) => (!acc || (s.guess?.score ?? 0) > (acc.guess?.score ?? 0) ? s : acc),
      undefined,
    )
    chosen = best?.sheet ?? scored[0]?.sheet
    for (const other of withHeader) {
      if (other.sheet !== chosen) {
        fileIssues.push(
          fileWarning(
            file,
            `Trang tính “${other.sheet.name}” cũng có dạng danh sách câu hỏi nhưng chưa được nhập; hãy chọn trang tính đó để nhập riêng`,
          ),
        )
      }
    }
  }
  if (!chosen || chosen.rows.length === 0) {
    return finalizePreview('xlsx', {
      rows: [],
      sheets: names,
      ...(chosen ? { sheet: chosen.name } : {}),
      fileIssues: [...fileIssues, fileError(file, 'Tệp Excel không có dữ liệu')],
    })
  }

  const sheet = chosen.name
  const result = tabularPreview(chosen.rows, {
    file,
    place: (row) => ({ file, sheet, row }),
    columnLetters: true,
    mapping: input.mapping,
    headerRow: input.headerRow,
    defaults: input.defaults,
  })
  return finalizePreview('xlsx', {
    ...result,
    sheet,
    sheets: names,
    fileIssues: [...fileIssues, ...result.fileIssues],
  })
}
