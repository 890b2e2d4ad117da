import type { QuestionDraft, QuestionStatus } from '~/core/questions/question-draft'
import { PAGE_SIZE, type QuestionFilters } from '~/core/questions/question-filters'
import { canChangeStatus, STATUS_LABELS_VI } from '~/core/questions/question-status'
import { diffVersions, sameContent, type VersionChange } from '~/core/questions/version-diff'
import type { Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'
import { audit } from './audit.server'
import type { Actor } from './banks.server'
import { STATUS_FROM_DB, TYPE_FROM_DB, DIFFICULTY_FROM_DB, versionContentSelect, versionToDraft } from './question-read.server'
import { createQuestion, DIFFICULTY_TO_DB, questionMirror, STATUS_TO_DB, TYPE_TO_DB, versionData } from './question-write.server'

/**
 * The filter of a bank view, on the mirror columns of Question (no join):
 * every folded word must occur in the folded text (LIKE '%word%', answered
 * by the trigram index), source words in the folded source.
 */
export function questionWhere(bankId: string, f: QuestionFilters): Prisma.QuestionWhereInput {
  const and: Prisma.QuestionWhereInput[] = [
    ...f.terms.map((t) => ({ searchText: { contains: t } })),
    ...f.sourceTerms.map((t) => ({ sourceKey: { contains: t } })),
  ]
  return {
    bankId,
    ...(f.status ? { status: STATUS_TO_DB[f.status] } : {}),
    ...(f.difficulty ? { difficulty: DIFFICULTY_TO_DB[f.difficulty] } : {}),
    ...(f.type ? { type: TYPE_TO_DB[f.type] } : {}),
    ...(f.tag ? { tags: { has: f.tag } } : {}),
    ...(and.length ? { AND: and } : {}),
  }
}

/** Authoring order; ties (one import, one seed) broken by id, which follows the file's order. */
const bankOrder: Prisma.QuestionOrderByWithRelationInput[] = [{ createdAt: 'asc' }, { id: 'asc' }]

export type QuestionListItem = Awaited<ReturnType<typeof searchQuestions>>['items'][number]

/**
 * Text searches count their matches only up to this many: counting every one
 * of 40,000 matches of "nghị quyết" costs a scan of the bank, stopping at
 * 1,001 costs a few milliseconds. Beyond it the page says "more than 1,000".
 */
export const COUNT_CAP = 1000

async function countMatches(db: Db, where: Prisma.QuestionWhereInput, filters: QuestionFilters): Promise<{ total: number; capped: boolean }> {
  if (filters.terms.length === 0 && filters.sourceTerms.length === 0) return { total: await db.question.count({ where }), capped: false }
  const ids = await db.question.findMany({ where, select: { id: true }, take: COUNT_CAP + 1 })
  return ids.length > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: ids.length, capped: false }
}

/** One page of a bank view, with the total for the pager (capped for text searches, see COUNT_CAP). */
export async function searchQuestions(db: Db, bankId: string, filters: QuestionFilters, page: number, pageSize = PAGE_SIZE) {
  const where = questionWhere(bankId, filters)
  const [{ total, capped }, rows] = await Promise.all([
    countMatches(db, where, filters),
    db.question.findMany({
      where,
      orderBy: bankOrder,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        status: true,
        type: true,
        difficulty: true,
        tags: true,
        updatedAt: true,
        currentVersion: { select: { version: true, stem: true, sourceDocument: true, sourceArticle: true, sourceUrl: true } },
      },
    }),
  ])
  return {
    total,
    /** True when there are more than `total` matches. */
    capped,
    page,
    // Past the cap the number of pages is unknown: offer one more while pages come back full.
    pageCount: capped ? Math.max(Math.ceil(total / pageSize), rows.length === pageSize ? page + 1 : page) : Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({
      id: r.id,
      status: STATUS_FROM_DB[r.status],
      type: TYPE_FROM_DB[r.type],
      difficulty: DIFFICULTY_FROM_DB[r.difficulty],
      tags: r.tags,
      updatedAt: r.updatedAt.toISOString(),
      version: r.currentVersion?.version ?? 1,
      stem: r.currentVersion?.stem ?? '',
      source: {
        document: r.currentVersion?.sourceDocument ?? '',
        article: r.currentVersion?.sourceArticle ?? null,
        url: r.currentVersion?.sourceUrl ?? null,
      },
    })),
  }
}

