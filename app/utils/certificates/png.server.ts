import { crc32, deflateSync, inflateSync } from 'node:zlib'

/**
 * A small PNG codec, so an uploaded logo or signature is decoded once per
 * batch, shrunk to the size it is printed at and flattened, instead of pdfkit
 * decoding the full-size image (and its alpha channel) again for every one
 * of thousands of certificates. Handles every colour type and bit depth,
 * palettes, tRNS transparency and Adam7 interlacing.
 */

export interface RgbaImage {
  width: number
  height: number
  /** 8-bit RGBA, row after row, not premultiplied. */
  data: Uint8Array
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** Adam7 passes: x start, y start, x step, y step. */
const ADAM7: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
]

interface Header {
  width: number
  height: number
  bitDepth: number
  colorType: number
  interlaced: boolean
}

export function decodePng(bytes: Uint8Array): RgbaImage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file')
  let header: Header | null = null
  let palette: Uint8Array | null = null
  let transparency: Uint8Array | null = null
  const idat: Buffer[] = []
  let pos = 8
  while (pos + 8 <= buf.length) {
    const length = buf.readUInt32BE(pos)
    const type = buf.toString('latin1', pos + 4, pos + 8)
    const data = buf.subarray(pos + 8, pos + 8 + length)
    if (data.length !== length) throw new Error('Truncated PNG chunk')
    pos += 12 + length
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8],
        colorType: data[9],
        interlaced: data[12] === 1,
      }
    } else if (type === 'PLTE') palette = data
    else if (type === 'tRNS') transparency = data
    else if (type === 'IDAT') idat.push(data)
    else if (type === 'IEND') break
  }
  if (!header || !(header.colorType in CHANNELS)) throw new Error('PNG without a valid header')
  const { width, height, bitDepth, colorType } = header
  const channels = CHANNELS[colorType]
  const bitsPerPixel = channels * bitDepth
  const passes = header.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const)
  const sizes = passes.map(([x0, y0, dx, dy]) => ({
    w: Math.ceil((width - x0) / dx),
    h: Math.ceil((height - y0) / dy),
  }))
  const expected = sizes.reduce(
    (sum, { w, h }) => sum + (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0),
    0,
  )
  // maxOutputLength guards against a decompression bomb hidden in a small file.
  const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 })
  if (raw.length < expected) throw new Error('Truncated PNG image data')

  const out = new Uint8Array(width * height * 4)
  const sample = sampleReader(header, palette, transparency)
  let offset = 0
  passes.forEach(([x0, y0, dx, dy], p) => {
    const { w, h } = sizes[p]
    if (w <= 0 || h <= 0) return
    const rowBytes = Math.ceil((w * bitsPerPixel) / 8)
    const passBytes = h * (rowBytes + 1)
    const rows = unfilter(raw.subarray(offset, offset + passBytes), h, rowBytes, Math.max(1, bitsPerPixel >> 3))
    offset += passBytes
    for (let y = 0; y < h; y++) {
      const row = rows.subarray(y * rowBytes, (y + 1) * rowBytes)
      for (let x = 0; x < w; x++) {
        sample(row, x, out, ((y0 + y * dy) * width + x0 + x * dx) * 4)
      }
    }
  })
  return { width, height, data: out }
}

function unfilter(data: Uint8Array, height: number, rowBytes: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * rowBytes)
  for (let y = 0; y < height; y++) {
    const filter = data[y * (rowBytes + 1)]
    const src = y * (rowBytes + 1) + 1
    const dst = y * rowBytes
    const prev = dst - rowBytes
    for (let i = 0; i < rowBytes; i++) {
      const left = i >= bpp ? out[dst + i - bpp] : 0
      const up = y > 0 ? out[prev + i] : 0
      const upLeft = y > 0 && i >= bpp ? out[prev + i - bpp] : 0
      let predictor = 0
      if (filter === 1) predictor = left
      else if (filter === 2) predictor = up
      else if (filter === 3) predictor = (left + up) >> 1
      else if (filter === 4) predictor = paeth(left, up, upLeft)
      else if (filter !== 0) throw new Error(`Unknown PNG filter ${filter}`)
      out[dst + i] = (data[src + i] + predictor) & 0xff
    }
  }
  return out
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

