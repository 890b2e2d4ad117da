import { decodeText } from './decode-text'
import { fileError, fileWarning } from './finalize-preview'
import type { ImportFormat, ImportIssue } from './import-types'
import { isZip, listZipEntries } from './zip-entries'

export type DetectedFormat = { format: ImportFormat | null; issues: ImportIssue[] }

const SUPPORTED = 'Hãy dùng tệp .xlsx, .csv, .docx, .txt, .json hoặc GIFT/Aiken'

const EXPECTED_BY_EXTENSION: Record<string, ImportFormat> = {
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  csv: 'csv',
  tsv: 'csv',
  json: 'json',
  docx: 'docx',
  gift: 'gift',
  txt: 'text',
}

const LABEL: Record<ImportFormat, string> = {
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV',
  json: 'JSON',
  text: 'văn bản',
  docx: 'Word (.docx)',
  gift: 'GIFT',
  aiken: 'Aiken',
}

/**
 * What the bytes are, trusting content over the file name (a PDF renamed
 * .xlsx is still a PDF). Synchronous: zips are told apart by their entry names.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): DetectedFormat {
  const file = fileName
  const ext = extensionOf(fileName)
  const refuse = (message: string): DetectedFormat => ({ format: null, issues: [fileError(file, message)] })
  const named = ext ? `Tệp “${fileName}” có đuôi .${ext} nhưng nội dung là` : 'Tệp này là'

  if (bytes.length === 0) return refuse('Tệp rỗng, không có dữ liệu')

  const binary = binaryKind(bytes)
  if (binary === 'pdf') return refuse(`${named} PDF. Không thể nhập câu hỏi từ PDF; ${lowerFirst(SUPPORTED)}`)
  if (binary === 'ole') {
    return refuse(
      'Tệp Excel/Word định dạng cũ (.xls, .doc) hoặc tệp có đặt mật khẩu chưa được hỗ trợ. Hãy mở tệp, bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx hoặc .docx',
    )
  }
  if (binary === 'rtf') return refuse('Tệp RTF chưa được hỗ trợ; hãy mở bằng Word và lưu lại dưới dạng .docx')
  if (binary) return refuse(`${named} ${binary}, không phải tệp câu hỏi. ${SUPPORTED}`)

  if (isZip(bytes)) {
    const entries = listZipEntries(bytes)
    if (!entries) return refuse('Tệp nén bị hỏng, không đọc được')
    const names = new Set(entries.map((e) => e.name))
    let format: ImportFormat | null = null
    if (names.has('xl/workbook.xml')) format = 'xlsx'
    else if (names.has('word/document.xml')) format = 'docx'
    if (!format) {
      if (names.has('mimetype') && names.has('content.xml')) {
        return refuse('Tệp OpenDocument (.ods, .odt) chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx hoặc .docx')
      }
      return refuse(`${named} một tệp nén .zip, không phải Excel hay Word. ${SUPPORTED}`)
    }
    const issues: ImportIssue[] = []
    const expected = EXPECTED_BY_EXTENSION[ext]
    if (expected !== format) {
      issues.push(fileWarning(file, `Tệp “${fileName}” có nội dung là ${LABEL[format]}; đã đọc theo nội dung`))
    }
    return { format, issues }
  }

  const expected = EXPECTED_BY_EXTENSION[ext]
  if (expected === 'xlsx' || expected === 'docx' || ext === 'xls' || ext === 'doc' || ext === 'pdf') {
    return refuse(
      `Tệp “${fileName}” có đuôi .${ext} nhưng không phải tệp ${
        ext === 'pdf' ? 'PDF' : ext.startsWith('x') ? 'Excel' : 'Word'
      } hợp lệ`,
    )
  }
  const decoded = decodeText(bytes)
  if ('error' in decoded) return refuse(`${decoded.error}. ${SUPPORTED}`)
  const text = decoded.text
  if (!text.trim()) return refuse('Tệp rỗng, không có dữ liệu')
  if (expected === 'csv' || expected === 'json' || expected === 'gift') return { format: expected, issues: [] }
  if (ext === 'aiken') return { format: 'aiken', issues: [] }
  return { format: sniffText(text), issues: [] }
}

/** For pasted text and .txt files. */
export function sniffText(text: string): ImportFormat {
  const t = text.trim()
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      JSON.parse(t)
      return 'json'
    } catch {
      // not JSON: maybe GIFT starting with an answer block, or plain text
    }
  }
  if (looksLikeGift(text)) return 'gift'
  if (/^ANSWER:\s*[A-Z]\s*$/m.test(text) && !/^\s*c[aâ]u\s*\d+/imu.test(text)) return 'aiken'
  return 'text'
}

export function looksLikeGift(text: string): boolean {
  return (
    /^\s*(?:::[^\n]*::|\$CATEGORY:)/m.test(text) ||
    /\{\s*(?:T|F|TRUE|FALSE)\s*(?:#[^}]*)?\}/.test(text) ||
    /\{[^{}]*(?:^|\s)[=~][^{}]*\}/.test(text)
  )
}

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name.trim())
  return m ? m[1].toLowerCase() : ''
}

function binaryKind(b: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v)
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole'
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'ảnh PNG'
  if (starts(0xff, 0xd8, 0xff)) return 'ảnh JPEG'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'ảnh GIF'
  if (starts(0x52, 0x61, 0x72, 0x21)) return 'tệp nén RAR'
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return 'tệp nén 7z'
  if (starts(0x1f, 0x8b)) return 'tệp nén gzip'
  return null
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}