/**
 * Topic lists by bank, with the stamp of the bank they were read from. Reading
 * the topics of 50,000 questions takes a scan of the bank; the stamp (count and
 * latest change, both from indexes) takes a millisecond. Every write to a
 * question moves its updatedAt and questions are never deleted one by one, so
 * an unchanged stamp means unchanged topics. Per process and bounded.
 */
const topicCache = new Map<string, { stamp: string; tags: string[] }>()
const TOPIC_CACHE_BANKS = 500

/** Every topic used in a bank, for the filter. */
export async function bankTags(db: Db, bankId: string): Promise<string[]> {
  const [state] = await db.$queryRaw<{ n: number; at: Date | null }[]>`
    SELECT count(*)::int AS n, max("updatedAt") AS at FROM "Question" WHERE "bankId" = ${bankId}`
  const stamp = `${state.n}:${state.at?.getTime() ?? 0}`
  const cached = topicCache.get(bankId)
  if (cached?.stamp === stamp) return cached.tags
  const rows = await db.$queryRaw<{ tag: string }[]>`SELECT DISTINCT unnest(tags) AS tag FROM "Question" WHERE "bankId" = ${bankId} ORDER BY tag`
  const tags = rows.map((r) => r.tag)
  topicCache.delete(bankId)
  topicCache.set(bankId, { stamp, tags })
  if (topicCache.size > TOPIC_CACHE_BANKS) topicCache.delete(topicCache.keys().next().value as string)
  return tags
}

