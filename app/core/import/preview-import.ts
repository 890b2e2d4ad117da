import { columnMappingSchema } from './column-mapping'
import { detectFormat } from './detect-format'
import { emptyPreview, fileError } from './finalize-preview'
import { previewCsv } from './import-csv'
import { previewDocx } from './import-docx'
import { previewGift } from './import-gift'
import { previewJson } from './import-json'
import { MAX_IMPORT_BYTES, formatMegabytes } from './import-limits'
import { previewText } from './import-text'
import type { ImportPreview, PreviewImportInput } from './import-types'
import { previewXlsx } from './import-xlsx'

/**
 * The one entry for every import: bytes in, a preview out, nothing stored.
 * Server-only (pulls in exceljs and jszip); the UI uses the client-safe
 * modules (import-types, column-mapping, describe-location).
 */
export async function previewImport(input: PreviewImportInput): Promise<ImportPreview> {
  const file = input.fileName
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    return emptyPreview('unknown', [
      fileError(
        file,
        `Tệp nặng ${formatMegabytes(input.bytes.length)}, vượt quá giới hạn ${formatMegabytes(
          MAX_IMPORT_BYTES,
        )} mỗi lần nhập; hãy chia thành nhiều tệp hoặc bỏ hình ảnh trong tệp`,
      ),
    ])
  }
  if (input.mapping !== undefined && !columnMappingSchema.safeParse(input.mapping).success) {
    return emptyPreview('unknown', [fileError(file, 'Cách chọn cột không hợp lệ; hãy chọn lại cột cho từng thông tin')])
  }
  const detected = detectFormat(file, input.bytes)
  if (!detected.format) return emptyPreview('unknown', detected.issues)
  switch (detected.format) {
    case 'xlsx':
      return previewXlsx(input, detected.issues)
    case 'csv':
      return previewCsv(input, detected.issues)
    case 'json':
      return previewJson(input, detected.issues)
    case 'docx':
      return previewDocx(input, detected.issues)
    case 'gift':
      return previewGift(input, detected.issues)
    case 'text':
    case 'aiken':
      return previewText(input, detected.format, detected.issues)
  }
}
