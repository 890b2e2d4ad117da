import { DIFFICULTY_LABELS_VI } from '~/core/questions/question-draft'
import { GIFT_META_PREFIX, type GiftMeta, giftMetaSchema } from '~/core/export/gift-format'
import { type DraftPart, type RawQuestion, buildDraft, partLabel } from './build-draft'
import { decodeText } from './decode-text'
import { emptyPreview, fileError, fileWarning, finalizePreview } from './finalize-preview'
import { MAX_IMPORT_ROWS, formatCount } from './import-limits'
import type { ImportIssue, ImportLocation, ImportPreview, PreviewImportInput, PreviewRow } from './import-types'

/**
 * Moodle GIFT: multiple choice ({=right ~wrong}), true/false ({T}/{F}),
 * multiple answers with weights (~%50%a), ::title::, // comments, escapes,
 * #feedback and ####general feedback (→ explanation), $CATEGORY: (→ topic).
 * Other GIFT types are reported per question, never thrown.
 */

type Ch = { c: string; esc: boolean }
/** Stands for an escaped \n until layout newlines have been folded into spaces. */
const ESCAPED_NEWLINE = '\uE000'
type Block = { text: string; line: number; meta?: GiftMeta; metaError?: string }

export function previewGift(input: PreviewImportInput, initialIssues: ImportIssue[] = []): ImportPreview {
  const file = input.fileName
  const decoded = decodeText(input.bytes)
  if ('error' in decoded) return emptyPreview('gift', [...initialIssues, fileError(file, decoded.error)])
  const fileIssues = [...initialIssues]
  if (decoded.warning) fileIssues.push(fileWarning(file, decoded.warning))
  if (!decoded.text.trim()) return emptyPreview('gift', [...fileIssues, fileError(file, 'Tệp rỗng, không có dữ liệu')])

  const blocks = splitBlocks(decoded.text)
  let category: string | undefined
  const questions: (Block & { category?: string })[] = []
  for (const b of blocks) {
    const cat = /^\s*\$CATEGORY:\s*(.*)$/i.exec(b.text)
    if (cat) {
      category = lastCategorySegment(cat[1])
      continue
    }
    questions.push({ ...b, category })
  }
  if (questions.length > MAX_IMPORT_ROWS) {
    return emptyPreview('gift', [
      ...fileIssues,
      fileError(
        file,
        `Tệp có ${formatCount(questions.length)} câu hỏi, vượt quá giới hạn ${formatCount(
          MAX_IMPORT_ROWS,
        )} câu mỗi lần nhập; hãy chia thành nhiều tệp`,
      ),
    ])
  }
  if (questions.length === 0)
    return emptyPreview('gift', [...fileIssues, fileError(file, 'Không tìm thấy câu hỏi GIFT nào')])

  let defaultDifficulty = 0
  const rows: Omit<PreviewRow, 'index'>[] = questions.map((b, i) => {
    const location: ImportLocation = { file, line: b.line, question: i + 1 }
    const locate = (part: DraftPart, optionIndex?: number): ImportLocation => ({
      ...location,
      field: partLabel(part, optionIndex),
    })
    const issues: ImportIssue[] = []
    if (b.metaError) issues.push({ location, message: b.metaError, severity: 'warning' })
    const parsed = parseQuestion(b.text)
    if ('error' in parsed) {
      return {
        location,
        raw: { stem: b.text.slice(0, 500) },
        issues: [...issues, { location, message: parsed.error, severity: 'error' }],
      }
    }
    if (parsed.warning) issues.push({ location, message: parsed.warning, severity: 'warning' })
    const meta = b.meta
    const tags = [...(meta?.tags ?? []), ...(b.category ? [b.category] : [])]
    const raw: RawQuestion = {
      type: meta?.type,
      stem: parsed.stem,
      options: parsed.options,
      explanation: parsed.explanation,
      sourceDocument: meta?.source?.document,
      sourceArticle: meta?.source?.article,
      sourceUrl: meta?.source?.url,
      tags: tags.length > 0 ? tags : undefined,
      difficulty: meta?.difficulty ? DIFFICULTY_LABELS_VI[meta.difficulty] : undefined,
    }
    if (parsed.essay && meta?.type !== 'prediction') {
      return {
        location,
        raw: { stem: parsed.stem },
        issues: [
          ...issues,
          {
            location,
            message: 'Câu tự luận (essay) của GIFT chưa được hỗ trợ; chỉ nhập được câu trắc nghiệm và Đúng/Sai',
            severity: 'error',
          },
        ],
      }
    }
    const built = buildDraft(raw, locate, { defaults: input.defaults, warnMissingDifficulty: false })
    if (built.usedDefaultDifficulty) defaultDifficulty++
    const all = [...issues, ...built.issues]
    return {
      location,
      ...(built.draft && !all.some((x) => x.severity === 'error') ? { draft: built.draft } : {}),
      ...(meta?.status ? { status: meta.status } : {}),
      raw: {
        stem: parsed.stem,
        ...Object.fromEntries(
          parsed.options.map((o, k) => [`option${String.fromCharCode(65 + k)}`, `${o.marked ? '= ' : '~ '}${o.text}`]),
        ),
      },
      issues: all,
    }
  })
  if (defaultDifficulty > 0) {
    const label = DIFFICULTY_LABELS_VI[input.defaults?.difficulty ?? 'medium']
    fileIssues.push(fileWarning(file, `${defaultDifficulty} câu hỏi không ghi độ khó; đã đặt “${label}”`))
  }
  return finalizePreview('gift', { rows, fileIssues })
}

