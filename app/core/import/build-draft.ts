import type { z } from 'zod'
import {
  DIFFICULTY_LABELS_VI,
  type QuestionDraft,
  type QuestionDraftInput,
  type QuestionType,
  optionLetter,
  questionDraftSchema,
} from '~/core/questions/question-draft'
import { nfc } from '~/core/text/normalize'
import {
  parseAnswer,
  parseDifficulty,
  parseQuestionType,
  parseTruth,
  splitLegalCitation,
  splitTags,
  trueFalseIndex,
} from './field-values'
import type { ImportDefaults, ImportIssue, ImportLocation } from './import-types'

/**
 * One path from "what the file said" to a validated QuestionDraft, shared by
 * every format so that a question means the same thing in XLSX, Word or GIFT.
 */

export type DraftPart =
  | 'type'
  | 'stem'
  | 'option'
  | 'correct'
  | 'explanation'
  | 'sourceDocument'
  | 'sourceArticle'
  | 'sourceUrl'
  | 'tags'
  | 'difficulty'

/** Where each part of this question sits in the file (optionIndex for 'option'). */
export type Locate = (part: DraftPart, optionIndex?: number) => ImportLocation

export type RawQuestion = {
  type?: string
  stem: string
  /** marked = the file singled this option out (*, bold, colour…); used when there is no answer text. */
  options: { text: string; marked?: boolean }[]
  /** Answer as written: letters, an option's text, or Đúng/Sai. */
  correct?: string
  explanation?: string
  sourceDocument?: string
  sourceArticle?: string
  sourceUrl?: string
  tags?: string | string[]
  difficulty?: string
}

export type BuildDraftOptions = {
  defaults?: ImportDefaults
  /** Tabular rows warn on each blank difficulty; text formats warn once per file instead. */
  warnMissingDifficulty: boolean
}

export type BuiltDraft = { draft?: QuestionDraft; issues: ImportIssue[]; usedDefaultDifficulty: boolean }

const clean = (s: string | undefined) => nfc(s ?? '').trim()

