import { describe, expect, it } from 'vitest'
import { MAX_IMAGE_BYTES, validateImage } from './validate-image'

/** Signature + IHDR chunk (CRC not checked here) + padding. */
function pngHeader(width: number, height: number, { bitDepth = 8, colorType = 6, interlace = 0 } = {}): Uint8Array {
  const b = Buffer.alloc(64)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0)
  b.writeUInt32BE(13, 8)
  b.write('IHDR', 12, 'latin1')
  b.writeUInt32BE(width, 16)
  b.writeUInt32BE(height, 20)
  b[24] = bitDepth
  b[25] = colorType
  b[28] = interlace
  return b
}

/** SOI, an APP0 segment, then a frame header with the given marker. */
function jpegHeader(width: number, height: number, { sof = 0xc0, precision = 8, components = 3 } = {}): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]
  const frame = [0xff, sof, 0x00, 8 + 3 * components, precision, height >> 8, height & 0xff, width >> 8, width & 0xff, components]
  for (let c = 0; c < components; c++) frame.push(c + 1, 0x11, 0)
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xff, ...frame, 0xff, 0xda, 0, 2, 0xff, 0xd9])
}

describe('validateImage', () => {
  it('accepts PNG and reads its size from IHDR', () => {
    expect(validateImage(pngHeader(600, 300))).toEqual({ ok: true, format: 'png', width: 600, height: 300 })
    expect(validateImage(pngHeader(4000, 4000, { colorType: 3, bitDepth: 4, interlace: 1 }))).toMatchObject({ ok: true })
  })

  it('accepts baseline and progressive JPEG, skipping segments and fill bytes', () => {
    expect(validateImage(jpegHeader(1024, 768))).toEqual({ ok: true, format: 'jpeg', width: 1024, height: 768 })
    expect(validateImage(jpegHeader(20, 10, { sof: 0xc2, components: 1 }))).toMatchObject({ ok: true, width: 20 })
    expect(validateImage(jpegHeader(20, 10, { components: 4 }))).toMatchObject({ ok: true })
  })

  it('decides by magic bytes, not by what the file claims to be', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00')
    const pdf = new TextEncoder().encode('%PDF-1.7\n')
    for (const bytes of [svg, gif, pdf, new Uint8Array([0x89, 0x50, 0x4e])]) {
      expect(validateImage(bytes)).toEqual({ ok: false, error: 'Chỉ chấp nhận ảnh PNG hoặc JPEG.' })
    }
    expect(validateImage(new Uint8Array(0))).toEqual({ ok: false, error: 'Tệp ảnh rỗng.' })
  })

  it('rejects files over 1 MB before looking inside', () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set(pngHeader(10, 10))
    expect(validateImage(big)).toEqual({ ok: false, error: 'Ảnh quá lớn (1,0 MB). Dung lượng tối đa là 1 MB.' })
    const exactly = new Uint8Array(MAX_IMAGE_BYTES)
    exactly.set(pngHeader(10, 10))
    expect(validateImage(exactly)).toMatchObject({ ok: true })
  })

  it('rejects images over 4000 px on either side, and empty ones', () => {
    expect(validateImage(pngHeader(4001, 10))).toEqual({
      ok: false,
      error: 'Ảnh quá lớn: 4001 × 10 điểm ảnh. Mỗi chiều tối đa 4000 điểm ảnh.',
    })
    expect(validateImage(jpegHeader(100, 5000))).toMatchObject({ ok: false, error: expect.stringContaining('100 × 5000') })
    expect(validateImage(pngHeader(0, 10))).toEqual({ ok: false, error: 'Ảnh không có kích thước hợp lệ.' })
  })

  it('rejects broken headers and formats PDF readers cannot show', () => {
    expect(validateImage(pngHeader(10, 10).slice(0, 20))).toMatchObject({ error: expect.stringContaining('PNG bị hỏng') })
    expect(validateImage(pngHeader(10, 10, { colorType: 2, bitDepth: 4 }))).toMatchObject({ error: expect.stringContaining('PNG bị hỏng') })
    expect(validateImage(pngHeader(10, 10, { interlace: 2 }))).toMatchObject({ ok: false })
    expect(validateImage(jpegHeader(10, 10).slice(0, 12))).toMatchObject({ error: expect.stringContaining('JPEG bị hỏng') })
    expect(validateImage(jpegHeader(10, 10, { sof: 0xc3 }))).toMatchObject({ error: expect.stringContaining('chưa được hỗ trợ') })
    expect(validateImage(jpegHeader(10, 10, { sof: 0xc9 }))).toMatchObject({ error: expect.stringContaining('chưa được hỗ trợ') })
    expect(validateImage(jpegHeader(10, 10, { precision: 12 }))).toMatchObject({ error: expect.stringContaining('chưa được hỗ trợ') })
    expect(validateImage(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]))).toMatchObject({
      error: expect.stringContaining('JPEG bị hỏng'),
    })
  })
})
