import { duplicateKey, type QuestionDraft, type QuestionStatus } from '~/core/questions/question-draft'
import { foldDiacritics } from '~/core/text/normalize'
import type { Prisma } from '~/generated/prisma/client'

/** Database enums are upper case; the core uses lower case. */
export const TYPE_TO_DB = { single: 'SINGLE', multiple: 'MULTIPLE', true_false: 'TRUE_FALSE', prediction: 'PREDICTION' } as const
export const DIFFICULTY_TO_DB = { easy: 'EASY', medium: 'MEDIUM', hard: 'HARD' } as const
export const STATUS_TO_DB = { draft: 'DRAFT', approved: 'APPROVED', retired: 'RETIRED' } as const

export type StoredOption = { id: string; text: string; correct: boolean }

/** Option ids are letters in authoring order; they stay fixed inside a version. */
export function toStoredOptions(draft: QuestionDraft): StoredOption[] {
  return draft.options.map((o, i) => ({ id: String.fromCharCode(97 + i), text: o.text, correct: o.correct }))
}

export function searchTextOf(draft: QuestionDraft): string {
  return foldDiacritics(
    [draft.stem, ...draft.options.map((o) => o.text), draft.source.document, draft.source.article ?? '', draft.explanation ?? '', ...draft.tags].join(' \u00B7 '),
  )
}

/** The immutable content of one version. */
export function versionData(draft: QuestionDraft, version: number, createdById: string | null) {
  return {
    version,
    type: TYPE_TO_DB[draft.type],
    stem: draft.stem,
    options: toStoredOptions(draft) as unknown as Prisma.InputJsonValue,
    explanation: draft.explanation ?? null,
    sourceDocument: draft.source.document,
    sourceArticle: draft.source.article ?? null,
    sourceUrl: draft.source.url ?? null,
    tags: draft.tags,
    difficulty: DIFFICULTY_TO_DB[draft.difficulty],
    createdById,
  }
}

/** The search/filter mirror of the current version kept on the question row. */
export function questionMirror(draft: QuestionDraft) {
  return {
    type: TYPE_TO_DB[draft.type],
    difficulty: DIFFICULTY_TO_DB[draft.difficulty],
    tags: draft.tags,
    searchText: searchTextOf(draft),
    sourceKey: foldDiacritics(`${draft.source.document} ${draft.source.article ?? ''}`),
    duplicateKey: duplicateKey(draft),
  }
}

/** Creates a question and its first version inside the caller's transaction. */
export async function createQuestion(
  tx: Prisma.TransactionClient,
  input: { bankId: string; draft: QuestionDraft; status: QuestionStatus; createdById: string | null; seedId?: string },
): Promise<string> {
  const question = await tx.question.create({
    data: {
      bankId: input.bankId,
      status: STATUS_TO_DB[input.status],
      seedId: input.seedId,
      ...questionMirror(input.draft),
      versions: { create: versionData(input.draft, 1, input.createdById) },
    },
    select: { id: true, versions: { select: { id: true } } },
  })
  await tx.question.update({ where: { id: question.id }, data: { currentVersionId: question.versions[0].id } })
  return question.id
}
