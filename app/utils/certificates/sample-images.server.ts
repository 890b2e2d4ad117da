import { encodePng } from './png.server'

/**
 * Drawn-in-code stand-ins for an uploaded logo and signature, for tests, the
 * benchmark and previews: transparent PNGs like the ones organisers upload.
 */

/** A round red emblem with a yellow five-pointed star, on transparency. */
export function sampleLogoPng(size = 600): Buffer {
  const data = new Uint8Array(size * size * 4)
  const c = (size - 1) / 2
  const outer = size * 0.48
  const star = starPolygon(c, c, size * 0.3, size * 0.12)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c)
      const i = (y * size + x) * 4
      if (d > outer) continue
      const inStar = pointInPolygon(x, y, star)
      const ring = d > outer * 0.9
      data[i] = ring ? 0xb8 : inStar ? 0xff : 0xda
      data[i + 1] = ring ? 0x86 : inStar ? 0xd7 : 0x25
      data[i + 2] = ring ? 0x2b : inStar ? 0x00 : 0x1d
      // Soft edge, so the flattening of partial alpha is exercised.
      data[i + 3] = Math.round(255 * Math.min(1, outer - d))
    }
  }
  return encodePng({ width: size, height: size, data, channels: 4 })
}

/** A blue hand-written-looking stroke on transparency. */
export function sampleSignaturePng(width = 900, height = 300): Buffer {
  const data = new Uint8Array(width * height * 4)
  const pen = Math.max(2, Math.round(height / 40))
  for (let step = 0; step <= 4000; step++) {
    const t = step / 4000
    const x = width * (0.08 + 0.84 * t)
    const y = height * (0.5 + 0.28 * Math.sin(t * Math.PI * 7) * Math.cos(t * Math.PI * 1.5))
    for (let dy = -pen; dy <= pen; dy++) {
      for (let dx = -pen; dx <= pen; dx++) {
        const px = Math.round(x + dx)
        const py = Math.round(y + dy)
        if (px < 0 || py < 0 || px >= width || py >= height || dx * dx + dy * dy > pen * pen) continue
        const i = (py * width + px) * 4
        data[i] = 0x1a
        data[i + 1] = 0x3a
        data[i + 2] = 0x8f
        data[i + 3] = 255
      }
    }
  }
  return encodePng({ width, height, data, channels: 4 })
}

function starPolygon(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (k * Math.PI) / 5
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)]
  })
}

function pointInPolygon(x: number, y: number, polygon: [number, number][]): boolean {
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]
    const [xj, yj] = polygon[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
