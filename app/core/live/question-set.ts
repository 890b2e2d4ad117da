import type { Difficulty, QuestionStatus, QuestionType } from '../questions/question-draft'

/**
 * Saved question sets for live sessions: which of a set's questions a game
 * can ask right now, how that is told to the host, and the editor's ordering
 * moves. A set keeps question ids; the versions are pinned when a session is
 * created (docs/decisions/008-saved-question-sets.md). Client-safe.
 */

/** Question types a live game can ask (a prediction question has no key to reveal). */
export const LIVE_QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'true_false']

export type SetItemProblem = 'draft' | 'retired' | 'prediction' | 'no_version'

export const SET_ITEM_PROBLEM_VI: Record<SetItemProblem, string> = {
  draft: 'chưa duyệt',
  retired: 'đã ngừng dùng',
  prediction: 'câu dự đoán không dùng được khi thi trực tiếp',
  no_version: 'chưa có nội dung',
}

/** Why a question cannot be asked live now, or null when it can. */
export function setItemProblem(q: { status: QuestionStatus; type: QuestionType; hasCurrentVersion: boolean }): SetItemProblem | null {
  if (!q.hasCurrentVersion) return 'no_version'
  if (!LIVE_QUESTION_TYPES.includes(q.type)) return 'prediction'
  if (q.status === 'retired') return 'retired'
  if (q.status === 'draft') return 'draft'
  return null
}

/** A question as the set editor shows it, chosen or found. */
export type SetQuestionView = {
  id: string
  stem: string
  bankName: string
  status: QuestionStatus
  type: QuestionType
  difficulty: Difficulty
  problem: SetItemProblem | null
}

export type SetProblemItem = { position: number; stem: string; problem: SetItemProblem }

const STEM_PREVIEW = 60

function preview(stem: string): string {
  const flat = stem.replace(/\s+/g, ' ').trim()
  return flat.length > STEM_PREVIEW ? `${flat.slice(0, STEM_PREVIEW - 1)}…` : flat
}

/** How many and which questions block a session, in the set's order (positions shown 1-based). */
export function describeSetProblems(items: readonly SetProblemItem[], shown = 5): string {
  const sorted = [...items].sort((a, b) => a.position - b.position)
  const listed = sorted.slice(0, shown).map((i) => `câu ${i.position + 1} “${preview(i.stem)}” (${SET_ITEM_PROBLEM_VI[i.problem]})`)
  const more = sorted.length > shown ? ` và ${sorted.length - shown} câu khác` : ''
  return `${sorted.length} câu trong bộ câu hỏi không dùng được cho thi trực tiếp: ${listed.join('; ')}${more}. Hãy duyệt lại các câu này hoặc bỏ chúng khỏi bộ rồi tạo phiên.`
}

/** The list with the item at `index` moved by `offset` places (clamped); a new array, the input untouched. */
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] {
  const out = [...items]
  if (index < 0 || index >= out.length) return out
  const to = Math.min(out.length - 1, Math.max(0, index + offset))
  const [item] = out.splice(index, 1)
  out.splice(to, 0, item)
  return out
}

/** Appends an item unless one with the same key is already there (a set holds a question once). */
export function addUnique<T>(items: readonly T[], item: T, key: (x: T) => string): T[] {
  return items.some((x) => key(x) === key(item)) ? [...items] : [...items, item]
}
