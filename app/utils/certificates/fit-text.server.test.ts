import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { type FitTextOptions, type FitTextResult, type TextBox, fitText } from './fit-text.server'
import { certificateFonts } from './fonts.server'
import { type PdfPageWords, pdfWords } from './pdf-tools.testing'

interface Case {
  text: string
  box: TextBox
  options: Omit<FitTextOptions, 'font'>
}

/** Draws each case on its own page, so pdftotext's words can be matched to their box. */
async function render(cases: Case[]): Promise<{ results: FitTextResult[]; pages: PdfPageWords[] }> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, autoFirstPage: false, font: '' })
  doc.registerFont('serif', certificateFonts().serif as unknown as PDFKit.Mixins.PDFFontSource)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const results = cases.map(({ text, box, options }) => {
    doc.addPage()
    return fitText(doc, text, box, { font: 'serif', ...options })
  })
  doc.end()
  const pages = pdfWords(await done)
  expect(pages).toHaveLength(cases.length)
  return { results, pages }
}

const SLACK = 0.75

function expectInside(page: PdfPageWords, box: TextBox): void {
  const outside = page.words.filter(
    (w) =>
      w.xMin < box.x - SLACK ||
      w.yMin < box.y - SLACK ||
      w.xMax > box.x + box.width + SLACK ||
      w.yMax > box.y + box.height + SLACK,
  )
  expect(outside).toEqual([])
}

const words = (page: PdfPageWords) => page.words.map((w) => w.text).join(' ')

/** Seeded, so a failing case can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('fitText', () => {
  const box: TextBox = { x: 100, y: 100, width: 300, height: 60 }

  it('keeps a short text on one line at the largest size', async () => {
    const { results, pages } = await render([
      { text: 'Nguyễn Thị Ngọc Ánh', box, options: { maxSize: 24, minSize: 10, singleLineMinSize: 10 } },
    ])
    expect(results[0]).toMatchObject({ size: 24, mode: 'single' })
    expect(new Set(pages[0].words.map((w) => w.yMin)).size).toBe(1)
    expectInside(pages[0], box)
  })

  it('shrinks a longer text to stay on one line, then wraps one that is longer still', async () => {
    const longer = 'Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bảo Châu'
    const longest = `${longer} ${longer} ${longer}`
    const { results, pages } = await render([
      { text: longer, box, options: { maxSize: 24, minSize: 10, singleLineMinSize: 10 } },
      { text: longest, box, options: { maxSize: 24, minSize: 10, singleLineMinSize: 10 } },
    ])
    expect(results[0].mode).toBe('single')
    expect(results[0].size).toBeLessThan(24)
    expect(results[0].size).toBeGreaterThanOrEqual(10)
    expect(results[1].mode).toBe('wrapped')
    expect(new Set(pages[1].words.map((w) => Math.round(w.yMin))).size).toBeGreaterThan(1)
    expect(words(pages[1])).toBe(longest)
    for (const [i, page] of pages.entries()) expectInside(page, [box, box][i])
  })

  it('draws each paragraph on its own line', async () => {
    const { pages } = await render([
      { text: 'Đơn vị: Sở Tư pháp\nĐạt Giải Nhất\nSố điểm: 9,5/10', box, options: { maxSize: 14, minSize: 8 } },
    ])
    const lines = new Map<number, string[]>()
    for (const w of pages[0].words) lines.set(Math.round(w.yMin), [...(lines.get(Math.round(w.yMin)) ?? []), w.text])
    expect([...lines.values()].map((l) => l.join(' '))).toEqual(['Đơn vị: Sở Tư pháp', 'Đạt Giải Nhất', 'Số điểm: 9,5/10'])
  })

  it('truncates with an ellipsis only when even the smallest size cannot fit', async () => {
    const tiny: TextBox = { x: 50, y: 50, width: 80, height: 20 }
    const text = 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW '.repeat(20)
    const { results, pages } = await render([{ text, box: tiny, options: { maxSize: 12, minSize: 8 } }])
    expect(results[0].mode).toBe('truncated')
    expect(words(pages[0]).endsWith('…')).toBe(true)
    expectInside(pages[0], tiny)
  })

  it('never draws outside its box, for random texts, boxes and sizes', async () => {
    const random = rng(20261123)
    const vocabulary = ['Nguyễn', 'Thị', 'Ngọc', 'Ánh', 'Đặng', 'Hưởng', 'pháp', 'luật', 'ỦY', 'BAN', '66-NQ/TW', 'Khuyến', 'khích']
    const cases: Case[] = Array.from({ length: 40 }, () => {
      const wordCount = 1 + Math.floor(random() * 80)
      const text = Array.from({ length: wordCount }, () => vocabulary[Math.floor(random() * vocabulary.length)])
        .join(random() < 0.2 ? '\n' : ' ')
      const width = 60 + random() * 600
      const height = 14 + random() * 150
      const maxSize = 8 + random() * 30
      const minSize = Math.min(maxSize, 6 + random() * 8)
      return {
        text,
        box: { x: 20 + random() * (800 - width), y: 20 + random() * (560 - height), width, height },
        options: {
          maxSize,
          minSize,
          singleLineMinSize: random() < 0.5 ? minSize : undefined,
          balance: random() < 0.5,
          lineGapRatio: random() * 0.2,
          valign: (['top', 'center', 'bottom'] as const)[Math.floor(random() * 3)],
          align: (['left', 'center', 'right'] as const)[Math.floor(random() * 3)],
        },
      }
    })
    const { results, pages } = await render(cases)
    for (const [i, page] of pages.entries()) {
      expectInside(page, cases[i].box)
      // Nothing is lost unless the result says it was cut (lines may break after a hyphen, so ignore spaces).
      const letters = (s: string) => s.replace(/\s+/g, '')
      if (results[i].mode !== 'truncated') expect(letters(words(page))).toBe(letters(cases[i].text))
    }
  })
})