type SampleReader = (row: Uint8Array, x: number, out: Uint8Array, at: number) => void

/** Returns a function that writes pixel x of an unfiltered row as RGBA8. */
function sampleReader(header: Header, palette: Uint8Array | null, trns: Uint8Array | null): SampleReader {
  const { bitDepth, colorType } = header
  const channels = CHANNELS[colorType]
  const max = (1 << bitDepth) - 1
  // Raw sample c of pixel x, at the image's own bit depth.
  const raw = (row: Uint8Array, x: number, c: number): number => {
    if (bitDepth === 8) return row[x * channels + c]
    if (bitDepth === 16) return (row[(x * channels + c) * 2] << 8) | row[(x * channels + c) * 2 + 1]
    const bit = (x * channels + c) * bitDepth
    return (row[bit >> 3] >> (8 - bitDepth - (bit & 7))) & max
  }
  const to8 = (v: number) => (bitDepth === 16 ? v >> 8 : bitDepth === 8 ? v : Math.round((v * 255) / max))
  const trnsValue = (i: number) => (trns && trns.length >= i * 2 + 2 ? (trns[i * 2] << 8) | trns[i * 2 + 1] : -1)

  switch (colorType) {
    case 0: {
      const key = trnsValue(0)
      return (row, x, out, at) => {
        const v = raw(row, x, 0)
        const g = to8(v)
        out[at] = out[at + 1] = out[at + 2] = g
        out[at + 3] = v === key ? 0 : 255
      }
    }
    case 2: {
      const [kr, kg, kb] = [trnsValue(0), trnsValue(1), trnsValue(2)]
      return (row, x, out, at) => {
        const r = raw(row, x, 0)
        const g = raw(row, x, 1)
        const b = raw(row, x, 2)
        out[at] = to8(r)
        out[at + 1] = to8(g)
        out[at + 2] = to8(b)
        out[at + 3] = r === kr && g === kg && b === kb ? 0 : 255
      }
    }
    case 3: {
      if (!palette) throw new Error('Palette PNG without PLTE')
      const pal = palette
      return (row, x, out, at) => {
        const i = raw(row, x, 0)
        if (i * 3 + 2 >= pal.length) throw new Error('PNG palette index out of range')
        out[at] = pal[i * 3]
        out[at + 1] = pal[i * 3 + 1]
        out[at + 2] = pal[i * 3 + 2]
        out[at + 3] = trns && i < trns.length ? trns[i] : 255
      }
    }
    case 4:
      return (row, x, out, at) => {
        const g = to8(raw(row, x, 0))
        out[at] = out[at + 1] = out[at + 2] = g
        out[at + 3] = to8(raw(row, x, 1))
      }
    default:
      return (row, x, out, at) => {
        out[at] = to8(raw(row, x, 0))
        out[at + 1] = to8(raw(row, x, 1))
        out[at + 2] = to8(raw(row, x, 2))
        out[at + 3] = to8(raw(row, x, 3))
      }
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/** Encodes 8-bit RGB (3 channels) or RGBA (4), non-interlaced, with the Up filter. */
export function encodePng(image: { width: number; height: number; data: Uint8Array; channels: 3 | 4 }): Buffer {
  const { width, height, data, channels } = image
  const rowBytes = width * channels
  if (data.length !== rowBytes * height) throw new RangeError('Pixel data does not match the size')
  const filtered = Buffer.alloc(height * (rowBytes + 1))
  for (let y = 0; y < height; y++) {
    const dst = y * (rowBytes + 1)
    filtered[dst] = 2
    for (let i = 0; i < rowBytes; i++) {
      const up = y > 0 ? data[(y - 1) * rowBytes + i] : 0
      filtered[dst + 1 + i] = (data[y * rowBytes + i] - up) & 0xff
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = channels === 4 ? 6 : 2
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(filtered)),
    chunk('IEND', new Uint8Array(0)),
  ])
}
