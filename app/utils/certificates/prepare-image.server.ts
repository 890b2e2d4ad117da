import { validateImage } from '~/core/certificates/validate-image'
import { type RgbaImage, decodePng, encodePng } from './png.server'

/**
 * Turns an uploaded PNG into the small opaque PNG that is actually printed:
 * shrunk to `dpi` at its printed size and flattened onto the paper colour.
 * pdfkit embeds such a PNG without decoding it, so every certificate after
 * the first costs almost nothing for its images, and a 1 MB upload does not
 * make each PDF 1 MB. JPEGs are embedded as they are (pdfkit copies them
 * without decoding; shrinking one would need a JPEG codec).
 *
 * Results are cached per bytes object: render a batch with the same Buffer
 * for the template's logo and signature and the work is done once.
 */

export type Rgb = readonly [number, number, number]

export interface PrintBox {
  /** Printed size in PDF points (1/72 inch). */
  width: number
  height: number
}

export const PRINT_DPI = 300

const cache = new WeakMap<Uint8Array, Map<string, Buffer>>()

export function prepareImage(bytes: Uint8Array, box: PrintBox, background: Rgb, dpi = PRINT_DPI): Buffer {
  const key = `${box.width}x${box.height}@${dpi}:${background.join(',')}`
  let entries = cache.get(bytes)
  const hit = entries?.get(key)
  if (hit) return hit
  const check = validateImage(bytes)
  if (!check.ok) throw new Error(check.error)
  const prepared =
    check.format === 'jpeg'
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : flattenPng(decodePng(bytes), box, background, dpi)
  if (!entries) {
    entries = new Map()
    cache.set(bytes, entries)
  }
  entries.set(key, prepared)
  return prepared
}

function flattenPng(image: RgbaImage, box: PrintBox, background: Rgb, dpi: number): Buffer {
  const maxWidth = Math.ceil((box.width * dpi) / 72)
  const maxHeight = Math.ceil((box.height * dpi) / 72)
  const scale = Math.min(1, maxWidth / image.width, maxHeight / image.height)
  const width = Math.max(1, Math.round(image.width * scale))
  const height = Math.max(1, Math.round(image.height * scale))
  return encodePng({ width, height, data: shrinkOnto(image, width, height, background), channels: 3 })
}

/**
 * Box-filter downscale fused with compositing: averaging alpha-weighted
 * colour then blending with the background equals blending every source
 * pixel first, because both are linear.
 */
function shrinkOnto(image: RgbaImage, width: number, height: number, [bgR, bgG, bgB]: Rgb): Uint8Array {
  const { width: sw, height: sh, data } = image
  const xStart = new Int32Array(width + 1)
  for (let x = 0; x <= width; x++) xStart[x] = Math.min(sw, Math.floor((x * sw) / width))
  const out = new Uint8Array(width * height * 3)
  const sums = new Float64Array(width * 5)
  for (let y = 0; y < height; y++) {
    sums.fill(0)
    const y0 = Math.floor((y * sh) / height)
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sh) / height))
    for (let sy = y0; sy < y1; sy++) {
      for (let x = 0; x < width; x++) {
        const x1 = Math.max(xStart[x] + 1, xStart[x + 1])
        for (let sx = xStart[x]; sx < x1; sx++) {
          const i = (sy * sw + sx) * 4
          const a = data[i + 3]
          sums[x * 5] += data[i] * a
          sums[x * 5 + 1] += data[i + 1] * a
          sums[x * 5 + 2] += data[i + 2] * a
          sums[x * 5 + 3] += a
          sums[x * 5 + 4] += 1
        }
      }
    }
    for (let x = 0; x < width; x++) {
      const n = sums[x * 5 + 4] * 255
      const uncovered = n - sums[x * 5 + 3]
      const o = (y * width + x) * 3
      out[o] = Math.round((sums[x * 5] + bgR * uncovered) / n)
      out[o + 1] = Math.round((sums[x * 5 + 1] + bgG * uncovered) / n)
      out[o + 2] = Math.round((sums[x * 5 + 2] + bgB * uncovered) / n)
    }
  }
  return out
}