/** Questions are separated by blank lines; // lines are comments (ours may carry metadata). */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let lines: string[] = []
  let start = 0
  let meta: GiftMeta | undefined
  let metaError: string | undefined
  const flush = () => {
    if (lines.some((l) => l.trim())) blocks.push({ text: lines.join('\n'), line: start, meta, metaError })
    lines = []
    meta = undefined
    metaError = undefined
  }
  text.split('\n').forEach((line, i) => {
    const comment = /^\s*\/\/(.*)$/.exec(line)
    if (comment) {
      const body = comment[1].trim()
      if (body.startsWith(GIFT_META_PREFIX)) {
        try {
          const parsed = giftMetaSchema.safeParse(JSON.parse(body.slice(GIFT_META_PREFIX.length)))
          if (parsed.success) meta = parsed.data
          else metaError = 'Dòng chú thích thông tin câu hỏi (thi-phap-luat) không hợp lệ; đã bỏ qua'
        } catch {
          metaError = 'Dòng chú thích thông tin câu hỏi (thi-phap-luat) không hợp lệ; đã bỏ qua'
        }
      }
      return
    }
    if (/^\s*\$CATEGORY:/i.test(line)) {
      // A category line stands alone even without blank lines around it.
      flush()
      blocks.push({ text: line, line: i + 1 })
      return
    }
    if (!line.trim()) {
      // A metadata comment belongs to the question right after it, even across a blank line.
      if (lines.some((l) => l.trim())) flush()
      return
    }
    if (!lines.length) start = i + 1
    lines.push(line)
  })
  flush()
  return blocks
}

type Parsed =
  | {
      stem: string
      options: { text: string; marked: boolean }[]
      explanation?: string
      essay: boolean
      warning?: string
    }
  | { error: string }

function parseQuestion(text: string): Parsed {
  let chars = scan(text)
  // ::title:: is Moodle's name for the question; the text is what matters here.
  const title = matchTitle(chars)
  if (title !== undefined) chars = chars.slice(title)
  const open = chars.findIndex((x) => x.c === '{' && !x.esc)
  if (open < 0) return { error: 'Không có phần đáp án {…}; câu mô tả (description) của GIFT không phải câu hỏi' }
  const close = chars.findIndex((x, i) => i > open && x.c === '}' && !x.esc)
  if (close < 0) return { error: 'Thiếu dấu } đóng phần đáp án' }

  let warning: string | undefined
  let before = plain(chars.slice(0, open))
  const after = plain(chars.slice(close + 1)).trim()
  const format = /^\s*\[(html|moodle|plain|markdown)\]/i.exec(before)
  if (format) {
    before = before.slice(format[0].length)
    if (format[1].toLowerCase() === 'html') {
      before = htmlToText(before)
      warning = 'Nội dung dạng HTML đã được chuyển thành văn bản thuần; hãy kiểm tra lại định dạng'
    }
  }
  const stem = collapse(after ? `${before.trim()} _____ ${after}` : before)
  const body = chars.slice(open + 1, close)
  const bodyText = plain(body).trim()

  if (!bodyText) return { stem, options: [], essay: true }
  if (bodyText.startsWith('#')) return { error: 'Câu trả lời dạng số (numerical) của GIFT chưa được hỗ trợ' }
  const general = splitGeneralFeedback(body)
  const answers = general.answers
  const tf = /^\s*(T|TRUE|F|FALSE)\s*(?:#|$)/i.exec(plain(answers))
  if (tf) {
    const truth = tf[1].toUpperCase().startsWith('T')
    const feedback = splitOn(answers, '#').slice(1).map(plain).map(collapse).find(Boolean)
    return {
      stem,
      options: [
        { text: 'Đúng', marked: truth },
        { text: 'Sai', marked: !truth },
      ],
      explanation: general.feedback ?? feedback,
      essay: false,
      ...(warning ? { warning } : {}),
    }
  }

  const items = splitAnswers(answers)
  if (items.length === 0) return { error: 'Phần đáp án {…} không có phương án nào (cần =đúng ~sai)' }
  if (items.some((a) => a.text.includes('->'))) return { error: 'Câu ghép cặp (matching) của GIFT chưa được hỗ trợ' }
  if (items.every((a) => a.prefix === '=')) {
    return {
      error:
        'Câu trả lời ngắn (short answer) của GIFT chưa được hỗ trợ; câu trắc nghiệm cần có phương án sai bắt đầu bằng ~',
    }
  }
  const options = items.map((a) => ({ text: a.text, marked: a.prefix === '=' || (a.weight ?? 0) > 0 }))
  const correctFeedback = items.find((a, i) => options[i].marked && a.feedback)?.feedback
  return {
    stem,
    options,
    explanation: general.feedback ?? correctFeedback,
    essay: false,
    ...(warning ? { warning } : {}),
  }
}

function scan(text: string): Ch[] {
  const out: Ch[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\' && i + 1 < text.length) {
      const n = text[++i]
      out.push({ c: n === 'n' ? ESCAPED_NEWLINE : n, esc: true })
    } else out.push({ c, esc: false })
  }
  return out
}