/** Every topic used anywhere in the organisation: an import's tags outside this list are shown as new. */
export async function organisationTags(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(q.tags) AS tag FROM "Question" q JOIN "QuestionBank" b ON b.id = q."bankId"
    WHERE b."organisationId" = ${organisationId} ORDER BY tag`
  return rows.map((r) => r.tag)
}

/** Current content of the questions in a view, in bank order: what export and printing write. */
export async function listQuestionsForExport(db: Db, bankId: string, filters: QuestionFilters) {
  const rows = await db.question.findMany({
    where: questionWhere(bankId, filters),
    orderBy: bankOrder,
    select: { id: true, status: true, currentVersion: { select: { version: true, ...versionContentSelect } } },
  })
  return rows.flatMap((r) =>
    r.currentVersion ? [{ id: r.id, version: r.currentVersion.version, status: STATUS_FROM_DB[r.status], ...versionToDraft(r.currentVersion) }] : [],
  )
}

export type QuestionVersionView = {
  id: string
  version: number
  createdAt: string
  author: string | null
  draft: QuestionDraft
  /** Against the version before it; empty for the first. */
  changes: VersionChange[]
}

/** A question of the organisation's bank with its whole history, newest version first; null when it is not theirs. */
export async function getQuestion(db: Db, organisationId: string, bankId: string, questionId: string) {
  const q = await db.question.findFirst({
    where: { id: questionId, bankId, bank: { organisationId } },
    select: {
      id: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      currentVersionId: true,
      versions: {
        orderBy: { version: 'asc' },
        select: { id: true, version: true, createdAt: true, createdBy: { select: { fullName: true } }, ...versionContentSelect },
      },
    },
  })
  if (!q) return null
  const versions: QuestionVersionView[] = []
  let previous: QuestionDraft | undefined
  for (const v of q.versions) {
    const draft = versionToDraft(v)
    versions.push({
      id: v.id,
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      author: v.createdBy?.fullName ?? null,
      draft,
      changes: previous ? diffVersions(previous, draft) : [],
    })
    previous = draft
  }
  versions.reverse()
  const current = versions.find((v) => v.id === q.currentVersionId) ?? versions[0]
  return {
    id: q.id,
    status: STATUS_FROM_DB[q.status],
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
    current,
    versions,
  }
}

export async function createAuthoredQuestion(
  db: Db,
  actor: Actor,
  bankId: string,
  draft: QuestionDraft,
  status: 'draft' | 'approved',
): Promise<string> {
  return db.$transaction(async (tx) => {
    const id = await createQuestion(tx, { bankId, draft, status, createdById: actor.id })
    await audit(tx, actor, 'question.create', 'Question', id, { bankId, status, version: 1 })
    return id
  })
}

export type ReviseResult =
  | { ok: true; version: number; versionCreated: boolean }
  | { ok: false; reason: 'not_found' | 'conflict'; message: string }

/**
 * Saves an edit as a new immutable version and points the question (and its
 * search mirror) at it. Versions already asked keep their content. An edit
 * that changes nothing stores nothing. `baseVersion` is the version the form
 * was opened on: if someone saved another meanwhile, the edit is refused
 * instead of silently overwriting theirs.
 */
export async function reviseQuestion(
  db: Db,
  actor: Actor,
  bankId: string,
  questionId: string,
  draft: QuestionDraft,
  baseVersion?: number,
): Promise<ReviseResult> {
  return db.$transaction(async (tx) => {
    // Row lock: two simultaneous edits queue here instead of racing for the same version number.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT q.id FROM "Question" q JOIN "QuestionBank" b ON b.id = q."bankId"
      WHERE q.id = ${questionId} AND q."bankId" = ${bankId} AND b."organisationId" = ${actor.organisationId}
      FOR UPDATE OF q`
    if (locked.length === 0) return { ok: false, reason: 'not_found', message: 'Không tìm thấy câu hỏi' } as const
    const q = await tx.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { currentVersion: { select: { version: true, ...versionContentSelect } }, versions: { select: { version: true }, orderBy: { version: 'desc' }, take: 1 } },
    })
    const current = q.currentVersion
    if (current && baseVersion !== undefined && current.version !== baseVersion) {
      return {
        ok: false,
        reason: 'conflict',
        message: `Câu hỏi vừa được lưu thành phiên bản ${current.version} trong lúc bạn sửa. Hãy mở lại để xem nội dung mới rồi sửa tiếp.`,
      } as const
    }
    if (current && sameContent(versionToDraft(current), draft)) return { ok: true, version: current.version, versionCreated: false } as const
    const next = (q.versions[0]?.version ?? 0) + 1
    const created = await tx.questionVersion.create({ data: { questionId, ...versionData(draft, next, actor.id) }, select: { id: true } })
    await tx.question.update({ where: { id: questionId }, data: { currentVersionId: created.id, ...questionMirror(draft) } })
    await audit(tx, actor, 'question.revise', 'Question', questionId, { bankId, version: next, from: current?.version ?? null })
    return { ok: true, version: next, versionCreated: true } as const
  })
}

export type StatusResult = { ok: true } | { ok: false; message: string }

export async function setQuestionStatus(db: Db, actor: Actor, bankId: string, questionId: string, to: QuestionStatus): Promise<StatusResult> {
  const q = await db.question.findFirst({ where: { id: questionId, bankId, bank: { organisationId: actor.organisationId } }, select: { status: true } })
  if (!q) return { ok: false, message: 'Không tìm thấy câu hỏi' }
  const from = STATUS_FROM_DB[q.status]
  if (!canChangeStatus(from, to)) {
    return { ok: false, message: `Không thể chuyển câu hỏi từ “${STATUS_LABELS_VI[from]}” sang “${STATUS_LABELS_VI[to]}”.` }
  }
  // Conditional update: a concurrent change of status makes this one a no-op instead of a wrong transition.
  const updated = await db.question.updateMany({ where: { id: questionId, status: q.status }, data: { status: STATUS_TO_DB[to] } })
  if (updated.count === 0) return { ok: false, message: 'Trạng thái câu hỏi vừa được người khác thay đổi. Hãy tải lại trang.' }
  await audit(db, actor, 'question.status', 'Question', questionId, { bankId, from, to })
  return { ok: true }
}
