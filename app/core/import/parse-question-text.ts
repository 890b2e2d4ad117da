import { DIFFICULTY_LABELS_VI, MAX_OPTIONS, optionLetter } from '~/core/questions/question-draft'
import { nfc } from '~/core/text/normalize'
import { type DraftPart, type RawQuestion, buildDraft, partLabel } from './build-draft'
import { parseDifficulty } from './field-values'
import { fileError, fileWarning } from './finalize-preview'
import { foldSameLength } from './fold-same-length'
import { MAX_IMPORT_ROWS, formatCount } from './import-limits'
import type { ImportDefaults, ImportIssue, ImportLocation, PreviewRow } from './import-types'

/**
 * Word-style question lists, pasted or from .txt/.docx:
 *
 *   Câu 1: Nội dung…            (or "1. …", or no number at all)
 *   A. …   B) …   *C. …   d. …  (several options may share a line)
 *   Đáp án: C                    (or * before the option, or bold/underline/colour in .docx)
 *   Giải thích: …   Căn cứ: …   Độ khó: …   Chủ đề: …
 *
 * An "Đáp án" heading followed by "1-B, 2-C …" is read as an answer key.
 */

export type Emphasis = 'bold' | 'underline' | 'color' | 'highlight'

/** Share (0–1) of the non-space characters in [start, end) carrying each emphasis. */
export type EmphasisOf = (start: number, end: number) => Partial<Record<Emphasis, number>>

export type SourceLine = {
  text: string
  location: ImportLocation
  /** Word only: formatting of the characters of `text`. */
  emphasisOf?: EmphasisOf
  /** Word only: the paragraph is an item of an automatic list under a question (bullets, a., 1.) = an option. */
  hint?: 'option'
}

export type TextParseOptions = { file: string; defaults?: ImportDefaults }
/** defaults: the caller's, completed by "Căn cứ:/Chủ đề:/Độ khó:" lines above the first question. */
export type TextParseResult = {
  rows: Omit<PreviewRow, 'index'>[]
  fileIssues: ImportIssue[]
  defaults?: ImportDefaults
}

type Part = { text: string; location: ImportLocation }
type OptionPart = Part & { letter?: string; starred: boolean; emphasis: Set<Emphasis> }
type MetaKey = 'answer' | 'explanation' | 'source' | 'article' | 'url' | 'difficulty' | 'tags' | 'type'
type Block = {
  number: number
  start: ImportLocation
  stem: Part[]
  options: OptionPart[]
  meta: Partial<Record<MetaKey, Part>>
  last: 'stem' | 'option' | MetaKey
}

const QUESTION = /^\s*(?:cau\s*hoi|cau|question|bai)\s*(?:so\s*)?(\d{1,5})\s*(?:[:.)\-–—]\s*|\s+|$)/
const NUMBERED = /^\s*(\d{1,5})\s*[.)]\s+(?=\S)/
const POINTS = /^\(\s*[\d.,]+\s*(?:diem|d)\s*\)\s*[:.]?\s*/
const OPTION = /^\s*(\*\s*)?\(?([a-f])\s*[.):]\s*/
const BULLET = /^\s*[•◦▪●○■□➢►\-–+]\s+/
const ANSWER_KEY_HEADING = /^\s*(?:bang\s*)?dap\s*an\s*:?\s*$/
const META: [MetaKey, RegExp][] = [
  [
    'answer',
    /^\s*(?:dap\s*an(?:\s*dung)?|phuong\s*an\s*dung|answer|correct(?:\s*answer)?|d\s*\/\s*a|da)\s*(?:la\s*)?:\s*/,
  ],
  ['explanation', /^\s*(?:giai\s*thich|loi\s*giai|huong\s*dan(?:\s*giai)?|explanation|feedback)\s*:\s*/],
  [
    'source',
    /^\s*(?:can\s*cu(?:\s*phap\s*ly)?|co\s*so\s*phap\s*ly|nguon(?:\s*trich\s*dan)?|trich\s*dan|van\s*ban\s*nguon|tham\s*khao|source|reference)\s*:\s*/,
  ],
  ['article', /^\s*(?:dieu\s*\/\s*khoan|dieu\s*khoan|article)\s*:\s*/],
  ['url', /^\s*(?:duong\s*dan(?:\s*nguon)?|link|lien\s*ket|url)\s*:\s*/],
  ['difficulty', /^\s*(?:do\s*kho|muc\s*do(?:\s*kho)?|difficulty|level)\s*:\s*/],
  ['tags', /^\s*(?:chu\s*de|linh\s*vuc|chuyen\s*de|tags?|topics?)\s*:\s*/],
  ['type', /^\s*(?:loai(?:\s*cau\s*hoi)?|type)\s*:\s*/],
]
// "Đáp án B", "Đáp án đúng là A, C" without a colon: only when the rest really is letters.
const ANSWER_NO_COLON =
  /^\s*(?:dap\s*an(?:\s*dung)?|answer)\s*(?:la\s*)?([a-f](?:\s*(?:,|;|va|and)?\s*[a-f])*)\s*\.?\s*$/