function plain(chars: readonly Ch[]): string {
  return chars.map((x) => x.c).join('')
}

/** Length of a leading ::title:: (with surrounding space), or undefined. */
function matchTitle(chars: readonly Ch[]): number | undefined {
  let i = 0
  while (i < chars.length && /\s/.test(chars[i].c)) i++
  const isColons = (k: number) => chars[k]?.c === ':' && !chars[k].esc && chars[k + 1]?.c === ':' && !chars[k + 1].esc
  if (!isColons(i)) return undefined
  for (let k = i + 2; k < chars.length - 1; k++) {
    if (isColons(k)) {
      let end = k + 2
      while (end < chars.length && /\s/.test(chars[end].c)) end++
      return end
    }
  }
  return undefined
}

function splitOn(chars: readonly Ch[], sep: string): Ch[][] {
  const parts: Ch[][] = [[]]
  for (const x of chars) {
    if (x.c === sep && !x.esc) parts.push([])
    else parts[parts.length - 1].push(x)
  }
  return parts
}

/** "####text" at the end of the answers is feedback for the whole question. */
function splitGeneralFeedback(body: Ch[]): { answers: Ch[]; feedback?: string } {
  for (let i = 0; i + 3 < body.length; i++) {
    if ([0, 1, 2, 3].every((k) => body[i + k].c === '#' && !body[i + k].esc)) {
      return { answers: body.slice(0, i), feedback: collapse(plain(body.slice(i + 4))) || undefined }
    }
  }
  return { answers: body }
}

type Answer = { prefix: '=' | '~'; weight?: number; text: string; feedback?: string }

function splitAnswers(body: readonly Ch[]): Answer[] {
  const answers: { prefix: '=' | '~'; chars: Ch[] }[] = []
  for (const x of body) {
    if ((x.c === '=' || x.c === '~') && !x.esc) answers.push({ prefix: x.c, chars: [] })
    else answers[answers.length - 1]?.chars.push(x)
  }
  return answers.map(({ prefix, chars }) => {
    const [textChars, ...feedback] = splitOn(chars, '#')
    let text = plain(textChars)
    let weight: number | undefined
    const w = /^\s*%(-?\d+(?:[.,]\d+)?)%/.exec(text)
    if (w) {
      weight = Number(w[1].replace(',', '.'))
      text = text.slice(w[0].length)
    }
    const fb = feedback.map(plain).map(collapse).find(Boolean)
    return { prefix, weight, text: collapse(text), ...(fb ? { feedback: fb } : {}) }
  })
}

/** Lines inside a question are layout; an escaped \n is a real line break. */
function collapse(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .join(' ')
    .trim()
    .replaceAll(ESCAPED_NEWLINE, '\n')
}

function lastCategorySegment(path: string): string | undefined {
  const segs = path
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s && !/^\$\w+\$$/.test(s) && s.toLowerCase() !== 'top')
  return segs[segs.length - 1]
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
