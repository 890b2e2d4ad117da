import { XMLParser } from 'fast-xml-parser'
import JSZip from 'jszip'

/**
 * A .docx as paragraphs and tables, keeping what mammoth's HTML loses and
 * question files rely on: the label Word's automatic numbering shows
 * ("Câu 3:", "B."), and per-character bold, underline, colour and highlight
 * used to mark the correct option.
 */

export type RunFormat = { bold: boolean; underline: boolean; color: boolean; highlight: boolean }
export type DocxRun = { text: string } & RunFormat
export type DocxNumbering = { numId: string; level: number; format: string; label: string }
/** hasObject: a picture, embedded object or equation whose content is not text. */
export type DocxParagraph = { runs: DocxRun[]; text: string; numbering?: DocxNumbering; hasObject?: boolean }
export type DocxBlock =
  | { kind: 'paragraph'; index: number; paragraph: DocxParagraph }
  | { kind: 'table'; index: number; afterParagraph: number; rows: DocxParagraph[][][] }

type XmlNode = Record<string, unknown>
type Props = Partial<RunFormat>
type Level = { start: number; format: string; text: string }
type Numbering = {
  abstracts: Map<string, Map<number, Level>>
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>
}
type Styles = {
  defaults: Props
  paragraph: Map<string, { basedOn?: string; run: Props; numPr?: { numId?: string; level?: number } }>
  character: Map<string, { basedOn?: string; run: Props }>
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
})

export async function readDocx(bytes: Uint8Array): Promise<DocxBlock[]> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (path: string) => {
    const f = zip.file(path)
    return f ? (parser.parse(await f.async('string')) as XmlNode[]) : []
  }
  const [document, stylesXml, numberingXml] = await Promise.all([
    read('word/document.xml'),
    read('word/styles.xml'),
    read('word/numbering.xml'),
  ])
  const styles = readStyles(stylesXml)
  const numbering = readNumbering(numberingXml)
  const counters = new Counters(numbering)

  const body = children(find(children(find(document, 'w:document')), 'w:body'))
  const blocks: DocxBlock[] = []
  let paragraphs = 0
  let tables = 0
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'w:p') {
        paragraphs++
        blocks.push({ kind: 'paragraph', index: paragraphs, paragraph: readParagraph(node, styles, counters) })
      } else if (tag === 'w:tbl') {
        tables++
        blocks.push({
          kind: 'table',
          index: tables,
          afterParagraph: paragraphs,
          rows: readTable(node, styles, counters),
        })
      } else if (tag === 'w:sdt') walk(children(find(children(node), 'w:sdtContent')))
      else if (tag === 'w:customXml') walk(children(node))
    }
  }
  walk(body)
  return blocks
}

function readTable(tbl: XmlNode, styles: Styles, counters: Counters): DocxParagraph[][][] {
  return children(tbl)
    .filter((n) => tagOf(n) === 'w:tr')
    .map((tr) =>
      children(tr)
        .filter((n) => tagOf(n) === 'w:tc')
        .map((tc) => {
          const out: DocxParagraph[] = []
          const collect = (nodes: XmlNode[]) => {
            for (const n of nodes) {
              const tag = tagOf(n)
              if (tag === 'w:p') out.push(readParagraph(n, styles, counters))
              // A table nested in a cell is read as its paragraphs, row by row.
              else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc') collect(children(n))
              else if (tag === 'w:sdt') collect(children(find(children(n), 'w:sdtContent')))
            }
          }
          collect(children(tc))
          return out
        }),
    )
}