const KEY_PAIR = /(\d{1,5})\s*[-.:)–]\s*([a-f](?:\s*[,;]\s*[a-f])*)(?![a-z])/g

const EMPHASIS_KINDS: Emphasis[] = ['bold', 'underline', 'color', 'highlight']
const EMPHASIS_LABEL: Record<Emphasis, string> = {
  bold: 'in đậm',
  underline: 'gạch chân',
  color: 'chữ màu',
  highlight: 'tô nền',
}

export function parseQuestionText(lines: readonly SourceLine[], opts: TextParseOptions): TextParseResult {
  const { file } = opts
  const fileIssues: ImportIssue[] = []
  const blocks: Block[] = []
  const preamble: Partial<Record<MetaKey, Part>> = {}
  const answerKey = new Map<number, Part>()
  const markersMode = lines.some((l) => l.hint !== 'option' && isQuestionStart(foldSameLength(nfc(l.text))))

  let current: Block | undefined
  let blankSince = false
  let keyMode = false
  let ordinal = 0

  const open = (number: number | undefined, location: ImportLocation, stem: string) => {
    ordinal++
    current = {
      number: number ?? ordinal,
      start: location,
      stem: stem ? [{ text: stem, location }] : [],
      options: [],
      meta: {},
      last: 'stem',
    }
    blocks.push(current)
  }
  const orphan = (line: SourceLine, what: string) =>
    fileIssues.push({ location: line.location, message: `Bỏ qua ${what} không thuộc câu hỏi nào`, severity: 'warning' })

  for (const line of lines) {
    const text = nfc(line.text)
      .replace(/\u00a0/g, ' ')
      .replace(/\s+$/, '')
    const folded = foldSameLength(text)
    if (!text.trim()) {
      blankSince = true
      continue
    }
    const afterBlank = blankSince
    blankSince = false

    if (keyMode) {
      const pairs = keyPairs(folded)
      if (pairs && pairs.length > 0) {
        for (const [n, letters] of pairs) answerKey.set(n, { text: letters, location: line.location })
        continue
      }
      keyMode = false
      // A lone "B" right under "Đáp án:" answers the question above.
      if (current && !current.meta.answer && /^\s*[a-f](?:\s*[,;]\s*[a-f])*\s*$/.test(folded)) {
        current.meta.answer = { text, location: line.location }
        current.last = 'answer'
        continue
      }
    }
    if (ANSWER_KEY_HEADING.test(folded)) {
      keyMode = true
      continue
    }

    const q = QUESTION.exec(folded) ?? NUMBERED.exec(folded)
    if (q && line.hint !== 'option') {
      let rest = text.slice(q[0].length)
      const points = POINTS.exec(foldSameLength(rest))
      if (points) rest = rest.slice(points[0].length)
      open(Number(q[1]), line.location, rest.trim())
      continue
    }

    const meta = matchMeta(folded)
    if (meta) {
      const value = text.slice(meta.length).trim()
      const target = current ? current.meta : preamble
      if (!current && meta.key === 'answer') {
        orphan(line, 'dòng đáp án')
        continue
      }
      target[meta.key] = { text: value, location: line.location }
      if (current) current.last = meta.key
      continue
    }

    const option = line.hint === 'option' ? null : OPTION.exec(folded)
    if (line.hint === 'option' || option) {
      if (!current) {
        orphan(line, 'phương án')
        continue
      }
      for (const o of splitOptions(text, folded, option, line)) addOption(current, o)
      continue
    }
    const bullet = BULLET.exec(folded)
    if (bullet && current && current.stem.length > 0 && (current.last === 'stem' || current.last === 'option')) {
      addOption(current, makeOption(text, bullet[0].length, text.length, undefined, false, line))
      continue
    }

    // Plain text: a stem, a continuation, or the start of the next unnumbered question.
    if (!current) {
      if (markersMode) continue // title lines above "Câu 1"
      open(undefined, line.location, text.trim())
      continue
    }
    if (current.last === 'stem') {
      current.stem.push({ text: text.trim(), location: line.location })
    } else if (!markersMode && (current.last === 'option' || current.last === 'answer' || afterBlank)) {
      open(undefined, line.location, text.trim())
    } else if (markersMode && (afterBlank || isHeading(text)) && current.last !== 'explanation') {
      orphan(line, `dòng “${excerpt(text)}”`)
    } else if (current.last === 'option') {
      const o = current.options[current.options.length - 1]
      o.text = `${o.text} ${text.trim()}`
    } else {
      const key: MetaKey = current.last === 'answer' ? 'explanation' : current.last
      const part = current.meta[key]
      current.meta[key] = part
        ? { ...part, text: `${part.text}\n${text.trim()}` }
        : { text: text.trim(), location: line.location }
      current.last = key
    }
  }

  const defaults = mergeDefaults(opts.defaults, preamble)
  if (blocks.length > MAX_IMPORT_ROWS) {
    fileIssues.push(
      fileError(
        file,
        `Tệp có ${formatCount(blocks.length)} câu hỏi, vượt quá giới hạn ${formatCount(
          MAX_IMPORT_ROWS,
        )} câu mỗi lần nhập; hãy chia thành nhiều tệp`,
      ),
    )
    return { rows: [], fileIssues, defaults }
  }
  if (blocks.every((b) => b.options.length === 0 && !b.meta.answer && !b.meta.type)) {
    fileIssues.push(
      fileError(
        file,
        'Không tìm thấy câu hỏi nào. Mỗi câu cần dạng “Câu 1: …”, các phương án “A. …”, “B. …” và dòng “Đáp án: …”',
      ),
    )
    return { rows: [], fileIssues, defaults }
  }

  const usedNumbers = new Set(blocks.map((b) => b.number))
  const byNumber = new Map<number, Block>()
  for (const b of blocks) if (!byNumber.has(b.number)) byNumber.set(b.number, b)
  for (const [n, part] of answerKey) {
    const block = byNumber.get(n)
    if (!block)
      fileIssues.push({
        location: part.location,
        message: `Bảng đáp án có câu ${n} nhưng không có câu hỏi số ${n}`,
        severity: 'warning',
      })
    else if (!block.meta.answer) block.meta.answer = part
  }
  if (usedNumbers.size < blocks.length) {
    fileIssues.push(fileWarning(file, 'Có số thứ tự câu hỏi bị lặp lại; hãy kiểm tra vị trí trong từng thông báo'))
  }

  let defaultDifficultyCount = 0
  const rows = blocks.map((block) => {
    const { raw, issues } = toRawQuestion(block)
    const base: ImportLocation = { ...block.start, question: block.number }
    const locate = (part: DraftPart, optionIndex = 0): ImportLocation => {
      const located = locationOf(block, part, optionIndex)
      return { ...located, question: block.number, field: partLabel(part, optionIndex) }
    }
    const built = buildDraft(raw, locate, { defaults, warnMissingDifficulty: false })
    if (built.usedDefaultDifficulty) defaultDifficultyCount++
    const all = [...issues.map((i) => ({ ...i, location: { ...i.location, question: block.number } })), ...built.issues]
    return {
      location: base,
      draft: all.some((i) => i.severity === 'error') ? undefined : built.draft,
      raw: rawRecord(raw),
      issues: all,
    }
  })
  if (defaultDifficultyCount > 0) {
    const label = DIFFICULTY_LABELS_VI[defaults?.difficulty ?? 'medium']
    fileIssues.push(fileWarning(file, `${defaultDifficultyCount} câu hỏi không ghi độ khó; đã đặt “${label}”`))
  }
  return { rows, fileIssues, defaults }
}

