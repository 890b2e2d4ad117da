import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodePng, encodePng } from './png.server'
import { prepareImage } from './prepare-image.server'

/** A seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
]

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0)
  return Buffer.concat([head, data, crc])
}

interface Spec {
  width: number
  height: number
  colorType: number
  bitDepth: number
  interlaced?: boolean
  palette?: number[]
  trns?: number[]
  /** Raw channel values of pixel (x, y) at the image's bit depth. */
  sample: (x: number, y: number) => number[]
}

/**
 * An independent, straightforward PNG writer for the test: any colour type,
 * bit depth and Adam7, with a random filter per row.
 */
function writePng(spec: Spec, random: () => number, forceFilter?: number): Buffer {
  const { width, height, colorType, bitDepth } = spec
  const channels = CHANNELS[colorType]
  const bpp = Math.max(1, (channels * bitDepth) >> 3)
  const passes = spec.interlaced ? ADAM7 : [[0, 0, 1, 1]]
  const parts: number[] = []
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx)
    const h = Math.ceil((height - y0) / dy)
    if (w <= 0 || h <= 0) continue
    const rowBytes = Math.ceil((w * channels * bitDepth) / 8)
    let prev = new Uint8Array(rowBytes)
    for (let y = 0; y < h; y++) {
      const row = new Uint8Array(rowBytes)
      let bit = 0
      for (let x = 0; x < w; x++) {
        for (const v of spec.sample(x0 + x * dx, y0 + y * dy)) {
          if (bitDepth === 16) {
            row[bit >> 3] = v >> 8
            row[(bit >> 3) + 1] = v & 0xff
          } else {
            row[bit >> 3] |= v << (8 - bitDepth - (bit & 7))
          }
          bit += bitDepth
        }
      }
      const filter = forceFilter ?? Math.floor(random() * 5)
      parts.push(filter)
      for (let i = 0; i < rowBytes; i++) {
        const a = i >= bpp ? row[i - bpp] : 0
        const b = prev[i]
        const c = i >= bpp ? prev[i - bpp] : 0
        const p = a + b - c
        const paeth =
          Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
        const predictor = [0, a, b, (a + b) >> 1, paeth][filter]
        parts.push((row[i] - predictor) & 0xff)
      }
      prev = row
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = bitDepth
  ihdr[9] = colorType
  ihdr[12] = spec.interlaced ? 1 : 0
  const data = deflateSync(Buffer.from(parts))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(spec.palette ? [chunk('PLTE', Uint8Array.from(spec.palette))] : []),
    ...(spec.trns ? [chunk('tRNS', Uint8Array.from(spec.trns))] : []),
    // Split IDAT in two: decoders must concatenate them.
    chunk('IDAT', data.subarray(0, data.length >> 1)),
    chunk('IDAT', data.subarray(data.length >> 1)),
    chunk('IEND', new Uint8Array(0)),
  ])
}

/** What a correct decoder must produce for spec, pixel by pixel (RGBA8). */
function expected(spec: Spec): Uint8Array {
  const { width, height, colorType, bitDepth } = spec
  const max = 2 ** bitDepth - 1
  const to8 = (v: number) => (bitDepth === 16 ? v >> 8 : Math.round((v * 255) / max))
  const key16 = (i: number) => (spec.trns ? (spec.trns[2 * i] << 8) | spec.trns[2 * i + 1] : -1)
  const out = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = spec.sample(x, y)
      let px: number[]
      if (colorType === 0) px = [to8(s[0]), to8(s[0]), to8(s[0]), s[0] === key16(0) ? 0 : 255]
      else if (colorType === 2)
        px = [to8(s[0]), to8(s[1]), to8(s[2]), s[0] === key16(0) && s[1] === key16(1) && s[2] === key16(2) ? 0 : 255]
      else if (colorType === 3) {
        const p = spec.palette ?? []
        px = [p[3 * s[0]], p[3 * s[0] + 1], p[3 * s[0] + 2], spec.trns?.[s[0]] ?? 255]
      } else if (colorType === 4) px = [to8(s[0]), to8(s[0]), to8(s[0]), to8(s[1])]
      else px = s.map(to8)
      out.set(px, (y * width + x) * 4)
    }
  }
  return out
}

function randomSpec(colorType: number, bitDepth: number, interlaced: boolean, seed: number): Spec {
  const random = rng(seed)
  const width = 1 + Math.floor(random() * 23)
  const height = 1 + Math.floor(random() * 19)
  const max = 2 ** bitDepth - 1
  const channels = CHANNELS[colorType]
  const paletteSize = Math.min(max + 1, 7)
  const pixels = Array.from({ length: width * height }, () =>
    Array.from({ length: channels }, () => Math.floor(random() * (colorType === 3 ? paletteSize : max + 1))),
  )
  const spec: Spec = { width, height, colorType, bitDepth, interlaced, sample: (x, y) => pixels[y * width + x] }
  if (colorType === 3) {
    spec.palette = Array.from({ length: paletteSize * 3 }, () => Math.floor(random() * 256))
    spec.trns = [0, 128, 255]
  }
  // A tRNS colour key equal to the first pixel, so the key path is exercised.
  if (colorType === 0 || colorType === 2) spec.trns = pixels[0].flatMap((v) => [v >> 8, v & 0xff])
  return spec
}