function readParagraph(p: XmlNode, styles: Styles, counters: Counters): DocxParagraph {
  const pPr = find(children(p), 'w:pPr')
  const styleId = attr(find(children(pPr), 'w:pStyle'), 'w:val')
  const paragraphRun = resolveParagraphStyle(styles, styleId)
  const runs: DocxRun[] = []
  let hasObject = false

  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'w:r') readRun(node)
      else if (tag === 'm:oMath' || tag === 'm:oMathPara') hasObject = true
      else if (
        tag === 'w:hyperlink' ||
        tag === 'w:ins' ||
        tag === 'w:smartTag' ||
        tag === 'w:customXml' ||
        tag === 'w:fldSimple' ||
        tag === 'w:moveTo' ||
        tag === 'w:dir' ||
        tag === 'w:bdo'
      )
        walk(children(node))
      else if (tag === 'w:sdt') walk(children(find(children(node), 'w:sdtContent')))
      // w:del and w:moveFrom are deleted text; w:pPr is handled above.
    }
  }
  const readRun = (r: XmlNode) => {
    const rPr = find(children(r), 'w:rPr')
    const charStyle = attr(find(children(rPr), 'w:rStyle'), 'w:val')
    const format = {
      ...defaultFormat,
      ...styles.defaults,
      ...paragraphRun.run,
      ...resolveCharacterStyle(styles, charStyle),
      ...readRunProps(rPr),
    }
    let text = ''
    for (const c of children(r)) {
      const tag = tagOf(c)
      if (tag === 'w:t') text += textOf(c)
      else if (tag === 'w:tab' || tag === 'w:ptab') text += '\t'
      else if (tag === 'w:br' || tag === 'w:cr') text += '\n'
      else if (tag === 'w:noBreakHyphen') text += '-'
      else if (tag === 'w:drawing' || tag === 'w:pict' || tag === 'w:object' || tag === 'mc:AlternateContent')
        hasObject = true
    }
    // NFC per run, so character offsets used for formatting match the text the parser sees.
    if (text) runs.push({ text: text.normalize('NFC'), ...format })
  }
  walk(children(p))

  const numPr = find(children(pPr), 'w:numPr')
  const numId = attr(find(children(numPr), 'w:numId'), 'w:val') ?? paragraphRun.numPr?.numId
  const levelText = attr(find(children(numPr), 'w:ilvl'), 'w:val')
  const level = levelText !== undefined ? Number(levelText) : paragraphRun.numPr?.level ?? 0
  const text = runs.map((r) => r.text).join('')
  const numbering = numId && numId !== '0' ? counters.next(numId, level) : undefined
  return { runs, text, ...(numbering ? { numbering } : {}), ...(hasObject ? { hasObject } : {}) }
}

const defaultFormat: RunFormat = { bold: false, underline: false, color: false, highlight: false }

function readRunProps(rPr: XmlNode | undefined): Props {
  const out: Props = {}
  for (const c of children(rPr)) {
    const tag = tagOf(c)
    const val = attr(c, 'w:val')
    if (tag === 'w:b') out.bold = !isOff(val)
    else if (tag === 'w:u') out.underline = val !== 'none' && !isOff(val)
    else if (tag === 'w:color') out.color = isColoured(val, attr(c, 'w:themeColor'))
    else if (tag === 'w:highlight') out.highlight = Boolean(val) && val !== 'none'
    else if (tag === 'w:shd') {
      const fill = attr(c, 'w:fill')
      if (fill && !/^(auto|ffffff)$/i.test(fill)) out.highlight = true
    }
  }
  return out
}

const isOff = (val: string | undefined) => val === '0' || val === 'false' || val === 'off'

function isColoured(val: string | undefined, theme: string | undefined): boolean {
  if (theme) return !/^(text1|dark1|tx1)$/i.test(theme)
  if (!val || /^auto$/i.test(val)) return false
  const m = /^([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(val)
  // Near-black greys are ordinary text, not a mark.
  if (!m) return false
  return [m[1], m[2], m[3]].some((h) => parseInt(h, 16) >= 0x40)
}

function readStyles(xml: XmlNode[]): Styles {
  const root = children(find(xml, 'w:styles'))
  const rPrDefault = find(children(find(root, 'w:docDefaults')), 'w:rPrDefault')
  const defaults = readRunProps(find(children(rPrDefault), 'w:rPr'))
  const styles: Styles = { defaults, paragraph: new Map(), character: new Map() }
  for (const s of root.filter((n) => tagOf(n) === 'w:style')) {
    const id = attr(s, 'w:styleId')
    if (!id) continue
    const kids = children(s)
    const basedOn = attr(find(kids, 'w:basedOn'), 'w:val')
    const run = readRunProps(find(kids, 'w:rPr'))
    if (attr(s, 'w:type') === 'character') styles.character.set(id, { basedOn, run })
    else if (attr(s, 'w:type') === 'paragraph') {
      const numPr = find(children(find(kids, 'w:pPr')), 'w:numPr')
      const numId = attr(find(children(numPr), 'w:numId'), 'w:val')
      const ilvl = attr(find(children(numPr), 'w:ilvl'), 'w:val')
      styles.paragraph.set(id, {
        basedOn,
        run,
        ...(numPr ? { numPr: { numId, level: ilvl !== undefined ? Number(ilvl) : undefined } } : {}),
      })
    }
  }
  return styles
}

function resolveParagraphStyle(styles: Styles, id: string | undefined) {
  const chain: { run: Props; numPr?: { numId?: string; level?: number } }[] = []
  const seen = new Set<string>()
  for (let cur = id; cur && !seen.has(cur); ) {
    seen.add(cur)
    const s = styles.paragraph.get(cur)
    if (!s) break
    chain.unshift(s)
    cur = s.basedOn
  }
  let run: Props = {}
  let numPr: { numId?: string; level?: number } | undefined
  for (const s of chain) {
    run = { ...run, ...s.run }
    if (s.numPr) numPr = { ...numPr, ...s.numPr }
  }
  return { run, numPr }
}

function resolveCharacterStyle(styles: Styles, id: string | undefined): Props {
  const chain: Props[] = []
  const seen = new Set<string>()
  for (let cur = id; cur && !seen.has(cur); ) {
    seen.add(cur)
    const s = styles.character.get(cur)
    if (!s) break
    chain.unshift(s.run)
    cur = s.basedOn
  }
  return Object.assign({}, ...chain)
}

function readNumbering(xml: XmlNode[]): Numbering {
  const root = children(find(xml, 'w:numbering'))
  const abstracts = new Map<string, Map<number, Level>>()
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>()
  for (const n of root) {
    const tag = tagOf(n)
    if (tag === 'w:abstractNum') {
      const levels = new Map<number, Level>()
      for (const lvl of children(n).filter((c) => tagOf(c) === 'w:lvl')) {
        const kids = children(lvl)
        levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
          start: Number(attr(find(kids, 'w:start'), 'w:val') ?? 1),
          format: attr(find(kids, 'w:numFmt'), 'w:val') ?? 'decimal',
          text: attr(find(kids, 'w:lvlText'), 'w:val') ?? '',
        })
      }
      abstracts.set(attr(n, 'w:abstractNumId') ?? '', levels)
    } else if (tag === 'w:num') {
      const kids = children(n)
      const starts = new Map<number, number>()
      for (const o of kids.filter((c) => tagOf(c) === 'w:lvlOverride')) {
        const start = attr(find(children(o), 'w:startOverride'), 'w:val')
        if (start !== undefined) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(start))
      }
      nums.set(attr(n, 'w:numId') ?? '', { abstractId: attr(find(kids, 'w:abstractNumId'), 'w:val') ?? '', starts })
    }
  }
  return { abstracts, nums }
}

