import type { QuestionStatus } from './question-draft'

/**
 * Review flow: a draft is approved before contests may use it; an approved
 * question is retired instead of deleted (results keep pointing at it), and a
 * retired one can be brought back. Nothing returns to draft: once approved,
 * its versions may already have been asked.
 */
const NEXT: Record<QuestionStatus, readonly QuestionStatus[]> = {
  draft: ['approved'],
  approved: ['retired'],
  retired: ['approved'],
}

export function allowedStatusChanges(from: QuestionStatus): readonly QuestionStatus[] {
  return NEXT[from]
}

export function canChangeStatus(from: QuestionStatus, to: QuestionStatus): boolean {
  return NEXT[from].includes(to)
}

export const STATUS_LABELS_VI: Record<QuestionStatus, string> = {
  draft: 'Nháp',
  approved: 'Đã duyệt',
  retired: 'Ngừng dùng',
}
