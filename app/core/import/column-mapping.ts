import { z } from 'zod'
import { foldDiacritics } from '~/core/text/normalize'

/**
 * Which column of an organiser's spreadsheet holds which part of a question.
 * Client-safe: the mapping editor in the UI uses these labels and the guesser.
 */

export const OPTION_FIELDS = ['optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'optionF'] as const
export type OptionField = (typeof OPTION_FIELDS)[number]

export const IMPORT_FIELDS = [
  'number',
  'type',
  'stem',
  ...OPTION_FIELDS,
  'correct',
  'explanation',
  'sourceDocument',
  'sourceArticle',
  'sourceUrl',
  'tags',
  'difficulty',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Field → column letter (A, B, …, AA). */
export type ColumnMapping = Partial<Record<ImportField, string>>

export const columnMappingSchema = z.partialRecord(
  z.enum(IMPORT_FIELDS),
  z.string().regex(/^[A-Z]{1,3}$/, 'Cột phải là chữ cái như A, B, …, AA'),
)

/** The template's own headers; also how each field is named in messages. */
export const FIELD_LABELS_VI: Record<ImportField, string> = {
  number: 'STT',
  type: 'Loại câu hỏi',
  stem: 'Nội dung câu hỏi',
  optionA: 'Phương án A',
  optionB: 'Phương án B',
  optionC: 'Phương án C',
  optionD: 'Phương án D',
  optionE: 'Phương án E',
  optionF: 'Phương án F',
  correct: 'Đáp án đúng',
  explanation: 'Giải thích',
  sourceDocument: 'Văn bản nguồn',
  sourceArticle: 'Điều/khoản',
  sourceUrl: 'Đường dẫn nguồn',
  tags: 'Chủ đề',
  difficulty: 'Độ khó',
}

/** Column order of the template and of the XLSX export (no STT: the importer does not need it). */
export const TEMPLATE_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter((f) => f !== 'number')

// Folded synonyms (see foldHeader). Order inside a list does not matter; a header
// belongs to at most one field.
const SYNONYMS: Record<Exclude<ImportField, OptionField>, string[]> = {
  number: [
    'stt',
    'tt',
    'so tt',
    'so thu tu',
    'thu tu',
    'no',
    '#',
    'cau',
    'cau so',
    'so cau',
    'ma cau hoi',
    'ma cau',
    'id',
    'number',
  ],
  type: ['loai cau hoi', 'loai', 'kieu cau hoi', 'kieu', 'dang cau hoi', 'dang', 'hinh thuc', 'type', 'question type'],
  stem: [
    'noi dung cau hoi',
    'cau hoi',
    'noi dung',
    'de bai',
    'cau hoi trac nghiem',
    'noi dung cau',
    'question',
    'question text',
    'stem',
    'text',
  ],
  correct: [
    'dap an dung',
    'dap an',
    'dap an chinh xac',
    'phuong an dung',
    'dap an lua chon',
    'ket qua',
    'd a',
    'da',
    'correct',
    'correct answer',
    'correct answers',
    'answer',
    'answers',
    'key',
  ],
  explanation: [
    'giai thich',
    'giai thich dap an',
    'loi giai',
    'huong dan',
    'huong dan giai',
    'explanation',
    'feedback',
  ],
  sourceDocument: [
    'van ban nguon',
    'van ban',
    'can cu',
    'can cu phap ly',
    'co so phap ly',
    'nguon',
    'nguon trich dan',
    'trich dan',
    'van ban phap luat',
    'van ban quy pham phap luat',
    'tai lieu',
    'source',
    'document',
    'legal source',
    'reference',
  ],
  sourceArticle: ['dieu khoan', 'dieu', 'dieu khoan muc', 'dieu khoan diem', 'vi tri', 'article', 'clause'],
  sourceUrl: ['duong dan nguon', 'duong dan', 'link', 'lien ket', 'url', 'source url', 'link nguon'],
  tags: ['chu de', 'linh vuc', 'nhom', 'nhom cau hoi', 'chuyen de', 'tags', 'tag', 'topic', 'topics', 'category'],
  difficulty: ['do kho', 'muc do', 'muc do kho', 'cap do', 'difficulty', 'level'],
}

const SYNONYM_TO_FIELD = new Map<string, ImportField>()
for (const [field, words] of Object.entries(SYNONYMS) as [ImportField, string[]][]) {
  for (const w of words) SYNONYM_TO_FIELD.set(w, field)
}

const OPTION_BY_LETTER =
  /^(?:phuong an tra loi|phuong an|dap an|lua chon|cau tra loi|tra loi|pa|option|answer|choice)?\s*([a-f])$/
const OPTION_BY_DIGIT = /^(?:phuong an tra loi|phuong an|dap an|lua chon|pa|option|choice)\s*([1-6])$/

/** "Đáp án đúng (A/B/C/D) *" → "dap an dung": accents, brackets and punctuation do not matter. */
export function foldHeader(header: string): string {
  return foldDiacritics(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
}

export function matchHeader(header: string): ImportField | undefined {
  const h = foldHeader(header)
  if (!h) return undefined
  const direct = SYNONYM_TO_FIELD.get(h)
  if (direct) return direct
  const letter = OPTION_BY_LETTER.exec(h)
  if (letter) return OPTION_FIELDS[letter[1].charCodeAt(0) - 97]
  const digit = OPTION_BY_DIGIT.exec(h)
  if (digit) return OPTION_FIELDS[Number(digit[1]) - 1]
  return undefined
}

/** headers[0] is column A. The first column matching a field wins. */
export function guessColumnMapping(headers: readonly (string | undefined)[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  headers.forEach((header, i) => {
    const field = header ? matchHeader(header) : undefined
    if (field && !mapping[field]) mapping[field] = columnLetter(i)
  })
  return mapping
}

/** How convincing a mapping is as a question header: the stem and answers weigh most. */
export function mappingScore(mapping: ColumnMapping): number {
  let score = 0
  for (const field of Object.keys(mapping) as ImportField[]) {
    if (field === 'stem') score += 3
    else if (field === 'correct') score += 2
    else score += 1
  }
  return score
}

/** A mapping is usable when it has a stem column and something that holds answers. */
export function isUsableMapping(mapping: ColumnMapping): boolean {
  const options = OPTION_FIELDS.filter((f) => mapping[f]).length
  return Boolean(mapping.stem) && (options >= 2 || Boolean(mapping.correct))
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** A → 0, AA → 26. */
export function columnIndex(letter: string): number {
  let n = 0
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}