/** A Word list label such as "Câu 3:" that starts a question. */
export function isQuestionLabel(label: string): boolean {
  return QUESTION.test(foldSameLength(nfc(label)))
}

/** Whether a line from a Word table is recognisably part of a question list. */
export function looksLikeQuestionPart(line: SourceLine): boolean {
  if (line.hint === 'option') return true
  const folded = foldSameLength(nfc(line.text))
  return isQuestionStart(folded) || OPTION.test(folded) || matchMeta(folded)?.key === 'answer'
}

function isQuestionStart(folded: string): boolean {
  return QUESTION.test(folded) || NUMBERED.test(folded)
}

function matchMeta(folded: string): { key: MetaKey; length: number } | undefined {
  for (const [key, re] of META) {
    const m = re.exec(folded)
    if (m) return { key, length: m[0].length }
  }
  const a = ANSWER_NO_COLON.exec(folded)
  if (a) return { key: 'answer', length: a.index + a[0].lastIndexOf(a[1]) }
  return undefined
}

function keyPairs(folded: string): [number, string][] | null {
  const rest = folded.replace(/cau\s*/g, '')
  const pairs: [number, string][] = []
  let covered = 0
  for (const m of rest.matchAll(KEY_PAIR)) {
    pairs.push([Number(m[1]), m[2].toUpperCase().replace(/\s+/g, '')])
    covered += m[0].length
  }
  // The line must be (almost) only pairs, or it is text.
  return pairs.length > 0 && covered >= rest.replace(/[\s,;|]/g, '').length * 0.6 ? pairs : null
}

