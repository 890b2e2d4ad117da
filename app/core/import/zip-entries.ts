/**
 * Lists a zip's entries from its central directory without inflating
 * anything: enough to tell .xlsx from .docx synchronously and to refuse a
 * zip bomb before a parser expands it in memory.
 */

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** null when the bytes are not a readable zip. ZIP64 sizes read as Infinity (nothing legitimate here needs them). */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (!isZip(bytes) || bytes.length < 22) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)
  const decoder = new TextDecoder('utf-8')
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return null
    const compressed = view.getUint32(offset + 20, true)
    const uncompressed = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    entries.push({
      name,
      compressedSize: compressed === 0xffffffff ? Infinity : compressed,
      uncompressedSize: uncompressed === 0xffffffff ? Infinity : uncompressed,
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

export function totalUnzippedSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
}
