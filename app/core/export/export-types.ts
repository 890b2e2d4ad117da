import type { QuestionDraft, QuestionStatus } from '~/core/questions/question-draft'

export type ExportBank = { name: string; description?: string | null }

/** A stored question as exporters see it: the draft plus its review status. */
export type ExportQuestion = QuestionDraft & { status?: QuestionStatus }