function addOption(block: Block, o: OptionPart) {
  block.options.push(o)
  block.last = 'option'
}

/** "A. Có    B. Không    C. Tuỳ trường hợp" → three options. */
function splitOptions(text: string, folded: string, first: RegExpExecArray | null, line: SourceLine): OptionPart[] {
  if (!first) return [makeOption(text, 0, text.length, undefined, false, line)]
  const labels: { start: number; bodyStart: number; letter: string; starred: boolean }[] = [
    { start: first.index, bodyStart: first[0].length, letter: first[2].toUpperCase(), starred: Boolean(first[1]) },
  ]
  let from = first[0].length
  for (;;) {
    const next = String.fromCharCode(labels[labels.length - 1].letter.charCodeAt(0) + 1).toLowerCase()
    if (next > 'f') break
    const re = new RegExp(`(\\s+)(\\*\\s*)?\\(?${next}\\s*[.)]\\s+`, 'g')
    re.lastIndex = from
    const m = re.exec(folded)
    if (!m) break
    // A single space is only trusted when at least two more labels follow in order.
    if (m[1].length < 2 && !m[1].includes('\t') && !followsInOrder(folded, m.index + m[0].length, next)) break
    labels.push({
      start: m.index + m[1].length,
      bodyStart: m.index + m[0].length,
      letter: next.toUpperCase(),
      starred: Boolean(m[2]),
    })
    from = m.index + m[0].length
  }
  return labels.map((l, i) => {
    const end = i + 1 < labels.length ? labels[i + 1].start : text.length
    return makeOption(text, l.bodyStart, end, l.letter, l.starred, line, l.start)
  })
}

function followsInOrder(folded: string, from: number, letter: string): boolean {
  const next = String.fromCharCode(letter.charCodeAt(0) + 1)
  if (next > 'f') return false
  return new RegExp(`\\s\\(?${next}\\s*[.)]\\s+`).test(folded.slice(from))
}

function makeOption(
  text: string,
  bodyStart: number,
  end: number,
  letter: string | undefined,
  starred: boolean,
  line: SourceLine,
  labelStart = bodyStart,
): OptionPart {
  let body = text.slice(bodyStart, end).trim()
  let star = starred
  const trailing = /\s*(?:\(\*\)|\*)$/.exec(body)
  if (trailing && body.length > trailing[0].length) {
    body = body.slice(0, trailing.index).trim()
    star = true
  }
  const emphasis = new Set<Emphasis>()
  if (line.emphasisOf) {
    const bodyShare = line.emphasisOf(bodyStart, end)
    const labelShare = bodyStart > labelStart ? line.emphasisOf(labelStart, bodyStart) : {}
    for (const kind of EMPHASIS_KINDS) {
      if ((bodyShare[kind] ?? 0) >= 0.6 || (labelShare[kind] ?? 0) >= 0.99) emphasis.add(kind)
    }
  }
  return { text: body, location: line.location, letter, starred: star, emphasis }
}

function toRawQuestion(block: Block): { raw: RawQuestion; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const options = block.options
  const meta = block.meta
  options.forEach((o, i) => {
    if (o.letter && o.letter !== optionLetter(i) && i < MAX_OPTIONS) {
      issues.push({
        location: { ...o.location, field: partLabel('option', i) },
        message: `Phương án thứ ${i + 1} ghi là “${o.letter}”, không đúng thứ tự; đã coi là phương án ${optionLetter(
          i,
        )}`,
        severity: 'warning',
      })
    }
  })
  let marked = options.map((o) => o.starred)
  if (!marked.some(Boolean)) {
    // With an answer line, formatting only serves to warn when it disagrees.
    const byEmphasis = emphasisMarks(options)
    if ('conflict' in byEmphasis) {
      if (meta.answer) return { raw: rawQuestion(block, marked), issues }
      issues.push({
        location: { ...(options[0]?.location ?? block.start), field: 'Đáp án đúng' },
        message: `Các phương án được đánh dấu không thống nhất (${byEmphasis.conflict}); hãy thêm dòng “Đáp án: …”`,
        severity: 'error',
      })
    } else marked = byEmphasis.marked
  }
  return { raw: rawQuestion(block, marked), issues }
}

