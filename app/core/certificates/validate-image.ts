/**
 * Checks an uploaded logo or signature before it is stored: the type comes
 * from the file's magic bytes (never its name or declared MIME type) and the
 * dimensions from its header, so nothing is decoded here. The formats
 * accepted are exactly those the PDF renderer can embed.
 */

export const MAX_IMAGE_BYTES = 1024 * 1024
export const MAX_IMAGE_DIMENSION = 4000

export type ImageFormat = 'png' | 'jpeg'

export type ImageCheck =
  | { ok: true; format: ImageFormat; width: number; height: number }
  | { ok: false; error: string }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const fail = (error: string): ImageCheck => ({ ok: false, error })

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`
}

export function validateImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return fail('Tệp ảnh rỗng.')
  if (bytes.length > MAX_IMAGE_BYTES) {
    return fail(`Ảnh quá lớn (${formatMegabytes(bytes.length)}). Dung lượng tối đa là 1 MB.`)
  }
  const header = isPng(bytes) ? readPngHeader(bytes) : isJpeg(bytes) ? readJpegHeader(bytes) : null
  if (!header) return fail('Chỉ chấp nhận ảnh PNG hoặc JPEG.')
  if ('error' in header) return fail(header.error)
  const { width, height } = header
  if (width < 1 || height < 1) return fail('Ảnh không có kích thước hợp lệ.')
  if (width > MAX_IMAGE_DIMENSION || height > MAX_IMAGE_DIMENSION) {
    return fail(
      `Ảnh quá lớn: ${width} × ${height} điểm ảnh. Mỗi chiều tối đa ${MAX_IMAGE_DIMENSION} điểm ảnh.`,
    )
  }
  return { ok: true, format: header.format, width, height }
}

type Header = { format: ImageFormat; width: number; height: number } | { error: string }

function isPng(b: Uint8Array): boolean {
  return b.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((v, i) => b[i] === v)
}

function isJpeg(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
}

const u16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u32 = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0

/** Valid (colour type → allowed bit depths) pairs from the PNG specification. */
const PNG_BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
}

function readPngHeader(b: Uint8Array): Header {
  const broken = { error: 'Tệp PNG bị hỏng: không đọc được kích thước ảnh.' }
  // IHDR must be the first chunk: length 13 at offset 8, type at 12, data at 16.
  if (b.length < 33) return broken
  const isIhdr = u32(b, 8) === 13 && b[12] === 0x49 && b[13] === 0x48 && b[14] === 0x44 && b[15] === 0x52
  if (!isIhdr) return broken
  const width = u32(b, 16)
  const height = u32(b, 20)
  const bitDepth = b[24]
  const colorType = b[25]
  const allowedDepths = PNG_BIT_DEPTHS[colorType]
  if (!allowedDepths || !allowedDepths.includes(bitDepth) || b[26] !== 0 || b[27] !== 0 || b[28] > 1) {
    return broken
  }
  return { format: 'png', width, height }
}

/**
 * Walks the JPEG markers up to the frame header. Only baseline, extended and
 * progressive 8-bit JPEGs (SOF0–SOF2) with 1, 3 or 4 components: PDF readers
 * cannot show lossless or arithmetic-coded ones.
 */
function readJpegHeader(b: Uint8Array): Header {
  const broken = { error: 'Tệp JPEG bị hỏng: không đọc được kích thước ảnh.' }
  const unsupported = {
    error: 'Kiểu nén JPEG này chưa được hỗ trợ. Hãy lưu lại ảnh ở dạng JPEG thông thường hoặc PNG.',
  }
  let pos = 2
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return broken
    // Any number of 0xFF fill bytes may precede a marker.
    while (pos < b.length && b[pos] === 0xff) pos++
    if (pos >= b.length) return broken
    const marker = b[pos++]
    // Standalone markers carry no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue
    if (marker === 0xd9 || marker === 0xda) return broken // image data or end before any frame header
    if (pos + 2 > b.length) return broken
    const length = u16(b, pos)
    if (length < 2 || pos + length > b.length) return broken
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) {
      if (marker > 0xc2) return unsupported
      if (length < 8) return broken
      const precision = b[pos + 2]
      const height = u16(b, pos + 3)
      const width = u16(b, pos + 5)
      const components = b[pos + 7]
      if (precision !== 8 || ![1, 3, 4].includes(components)) return unsupported
      return { format: 'jpeg', width, height }
    }
    pos += length
  }
  return broken
}
