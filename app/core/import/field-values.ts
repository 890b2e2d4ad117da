import type { Difficulty, QuestionType } from '~/core/questions/question-draft'
import { MAX_OPTIONS, foldForCompare } from '~/core/questions/question-draft'
import { foldDiacritics, nfc } from '~/core/text/normalize'

/**
 * Reading the free-text values organisers type into cells and lines:
 * "Trung bình", "A, C", "Đúng/Sai", "Khoản 2 Điều 5 Luật …".
 */

const fold = (s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  de: 'easy',
  easy: 'easy',
  '1': 'easy',
  thap: 'easy',
  'co ban': 'easy',
  'nhan biet': 'easy',
  'muc 1': 'easy',
  'muc do 1': 'easy',
  'trung binh': 'medium',
  tb: 'medium',
  medium: 'medium',
  '2': 'medium',
  vua: 'medium',
  'thong hieu': 'medium',
  'muc 2': 'medium',
  'muc do 2': 'medium',
  kho: 'hard',
  hard: 'hard',
  '3': 'hard',
  cao: 'hard',
  'van dung': 'hard',
  'van dung cao': 'hard',
  'muc 3': 'hard',
  'muc do 3': 'hard',
}

/** undefined = blank; null = not understood. */
export function parseDifficulty(text: string): Difficulty | undefined | null {
  const f = fold(text)
  if (!f) return undefined
  return DIFFICULTY_WORDS[f] ?? null
}

const TYPE_WORDS: Record<string, QuestionType> = {
  single: 'single',
  'mot dap an': 'single',
  'mot dap an dung': 'single',
  '1 dap an': 'single',
  '1 dap an dung': 'single',
  'chon 1': 'single',
  'chon mot': 'single',
  'mot lua chon': 'single',
  'trac nghiem': 'single',
  'trac nghiem 1 dap an': 'single',
  'single choice': 'single',
  multichoice: 'single',
  multiple: 'multiple',
  'nhieu dap an': 'multiple',
  'nhieu dap an dung': 'multiple',
  'chon nhieu': 'multiple',
  'nhieu lua chon': 'multiple',
  'multiple choice': 'multiple',
  'multiple answers': 'multiple',
  multi: 'multiple',
  'true false': 'true_false',
  'dung sai': 'true_false',
  'dung hoac sai': 'true_false',
  tf: 'true_false',
  truefalse: 'true_false',
  prediction: 'prediction',
  'du doan': 'prediction',
  'cau hoi du doan': 'prediction',
  'cau du doan': 'prediction',
}

/** Accepts the template's labels (TYPE_LABELS_VI), the enum values and common variants. */
export function parseQuestionType(text: string): QuestionType | undefined | null {
  const f = fold(text.replace(/_/g, ' '))
  if (!f) return undefined
  return TYPE_WORDS[f] ?? null
}

const TRUE_WORDS = new Set(['dung', 'd', 'true', 't', 'yes', 'co', 'chinh xac'])
const FALSE_WORDS = new Set(['sai', 's', 'false', 'f', 'no', 'khong'])

/** "Đúng" → true, "Sai" → false, anything else → undefined. */
export function parseTruth(text: string): boolean | undefined {
  const f = fold(text)
  if (TRUE_WORDS.has(f)) return true
  if (FALSE_WORDS.has(f)) return false
  return undefined
}

/** Index of the "Đúng" option when the options are exactly Đúng and Sai (any order, any case). */
export function trueFalseIndex(options: readonly string[]): number | undefined {
  if (options.length !== 2) return undefined
  const a = parseTruth(options[0])
  const b = parseTruth(options[1])
  if (a === undefined || b === undefined || a === b) return undefined
  // Single letters like "D"/"S" are options of a normal question, not a Đúng/Sai pair.
  if (options.some((o) => fold(o).length < 2)) return undefined
  return a ? 0 : 1
}

export type AnswerParse = { indices: number[]; warning?: string } | { error: string }

/**
 * "B", "b.", "A, C", "A và C", "AC", "Phương án B", or the text of an option.
 * Digits are accepted (1 → A) with a warning because some files number options.
 */
export function parseAnswer(text: string, options: readonly string[]): AnswerParse {
  const original = nfc(text).trim()
  const byText = options.findIndex((o) => o && foldForCompare(o) === foldForCompare(original))
  let f = fold(original)
  f = f
    .replace(/^(?:dap an dung|dap an|phuong an dung|phuong an|dap an la|chon|answer|correct)\s*(?:la\s*)?/, '')
    .trim()
  const tokens = f.split(/\s*(?:,|;|\/|&|\+|\bva\b|\band\b|\s)\s*/).filter(Boolean)
  const letters = tokens.length === 1 && /^[a-f]{2,6}$/.test(tokens[0]) ? [...tokens[0]] : tokens
  if (letters.length > 0 && letters.every((t) => /^[a-f]$/.test(t))) {
    return { indices: unique(letters.map((t) => t.charCodeAt(0) - 97)) }
  }
  if (letters.length > 0 && letters.every((t) => /^[1-6]$/.test(t))) {
    const indices = unique(letters.map((t) => Number(t) - 1))
    const named = indices.map((i) => String.fromCharCode(65 + i)).join(', ')
    return { indices, warning: `Đáp án ghi bằng số “${original}”; đã hiểu là phương án ${named}` }
  }
  if (byText >= 0) return { indices: [byText] }
  return {
    error: `Không hiểu đáp án đúng “${original}”; hãy ghi chữ cái của phương án, ví dụ B hoặc A,C (tối đa ${MAX_OPTIONS} phương án A–F)`,
  }
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b)
}

/** "hiến pháp, quyền con người; đất đai" → three tags, blanks and repeats dropped. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const part of nfc(text).split(/[,;\n]/)) {
    const t = part.trim()
    const key = t.toLowerCase()
    if (t && !seen.has(key)) {
      seen.add(key)
      tags.push(t)
    }
  }
  return tags
}

const CITATION =
  /^((?:(?:điểm|khoản|mục|tiểu mục)\s+[\p{L}\d.]+\s*,?\s*)*điều\s+\d+[\p{L}]?)\s*(?:[,\-–—:]\s*|\s+)(?:(?:của|tại|thuộc)\s+)?(\S.*)$/iu

/**
 * "Khoản 2 Điều 5 Luật Phổ biến, giáo dục pháp luật 2012" →
 * { article: "Khoản 2 Điều 5", document: "Luật Phổ biến, giáo dục pháp luật 2012" }.
 * Text that does not start with an article is all document.
 */
export function splitLegalCitation(text: string): { document: string; article?: string } {
  const t = nfc(text).trim()
  const m = CITATION.exec(t)
  if (!m) return { document: t }
  return { article: m[1].trim(), document: m[2].trim() }
}