/** Word's list counters: one set per abstract list, deeper levels restart under a new parent item. */
class Counters {
  private counts = new Map<string, (number | undefined)[]>()
  private started = new Set<string>()
  constructor(private numbering: Numbering) {}

  next(numId: string, level: number): DocxNumbering | undefined {
    const num = this.numbering.nums.get(numId)
    const levels = num && this.numbering.abstracts.get(num.abstractId)
    const lvl = levels?.get(level)
    if (!num || !levels || !lvl) return undefined
    const counts = this.counts.get(num.abstractId) ?? []
    this.counts.set(num.abstractId, counts)
    if (!this.started.has(numId)) {
      // A list instance with startOverride is Word's "restart numbering".
      this.started.add(numId)
      for (const [l, start] of num.starts) counts[l] = start - 1
    }
    counts[level] = (counts[level] ?? lvl.start - 1) + 1
    for (let l = level + 1; l < 9; l++) counts[l] = undefined
    const label =
      lvl.format === 'bullet'
        ? lvl.text
        : lvl.text.replace(/%([1-9])/g, (_, d: string) => {
            const l = Number(d) - 1
            const def = levels.get(l)
            return formatNumber(counts[l] ?? def?.start ?? 1, def?.format ?? 'decimal')
          })
    return { numId, level, format: lvl.format, label }
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperLetter':
      return letters(n).toUpperCase()
    case 'lowerLetter':
      return letters(n)
    case 'upperRoman':
      return roman(n).toUpperCase()
    case 'lowerRoman':
      return roman(n)
    case 'decimalZero':
      return String(n).padStart(2, '0')
    case 'none':
      return ''
    default:
      return String(n)
  }
}

/** Word repeats the letter past z: 27 → aa. */
function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26))
  return ch.repeat(Math.floor((n - 1) / 26) + 1)
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let out = ''
  let rest = n
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s
      rest -= v
    }
  }
  return out
}

// --- fast-xml-parser preserveOrder helpers -------------------------------------

function tagOf(node: XmlNode): string {
  for (const k of Object.keys(node)) if (k !== ':@') return k
  return ''
}

function children(node: XmlNode | undefined): XmlNode[] {
  if (!node) return []
  const v = node[tagOf(node)]
  return Array.isArray(v) ? (v as XmlNode[]) : []
}

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag)
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const a = node?.[':@']
  if (!a || typeof a !== 'object') return undefined
  const v = (a as Record<string, unknown>)[name]
  return typeof v === 'string' ? v : undefined
}

function textOf(node: XmlNode): string {
  return children(node)
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('')
}