describe('decodePng', () => {
  const cases: [number, number][] = [
    [0, 1],
    [0, 2],
    [0, 4],
    [0, 8],
    [0, 16],
    [2, 8],
    [2, 16],
    [3, 1],
    [3, 2],
    [3, 4],
    [3, 8],
    [4, 8],
    [4, 16],
    [6, 8],
    [6, 16],
  ]
  for (const [colorType, bitDepth] of cases) {
    for (const interlaced of [false, true]) {
      it(`decodes colour type ${colorType}, ${bitDepth}-bit${interlaced ? ', Adam7' : ''}`, () => {
        for (let seed = 1; seed <= 8; seed++) {
          const spec = randomSpec(colorType, bitDepth, interlaced, seed * 97 + colorType * 13 + bitDepth)
          const image = decodePng(writePng(spec, rng(seed)))
          expect({ width: image.width, height: image.height }).toEqual({ width: spec.width, height: spec.height })
          expect(image.data).toEqual(expected(spec))
        }
      })
    }
  }

  it('decodes rows that all use the Paeth filter, including its tie-breaks', () => {
    // Few distinct values make equal Paeth distances (ties) common.
    const random = rng(11)
    const values = Array.from({ length: 60 * 40 * 3 }, () => [0, 64, 128][Math.floor(random() * 3)])
    const spec: Spec = {
      width: 60,
      height: 40,
      colorType: 2,
      bitDepth: 8,
      sample: (x, y) => values.slice((y * 60 + x) * 3, (y * 60 + x) * 3 + 3),
    }
    expect(decodePng(writePng(spec, rng(1), 4)).data).toEqual(expected(spec))
  })

  it('round-trips what encodePng writes', () => {
    const random = rng(7)
    const data = Uint8Array.from({ length: 31 * 17 * 4 }, () => Math.floor(random() * 256))
    expect(decodePng(encodePng({ width: 31, height: 17, data, channels: 4 })).data).toEqual(data)
    const rgb = Uint8Array.from({ length: 5 * 3 * 3 }, () => Math.floor(random() * 256))
    const decoded = decodePng(encodePng({ width: 5, height: 3, data: rgb, channels: 3 })).data
    expect(decoded.filter((_, i) => i % 4 !== 3)).toEqual(rgb)
    expect(decoded.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true)
  })

  it('refuses truncated data and decompression bombs', () => {
    const spec = randomSpec(6, 8, false, 3)
    const png = writePng(spec, rng(1))
    expect(() => decodePng(png.subarray(0, png.length - 30))).toThrow()
    // A 1×1 image whose IDAT inflates to a megabyte.
    const ihdr = Buffer.alloc(13)
    ihdr.writeUInt32BE(1, 0)
    ihdr.writeUInt32BE(1, 4)
    ihdr[8] = 8
    ihdr[9] = 6
    const bomb = Buffer.concat([
      png.subarray(0, 8),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(1024 * 1024))),
      chunk('IEND', new Uint8Array(0)),
    ])
    expect(() => decodePng(bomb)).toThrow()
  })
})

describe('prepareImage', () => {
  const paper = [250, 240, 230] as const

  it('shrinks a PNG to the printed size and flattens it onto the paper colour', () => {
    // 400×200: left half opaque red, right half fully transparent.
    const data = new Uint8Array(400 * 200 * 4)
    for (let y = 0; y < 200; y++) {
      for (let x = 0; x < 200; x++) data.set([200, 10, 20, 255], (y * 400 + x) * 4)
    }
    const png = encodePng({ width: 400, height: 200, data, channels: 4 })
    // 48 pt at 150 dpi is 100 px wide.
    const out = decodePng(prepareImage(png, { width: 48, height: 48 }, paper, 150))
    expect({ width: out.width, height: out.height }).toEqual({ width: 100, height: 50 })
    const pixel = (x: number, y: number) => Array.from(out.data.subarray((y * 100 + x) * 4, (y * 100 + x) * 4 + 4))
    expect(pixel(10, 25)).toEqual([200, 10, 20, 255])
    expect(pixel(90, 25)).toEqual([...paper, 255])
  })

  it('blends partly transparent pixels with the paper', () => {
    const png = encodePng({ width: 1, height: 1, data: Uint8Array.from([0, 0, 0, 128]), channels: 4 })
    const out = decodePng(prepareImage(png, { width: 10, height: 10 }, paper))
    expect(Array.from(out.data)).toEqual([...paper.map((c) => Math.round((c * 127) / 255)), 255])
  })

  it('keeps a small image at its own size, and caches per bytes object', () => {
    const png = encodePng({ width: 3, height: 2, data: new Uint8Array(24).fill(255), channels: 4 })
    const first = prepareImage(png, { width: 100, height: 100 }, paper)
    expect(decodePng(first).width).toBe(3)
    expect(prepareImage(png, { width: 100, height: 100 }, paper)).toBe(first)
    expect(prepareImage(png, { width: 100, height: 100 }, [0, 0, 0])).not.toBe(first)
  })

  it('passes a JPEG through untouched and refuses what validateImage refuses', () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 10, 0, 20, 1, 1, 0x11, 0, 0xff, 0xd9])
    expect(Array.from(prepareImage(jpeg, { width: 10, height: 10 }, paper))).toEqual(Array.from(jpeg))
    expect(() => prepareImage(new TextEncoder().encode('<svg/>'), { width: 10, height: 10 }, paper)).toThrow(
      'Chỉ chấp nhận ảnh PNG hoặc JPEG.',
    )
  })
})
