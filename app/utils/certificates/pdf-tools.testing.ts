import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Test helpers that look at a PDF the way a person or a phone would, with
 * poppler-utils (pdftotext, pdftoppm, pdffonts, pdfinfo, pdfimages) and
 * zbar-tools (zbarimg) from Debian.
 */

export interface Word {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PdfPageWords {
  width: number
  height: number
  words: Word[]
}

// stderr is captured (zbarimg complains about D-Bus) and shows up in the error if the tool fails.
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })

export function withPdfFile<T>(pdf: Uint8Array, inspect: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cert-test-'))
  try {
    const path = join(dir, 'certificate.pdf')
    writeFileSync(path, pdf)
    return inspect(path, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function pdfText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (path) => run('pdftotext', ['-enc', 'UTF-8', path, '-']))
}

export function pdfPageCount(pdf: Uint8Array): number {
  const info = withPdfFile(pdf, (path) => run('pdfinfo', [path]))
  const match = /^Pages:\s+(\d+)/m.exec(info)
  if (!match) throw new Error(`pdfinfo printed no page count:\n${info}`)
  return Number(match[1])
}

const unescapeHtml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

/** Every word with its box in points, top-left origin, page by page (pdftotext -bbox). */
export function pdfWords(pdf: Uint8Array): PdfPageWords[] {
  const html = withPdfFile(pdf, (path) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']))
  const pages: PdfPageWords[] = []
  for (const page of html.split(/<page /).slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)
    if (!size) throw new Error('pdftotext -bbox printed a page without a size')
    const words = [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescapeHtml(m[5]) }),
    )
    pages.push({ width: +size[1], height: +size[2], words })
  }
  return pages
}

/** The contents of every QR code on page 1, rendered at the given resolution like a phone camera would see it. */
export function decodeQrCodes(pdf: Uint8Array, dpi = 150): string[] {
  return withPdfFile(pdf, (path, dir) => {
    run('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', '1', '-l', '1', path, join(dir, 'page')])
    const out = run('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', join(dir, 'page.png')])
    return out.split('\n').filter((line) => line.length > 0)
  })
}

export interface PdfFont {
  name: string
  embedded: boolean
  subset: boolean
  unicode: boolean
}

export function pdfFonts(pdf: Uint8Array): PdfFont[] {
  const out = withPdfFile(pdf, (path) => run('pdffonts', [path]))
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      // name … emb sub uni objectId generation
      const [emb, sub, uni] = cols.slice(-5, -2)
      return { name: cols[0], embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' }
    })
}

export interface PdfImage {
  width: number
  height: number
  type: string
}

export function pdfImages(pdf: Uint8Array): PdfImage[] {
  const out = withPdfFile(pdf, (path) => run('pdfimages', ['-list', path]))
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // page num type width height color comp bpc enc …
      const cols = line.trim().split(/\s+/)
      return { type: cols[2], width: Number(cols[3]), height: Number(cols[4]) }
    })
}

/** Page 1 as a JPEG file's bytes, e.g. to get a real JPEG for tests. */
export function pdfPageToJpeg(pdf: Uint8Array, dpi: number): Buffer {
  return withPdfFile(pdf, (path, dir) => {
    run('pdftoppm', ['-r', String(dpi), '-jpeg', '-singlefile', '-f', '1', '-l', '1', path, join(dir, 'page')])
    return readFileSync(join(dir, 'page.jpg'))
  })
}
