import { z } from 'zod'
import {
  DIFFICULTIES,
  type QuestionDraft,
  type QuestionDraftInput,
  QUESTION_TYPES,
  type QuestionType,
  questionDraftSchema,
} from './question-draft'

/**
 * The authoring form: flat fields (options[0].text, correct = option indices,
 * tags as one comma-separated text) turned into a QuestionDraft by the one
 * schema that decides what a valid question is, with every problem reported
 * on the form field it belongs to. Used by the browser (instant feedback) and
 * the action (the real check). Client-safe.
 */

export const TRUE_FALSE_OPTIONS = ['Đúng', 'Sai'] as const

const formFields = z.object({
  type: z.enum(QUESTION_TYPES, { error: 'Chọn loại câu hỏi' }),
  stem: z.string().optional(),
  options: z.array(z.object({ text: z.string().optional() }).optional()).optional(),
  /** Indices (as text) of the options marked correct. */
  correct: z.array(z.string()).optional(),
  explanation: z.string().optional(),
  source: z
    .object({ document: z.string().optional(), article: z.string().optional(), url: z.string().optional() })
    .optional(),
  tags: z.string().optional(),
  difficulty: z.enum(DIFFICULTIES, { error: 'Chọn độ khó' }),
  /** Only when creating: draft or approved. */
  status: z.enum(['draft', 'approved'], { error: 'Trạng thái không hợp lệ' }).optional(),
  /** Only when editing: the version the organiser started from, to catch concurrent edits. */
  baseVersion: z.coerce.number().int().positive().optional(),
})
type FormFields = z.output<typeof formFields>

/** "a, b; c" → ["a", "b", "c"]; blanks dropped. */
export function splitTagText(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean)
}

export function formToDraftInput(v: FormFields): QuestionDraftInput {
  const correct = new Set((v.correct ?? []).map(Number))
  const texts: string[] =
    v.type === 'prediction'
      ? []
      : v.type === 'true_false'
        ? [...TRUE_FALSE_OPTIONS]
        : (v.options ?? []).map((o) => o?.text ?? '')
  return {
    type: v.type,
    stem: v.stem ?? '',
    options: texts.map((text, i) => ({ text, correct: correct.has(i) })),
    explanation: v.explanation,
    source: { document: v.source?.document ?? '', article: v.source?.article, url: v.source?.url ?? '' },
    tags: splitTagText(v.tags),
    difficulty: v.difficulty,
  }
}

/** A draft's issue path → the form field that shows it. */
function formPath(path: readonly PropertyKey[]): (string | number)[] {
  if (path[0] === 'tags') return ['tags']
  return path.filter((p): p is string | number => typeof p !== 'symbol')
}

export type QuestionFormValue = { draft: QuestionDraft; status?: 'draft' | 'approved'; baseVersion?: number }

export const questionFormSchema = formFields.transform((v, ctx): QuestionFormValue => {
  const parsed = questionDraftSchema.safeParse(formToDraftInput(v))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: formPath(issue.path) })
    return z.NEVER
  }
  return { draft: parsed.data, status: v.status, baseVersion: v.baseVersion }
})

/** Defaults for the form from a stored question (editing) or a blank one. */
export type QuestionFormDefaults = {
  type: QuestionType
  stem: string
  options: { text: string; correct: boolean }[]
  explanation: string
  source: { document: string; article: string; url: string }
  tags: string
  difficulty: (typeof DIFFICULTIES)[number]
}

export function draftToFormDefaults(draft: QuestionDraft): QuestionFormDefaults {
  return {
    type: draft.type,
    stem: draft.stem,
    options: draft.options.map((o) => ({ text: o.text, correct: o.correct })),
    explanation: draft.explanation ?? '',
    source: { document: draft.source.document, article: draft.source.article ?? '', url: draft.source.url ?? '' },
    tags: draft.tags.join(', '),
    difficulty: draft.difficulty,
  }
}

export const BLANK_FORM: QuestionFormDefaults = {
  type: 'single',
  stem: '',
  options: [
    { text: '', correct: false },
    { text: '', correct: false },
    { text: '', correct: false },
    { text: '', correct: false },
  ],
  explanation: '',
  source: { document: '', article: '', url: '' },
  tags: '',
  difficulty: 'medium',
}
