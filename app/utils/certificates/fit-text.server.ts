/**
 * Draws text inside a box and never outside it, whatever its length: names,
 * units and contest titles come from spreadsheets and can be very long.
 * Order of preference: each paragraph on one line at the largest size down
 * to singleLineMinSize; otherwise the largest size ≥ minSize at which the
 * wrapped text fits; then smaller sizes down to ABSOLUTE_MIN_SIZE; as a last
 * resort the text is cut with an ellipsis at the bottom of the box.
 *
 * Paragraphs ("\n") are measured and drawn one by one: pdfkit measures the
 * newline character itself as a missing glyph, which makes the line before
 * it wrap a word early.
 */

export interface TextBox {
  x: number
  y: number
  width: number
  height: number
}

export interface FitTextOptions {
  /** A font registered on the document. */
  font: string
  maxSize: number
  minSize: number
  color?: string
  align?: 'left' | 'center' | 'right'
  valign?: 'top' | 'center' | 'bottom'
  /** Extra space between lines, as a fraction of the font size. */
  lineGapRatio?: number
  /** Try one line per paragraph, shrinking down to this size, before wrapping. */
  singleLineMinSize?: number
  /**
   * When wrapping, narrow the block as far as the line count allows, so a
   * paragraph ends in a full line rather than a lone word.
   */
  balance?: boolean
}

export interface FitTextResult {
  size: number
  mode: 'single' | 'wrapped' | 'truncated'
  /** Top and height of the drawn block, for placing what comes after. */
  top: number
  height: number
}

/** Below this nobody can read it on paper; truncate instead. */
export const ABSOLUTE_MIN_SIZE = 6
const SIZE_STEP = 0.25
/** Rounding slack in points when comparing measured heights. */
const EPSILON = 0.01

const floorToStep = (size: number) => Math.floor(size / SIZE_STEP) * SIZE_STEP

export function fitText(doc: PDFKit.PDFDocument, text: string, box: TextBox, options: FitTextOptions): FitTextResult {
  const { font, maxSize, minSize, lineGapRatio = 0 } = options
  doc.font(font)
  const paragraphs = text.split('\n')
  const lineGap = (size: number) => size * lineGapRatio
  const lineHeight = (size: number) => doc.fontSize(size).currentLineHeight(true) + lineGap(size)
  const paragraphHeight = (paragraph: string, size: number, width: number) =>
    paragraph.trim() === ''
      ? lineHeight(size)
      : doc.fontSize(size).heightOfString(paragraph, { width, lineGap: lineGap(size) })
  const wrappedHeight = (size: number, width = box.width) =>
    paragraphs.reduce((sum, p) => sum + paragraphHeight(p, size, width), 0)
  const fitsWrapped = (size: number) => wrappedHeight(size) <= box.height + EPSILON

  let size: number | null = null
  let mode: FitTextResult['mode'] = 'wrapped'
  if (options.singleLineMinSize !== undefined) {
    // Width grows linearly with the size, so one measurement gives the size.
    doc.fontSize(maxSize)
    const widest = Math.max(...paragraphs.map((p) => doc.widthOfString(p)))
    // A hair under the box so pdfkit's own wrapping never breaks the line.
    const candidate = floorToStep(widest > 0 ? Math.min(maxSize, (maxSize * (box.width - 0.5)) / widest) : maxSize)
    if (candidate >= options.singleLineMinSize && paragraphs.length * lineHeight(candidate) <= box.height + EPSILON) {
      size = candidate
      mode = 'single'
    }
  }
  size ??= largestFitting(minSize, maxSize, fitsWrapped)
  size ??= largestFitting(ABSOLUTE_MIN_SIZE, minSize, fitsWrapped)
  if (size === null) {
    size = ABSOLUTE_MIN_SIZE
    mode = 'truncated'
  }
  const fontSize = size

  const height = Math.min(box.height, wrappedHeight(fontSize))
  let width = box.width
  if (mode === 'wrapped' && options.balance && height > paragraphs.length * lineHeight(fontSize) + EPSILON) {
    width = narrowestKeepingHeight(box.width, (w) => wrappedHeight(fontSize, w) <= height + EPSILON)
  }
  const valign = options.valign ?? 'center'
  const top =
    valign === 'top' ? box.y : valign === 'bottom' ? box.y + box.height - height : box.y + (box.height - height) / 2
  if (options.color) doc.fillColor(options.color)

  const bottom = box.y + box.height + EPSILON
  let y = top
  for (const paragraph of paragraphs) {
    const h = paragraphHeight(paragraph, fontSize, width)
    const room = bottom - y
    if (room < lineHeight(fontSize)) break
    if (paragraph.trim() !== '') {
      doc.fontSize(fontSize).text(paragraph, box.x + (box.width - width) / 2, y, {
        width,
        // With a height pdfkit stops instead of adding a page; the ellipsis marks the cut.
        height: room,
        ellipsis: h > room,
        align: options.align ?? 'center',
        lineGap: lineGap(fontSize),
      })
    }
    y += h
  }
  return { size: fontSize, mode, top, height }
}

/** Narrowest width (to 2 pt) in [full/2, full] for which fits holds, assuming it is monotone. */
function narrowestKeepingHeight(full: number, fits: (width: number) => boolean): number {
  let lo = full / 2
  let hi = full
  if (fits(lo)) return lo
  while (hi - lo > 2) {
    const mid = (lo + hi) / 2
    if (fits(mid)) hi = mid
    else lo = mid
  }
  return hi
}

/** Largest size on the SIZE_STEP grid in [low, high] for which fits holds, assuming it is monotone. */
function largestFitting(low: number, high: number, fits: (size: number) => boolean): number | null {
  let lo = Math.ceil(low / SIZE_STEP)
  let hi = Math.floor(high / SIZE_STEP)
  if (lo > hi || !fits(lo * SIZE_STEP)) return null
  if (fits(hi * SIZE_STEP)) return hi * SIZE_STEP
  // Invariant: fits(lo) and !fits(hi).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (fits(mid * SIZE_STEP)) lo = mid
    else hi = mid
  }
  return lo * SIZE_STEP
}