function rawQuestion(block: Block, marked: boolean[]): RawQuestion {
  const meta = block.meta
  return {
    type: meta.type?.text,
    stem: block.stem.map((p) => p.text).join('\n'),
    options: block.options.map((o, i) => ({ text: o.text, marked: marked[i] })),
    correct: meta.answer?.text,
    explanation: meta.explanation?.text,
    sourceDocument: meta.source?.text,
    sourceArticle: meta.article?.text,
    sourceUrl: meta.url?.text,
    tags: meta.tags?.text,
    difficulty: meta.difficulty?.text,
  }
}

/**
 * The correct option is often shown only by formatting. A kind of emphasis
 * counts when it singles out some options but not all; several kinds must agree.
 */
function emphasisMarks(options: readonly OptionPart[]): { marked: boolean[] } | { conflict: string } {
  const sets = EMPHASIS_KINDS.map((kind) => ({ kind, on: options.map((o) => o.emphasis.has(kind)) })).filter(
    (s) => s.on.some(Boolean) && !s.on.every(Boolean),
  )
  if (sets.length === 0) return { marked: options.map(() => false) }
  const first = sets[0].on
  if (sets.every((s) => s.on.every((v, i) => v === first[i]))) return { marked: first }
  const describe = sets
    .map((s) => `${EMPHASIS_LABEL[s.kind]}: ${s.on.flatMap((v, i) => (v ? [optionLetter(i)] : [])).join(', ')}`)
    .join('; ')
  return { conflict: describe }
}

function locationOf(block: Block, part: DraftPart, optionIndex: number): ImportLocation {
  const meta = block.meta
  switch (part) {
    case 'option':
      return block.options[optionIndex]?.location ?? block.start
    case 'stem':
      return block.stem[0]?.location ?? block.start
    case 'correct':
      return meta.answer?.location ?? block.options[0]?.location ?? block.start
    case 'explanation':
      return meta.explanation?.location ?? block.start
    case 'sourceDocument':
      return meta.source?.location ?? block.start
    case 'sourceArticle':
      return meta.article?.location ?? meta.source?.location ?? block.start
    case 'sourceUrl':
      return meta.url?.location ?? meta.source?.location ?? block.start
    case 'tags':
      return meta.tags?.location ?? block.start
    case 'difficulty':
      return meta.difficulty?.location ?? block.start
    case 'type':
      return meta.type?.location ?? block.start
  }
}

function mergeDefaults(
  given: ImportDefaults | undefined,
  preamble: Partial<Record<MetaKey, Part>>,
): ImportDefaults | undefined {
  const out: ImportDefaults = { ...given }
  if (preamble.source?.text) {
    out.source = {
      document: preamble.source.text,
      ...(preamble.article?.text ? { article: preamble.article.text } : {}),
      ...(preamble.url?.text ? { url: preamble.url.text } : {}),
    }
  }
  if (preamble.tags?.text)
    out.tags = preamble.tags.text
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter(Boolean)
  const difficulty = parseDifficulty(preamble.difficulty?.text ?? '')
  if (difficulty) out.difficulty = difficulty
  return Object.keys(out).length > 0 ? out : undefined
}

function rawRecord(raw: RawQuestion): Record<string, string> {
  const out: Record<string, string> = { stem: raw.stem }
  raw.options.forEach((o, i) => {
    out[`option${optionLetter(i)}`] = o.marked ? `* ${o.text}` : o.text
  })
  const fields: [string, string | string[] | undefined][] = [
    ['type', raw.type],
    ['correct', raw.correct],
    ['explanation', raw.explanation],
    ['sourceDocument', raw.sourceDocument],
    ['sourceArticle', raw.sourceArticle],
    ['sourceUrl', raw.sourceUrl],
    ['tags', raw.tags],
    ['difficulty', raw.difficulty],
  ]
  for (const [k, v] of fields) if (v) out[k] = Array.isArray(v) ? v.join(', ') : v
  return out
}

function isHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

function excerpt(text: string): string {
  const t = text.trim()
  return t.length > 40 ? `${t.slice(0, 40)}…` : t
}
