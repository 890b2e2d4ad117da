import { nfc } from '~/core/text/normalize'

export type DecodedText = { text: string; warning?: string } | { error: string }

/**
 * Text files come as UTF-8 (with or without BOM), UTF-16 from Notepad's
 * "Unicode", or Windows-1258 from Excel's plain "CSV" on Vietnamese Windows.
 * Output is NFC with \n line ends.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string
  let warning: string | undefined
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    text = new TextDecoder('utf-8').decode(bytes.subarray(3))
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  else {
    if (bytes.includes(0)) return { error: 'Tệp chứa dữ liệu nhị phân, không phải văn bản' }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder('windows-1258').decode(bytes)
      warning =
        'Tệp không được lưu theo bảng mã UTF-8; đã đọc theo bảng mã Windows-1258. Nếu chữ tiếng Việt bị lỗi, hãy lưu lại tệp dạng “CSV UTF-8” hoặc “UTF-8”'
    }
  }
  text = nfc(text.replace(/\r\n?/g, '\n'))
  return warning ? { text, warning } : { text }
}