export function buildDraft(raw: RawQuestion, locate: Locate, opts: BuildDraftOptions): BuiltDraft {
  const issues: ImportIssue[] = []
  const locateCorrect = locate('correct')
  const error = (part: DraftPart, message: string, optionIndex?: number) =>
    issues.push({
      location: part === 'correct' ? locateCorrect : locate(part, optionIndex),
      message,
      severity: 'error',
    })
  const warning = (part: DraftPart, message: string, optionIndex?: number) =>
    issues.push({ location: locate(part, optionIndex), message, severity: 'warning' })

  const typeText = clean(raw.type)
  let type: QuestionType | undefined
  if (typeText) {
    const parsed = parseQuestionType(typeText)
    if (parsed) type = parsed
    else
      error('type', `Loại câu hỏi “${typeText}” không hợp lệ; hãy dùng Một đáp án, Nhiều đáp án, Đúng/Sai hoặc Dự đoán`)
  }

  let options = raw.options.map((o) => ({ text: clean(o.text), correct: false }))
  const optionTexts = options.map((o) => o.text)
  const marked = raw.options.flatMap((o, i) => (o.marked ? [i] : []))
  const correctText = clean(raw.correct)
  let correct: number[] = []

  if (correctText && type !== 'prediction') {
    const truth = parseTruth(correctText)
    const tfIndex = trueFalseIndex(optionTexts)
    if (truth !== undefined && options.length === 0 && (type === undefined || type === 'true_false')) {
      // A Đúng/Sai row often leaves the option columns empty.
      options = [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: false },
      ]
      correct = [truth ? 0 : 1]
      type = 'true_false'
    } else if (truth !== undefined && tfIndex !== undefined && !/^[a-f]$/i.test(correctText)) {
      correct = [truth ? tfIndex : 1 - tfIndex]
    } else {
      const parsed = parseAnswer(correctText, optionTexts)
      if ('error' in parsed) error('correct', parsed.error)
      else {
        if (parsed.warning) warning('correct', parsed.warning)
        const missing = parsed.indices.filter((i) => i >= options.length || !optionTexts[i])
        if (missing.length > 0) {
          const letters = missing.map(optionLetter).join(', ')
          error('correct', `Đáp án đúng là ${letters} nhưng không có phương án ${letters}`)
        }
        correct = parsed.indices.filter((i) => i < options.length)
      }
    }
    if (marked.length > 0 && !sameSet(marked, correct) && !issues.some((i) => i.severity === 'error')) {
      warning(
        'correct',
        `Đáp án ghi “${correctText}” khác với phương án được đánh dấu (${marked
          .map(optionLetter)
          .join(', ')}); đã dùng đáp án ghi`,
      )
    }
  } else if (correctText && type === 'prediction') {
    warning('correct', 'Câu hỏi dự đoán không có đáp án đúng cố định; đã bỏ qua ô đáp án')
  } else {
    correct = marked
  }
  for (const i of correct) options[i].correct = true

  if (!type) {
    if (trueFalseIndex(options.map((o) => o.text)) !== undefined) type = 'true_false'
    else type = correct.length > 1 ? 'multiple' : 'single'
  }
  if (type === 'prediction' && options.every((o) => !o.text)) options = []

  let usedDefaultDifficulty = false
  const difficultyText = clean(raw.difficulty)
  let difficulty = parseDifficulty(difficultyText)
  if (difficulty === null) {
    error('difficulty', `Độ khó “${difficultyText}” không hợp lệ; hãy dùng Dễ, Trung bình hoặc Khó`)
  } else if (difficulty === undefined) {
    difficulty = opts.defaults?.difficulty ?? 'medium'
    usedDefaultDifficulty = true
    if (opts.warnMissingDifficulty)
      warning('difficulty', `Chưa ghi độ khó; đã đặt “${DIFFICULTY_LABELS_VI[difficulty]}”`)
  }

  const tags = Array.isArray(raw.tags) ? raw.tags : splitTags(raw.tags ?? '')
  let document = clean(raw.sourceDocument)
  let article = clean(raw.sourceArticle)
  if (document && !article) {
    const split = splitLegalCitation(document)
    if (split.article) ({ document, article } = { document: split.document, article: split.article })
  }
  const fallback = opts.defaults?.source
  const source = document
    ? { document, article: article || undefined, url: clean(raw.sourceUrl) || undefined }
    : {
        document: fallback?.document ?? '',
        article: article || fallback?.article,
        url: clean(raw.sourceUrl) || fallback?.url,
      }

  const explanation = clean(raw.explanation)
  // Absent rather than undefined keys: the same draft as parsing the bank's own JSON.
  const input: QuestionDraftInput = {
    type,
    stem: raw.stem,
    options,
    ...(explanation ? { explanation } : {}),
    source: withoutUndefined(source),
    tags: tags.length > 0 ? tags : opts.defaults?.tags ?? [],
    difficulty: difficulty ?? 'medium',
  }
  const parsed = questionDraftSchema.safeParse(input)
  if (!parsed.success) {
    // "Chưa đánh dấu đáp án đúng" adds nothing when the answer itself was already refused.
    const answerRefused = issues.some((i) => i.severity === 'error' && i.location === locateCorrect)
    const schemaIssues = parsed.error.issues.filter(
      (i) => !(answerRefused && i.path.length === 1 && i.path[0] === 'options' && /đáp án|đánh dấu/i.test(i.message)),
    )
    issues.push(...zodIssuesToImportIssues(schemaIssues, locate))
  }
  const ok = parsed.success && !issues.some((i) => i.severity === 'error')
  return { draft: ok ? parsed.data : undefined, issues: dedupeIssues(issues), usedDefaultDifficulty }
}

/** Puts each schema complaint on the cell/line it is about. */
export function zodIssuesToImportIssues(zodIssues: readonly z.core.$ZodIssue[], locate: Locate): ImportIssue[] {
  return zodIssues.map((issue) => {
    const [head, second] = issue.path
    let location: ImportLocation
    if (head === 'options' && typeof second === 'number') location = locate('option', second)
    else if (head === 'options') {
      // Count/marking rules: marking problems belong to the answer, count problems to the options.
      location = /đáp án|đánh dấu/i.test(issue.message) ? locate('correct') : locate('option', 0)
    } else if (head === 'source') {
      location = locate(second === 'url' ? 'sourceUrl' : second === 'article' ? 'sourceArticle' : 'sourceDocument')
    } else if (
      head === 'stem' ||
      head === 'type' ||
      head === 'explanation' ||
      head === 'tags' ||
      head === 'difficulty'
    ) {
      location = locate(head)
    } else location = locate('stem')
    return { location, message: issue.message, severity: 'error' as const }
  })
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

function dedupeIssues(issues: ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = `${i.severity}|${i.message}|${JSON.stringify(i.location)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const PART_LABELS: Record<Exclude<DraftPart, 'option'>, string> = {
  type: 'Loại câu hỏi',
  stem: 'Nội dung câu hỏi',
  correct: 'Đáp án đúng',
  explanation: 'Giải thích',
  sourceDocument: 'Văn bản nguồn',
  sourceArticle: 'Điều/khoản',
  sourceUrl: 'Đường dẫn nguồn',
  tags: 'Chủ đề',
  difficulty: 'Độ khó',
}

/** "Phương án B", "Đáp án đúng": how a part is named in a location. */
export function partLabel(part: DraftPart, optionIndex = 0): string {
  return part === 'option' ? `Phương án ${optionLetter(optionIndex)}` : PART_LABELS[part]
}
