import type { ImportLocation } from './import-types'
import type { Emphasis, EmphasisOf, SourceLine } from './parse-question-text'
import { isQuestionLabel } from './parse-question-text'
import type { DocxParagraph } from './read-docx'

/**
 * Word paragraphs as the text parser's lines. Automatic numbering becomes
 * what the organiser sees: a "Câu 3:" label is written into the text, while
 * list items under a question (A./a)/bullets/sub-numbers) become options by
 * position, so a continuing list that shows "E, F, G" still reads as A, B, C.
 */
export function paragraphLines(p: DocxParagraph, location: ImportLocation, prefix = ''): SourceLine[] {
  const n = p.numbering
  let label = prefix
  let hint: SourceLine['hint']
  if (n && !prefix) {
    const shown = n.label.trim()
    const letterList = n.format === 'upperLetter' || n.format === 'lowerLetter'
    if (isQuestionLabel(shown)) label = `${shown} `
    else if (n.format === 'bullet' || letterList || n.level >= 1) hint = 'option'
    else if (shown) label = `${shown} `
  }
  const flags = charFlags(p)
  if (hint) {
    // An option is one item even if it wraps with Shift+Enter.
    const text = p.text.replace(/\n/g, ' ')
    return [{ text, location, hint, emphasisOf: emphasisFor(flags, 0, 0) }]
  }
  const lines: SourceLine[] = []
  let offset = 0
  p.text.split('\n').forEach((segment, i) => {
    const pre = i === 0 ? label : ''
    lines.push({ text: pre + segment, location, emphasisOf: emphasisFor(flags, offset, pre.length) })
    offset += segment.length + 1
  })
  return lines
}

const KINDS: Emphasis[] = ['bold', 'underline', 'color', 'highlight']

/** Per character of p.text: its emphasis, or null for whitespace (often left unformatted). */
function charFlags(p: DocxParagraph): (Emphasis[] | null)[] {
  const flags: (Emphasis[] | null)[] = []
  for (const run of p.runs) {
    const on = KINDS.filter((k) => run[k])
    for (const ch of run.text) {
      flags.push(/\s/.test(ch) ? null : on)
      if (ch.length === 2) flags.push(null)
    }
  }
  return flags
}

/** Line positions before `prefixLength` are the label we wrote, which carries no formatting. */
function emphasisFor(flags: (Emphasis[] | null)[], paragraphOffset: number, prefixLength: number): EmphasisOf {
  return (start, end) => {
    const counts: Partial<Record<Emphasis, number>> = {}
    let total = 0
    for (let i = Math.max(start, prefixLength); i < end; i++) {
      const at = paragraphOffset + i - prefixLength
      const f = flags[at]
      if (!f) continue
      total++
      for (const k of f) counts[k] = (counts[k] ?? 0) + 1
    }
    return shareOf(counts, total)
  }
}

function shareOf(counts: Partial<Record<Emphasis, number>>, total: number): Partial<Record<Emphasis, number>> {
  const out: Partial<Record<Emphasis, number>> = {}
  if (total === 0) return out
  for (const k of KINDS) if (counts[k]) out[k] = (counts[k] ?? 0) / total
  return out
}
