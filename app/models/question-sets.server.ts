import type { LiveQuestionInput } from '~/core/live/create-game'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'
import { describeSetProblems, setItemProblem, type SetItemProblem } from '~/core/live/question-set'
import { foldDiacritics } from '~/core/text/normalize'
import type { Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'
import { audit } from './audit.server'
import type { Actor } from './banks.server'
import { liveVersionSelect, versionToLiveInput } from './live-questions.server'
import { DIFFICULTY_FROM_DB, STATUS_FROM_DB, TYPE_FROM_DB } from './question-read.server'

/**
 * Saved question sets of an organisation (for live sessions). A set keeps
 * question ids in order; the versions asked are pinned when a session is made
 * from it (docs/decisions/008-saved-question-sets.md). Every query is scoped
 * to the organiser's organisation: another organisation's set is "not found".
 */

export type QuestionSetInput = { name: string; description: string; questionIds: string[]; loadedAt?: string }
export type SetResult = { ok: true; id: string } | { ok: false; field?: 'name' | 'questionIds'; message: string }

const itemQuestionSelect = {
  id: true,
  status: true,
  type: true,
  difficulty: true,
  currentVersionId: true,
  bank: { select: { id: true, name: true } },
  currentVersion: { select: { stem: true, version: true } },
} as const

type ItemQuestion = Prisma.QuestionGetPayload<{ select: typeof itemQuestionSelect }>

function problemOf(q: Pick<ItemQuestion, 'status' | 'type' | 'currentVersionId'>): SetItemProblem | null {
  return setItemProblem({ status: STATUS_FROM_DB[q.status], type: TYPE_FROM_DB[q.type], hasCurrentVersion: q.currentVersionId !== null })
}

/** Items whose question cannot be asked now: the database form of setItemProblem() (no version, prediction, not approved). */
const blockedItemWhere = {
  question: { OR: [{ currentVersionId: null }, { type: 'PREDICTION' }, { status: { not: 'APPROVED' } }] },
} satisfies Prisma.QuestionSetItemWhereInput

/** The organisation's sets, latest change first, with how many questions each holds and how many cannot be asked now (counted in SQL). */
export async function listQuestionSets(db: Db, organisationId: string) {
  const [sets, blocked] = await Promise.all([
    db.questionSet.findMany({
      where: { organisationId },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        description: true,
        updatedAt: true,
        createdBy: { select: { fullName: true } },
        _count: { select: { items: true } },
      },
    }),
    db.questionSetItem.groupBy({ by: ['setId'], where: { set: { organisationId }, ...blockedItemWhere }, _count: { _all: true } }),
  ])
  const blockedBySet = new Map(blocked.map((b) => [b.setId, b._count._all]))
  return sets.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    updatedAt: s.updatedAt.toISOString(),
    createdBy: s.createdBy?.fullName ?? null,
    questionCount: s._count.items,
    blockedCount: blockedBySet.get(s.id) ?? 0,
  }))
}

export async function getQuestionSet(db: Db, organisationId: string, setId: string) {
  const set = await db.questionSet.findFirst({
    where: { id: setId, organisationId },
    select: {
      id: true,
      name: true,
      description: true,
      updatedAt: true,
      items: { orderBy: { position: 'asc' }, select: { position: true, question: { select: itemQuestionSelect } } },
    },
  })
  if (!set) return null
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    updatedAt: set.updatedAt.toISOString(),
    items: set.items.map((i) => toItemView(i.question)),
  }
}

export type SetItemView = ReturnType<typeof toItemView>

function toItemView(q: ItemQuestion) {
  return {
    id: q.id,
    stem: q.currentVersion?.stem ?? '',
    version: q.currentVersion?.version ?? null,
    bankId: q.bank.id,
    bankName: q.bank.name,
    status: STATUS_FROM_DB[q.status],
    type: TYPE_FROM_DB[q.type],
    difficulty: DIFFICULTY_FROM_DB[q.difficulty],
    problem: problemOf(q),
  }
}

async function nameTaken(db: Db, organisationId: string, name: string, exceptId?: string) {
  const key = foldDiacritics(name)
  const others = await db.questionSet.findMany({ where: { organisationId, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { name: true } })
  return others.some((s) => foldDiacritics(s.name) === key)
}

async function checkInput(db: Db, actor: Actor, input: QuestionSetInput, exceptId?: string): Promise<SetResult | null> {
  if (input.questionIds.length === 0) return { ok: false, field: 'questionIds', message: 'Hãy chọn ít nhất một câu hỏi cho bộ' }
  if (input.questionIds.length > MAX_LIVE_QUESTIONS) return { ok: false, field: 'questionIds', message: `Một bộ có tối đa ${MAX_LIVE_QUESTIONS} câu hỏi` }
  if (new Set(input.questionIds).size !== input.questionIds.length) return { ok: false, field: 'questionIds', message: 'Mỗi câu hỏi chỉ được có một lần trong bộ' }
  const found = await db.question.count({ where: { id: { in: input.questionIds }, bank: { organisationId: actor.organisationId } } })
  if (found !== input.questionIds.length) {
    const missing = input.questionIds.length - found
    return { ok: false, field: 'questionIds', message: `${missing} câu hỏi đã chọn không còn trong ngân hàng của ban tổ chức. Hãy tải lại trang và chọn lại.` }
  }
  if (await nameTaken(db, actor.organisationId, input.name, exceptId)) {
    return { ok: false, field: 'name', message: `Đã có bộ câu hỏi “${input.name}”. Hãy chọn tên khác.` }
  }
  return null
}

function itemRows(setId: string, questionIds: string[]) {
  return questionIds.map((questionId, position) => ({ setId, position, questionId }))
}

export async function createQuestionSet(db: Db, actor: Actor, input: QuestionSetInput): Promise<SetResult> {
  const refused = await checkInput(db, actor, input)
  if (refused) return refused
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.create({
      data: { organisationId: actor.organisationId, name: input.name, description: input.description, createdById: actor.id },
      select: { id: true },
    })
    await tx.questionSetItem.createMany({ data: itemRows(set.id, input.questionIds) })
    await audit(tx, actor, 'questionSet.create', 'QuestionSet', set.id, { name: input.name, questions: input.questionIds.length })
    return { ok: true, id: set.id } as const
  })
}

/** A save that lost the race to another save or a delete: the organiser reloads and sees the other change. */
const CHANGED_MEANWHILE = 'Bộ câu hỏi vừa được người khác sửa hoặc xóa. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.'

/**
 * Replaces the name, description and the whole ordered list (the editor always sends all of it).
 * The set's row is updated first, inside the transaction: that locks it, so two saves run one
 * after the other, and with `loadedAt` the second is refused instead of overwriting the first.
 */
export async function updateQuestionSet(db: Db, actor: Actor, setId: string, input: QuestionSetInput): Promise<SetResult> {
  const existing = await db.questionSet.findFirst({ where: { id: setId, organisationId: actor.organisationId }, select: { id: true, name: true } })
  if (!existing) return { ok: false, message: 'Không tìm thấy bộ câu hỏi' }
  const refused = await checkInput(db, actor, input, setId)
  if (refused) return refused
  return db.$transaction(async (tx) => {
    const claimed = await tx.questionSet.updateMany({
      where: { id: setId, organisationId: actor.organisationId, ...(input.loadedAt ? { updatedAt: new Date(input.loadedAt) } : {}) },
      data: { name: input.name, description: input.description, updatedAt: new Date() },
    })
    if (claimed.count === 0) return { ok: false, message: CHANGED_MEANWHILE } as const
    await tx.questionSetItem.deleteMany({ where: { setId } })
    await tx.questionSetItem.createMany({ data: itemRows(setId, input.questionIds) })
    await audit(tx, actor, 'questionSet.update', 'QuestionSet', setId, { before: { name: existing.name }, name: input.name, questions: input.questionIds.length })
    return { ok: true, id: setId } as const
  })
}

export async function deleteQuestionSet(db: Db, actor: Actor, setId: string): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const existing = await db.questionSet.findFirst({ where: { id: setId, organisationId: actor.organisationId }, select: { name: true } })
  if (!existing) return { ok: false, message: 'Không tìm thấy bộ câu hỏi' }
  return db.$transaction(async (tx) => {
    // Scoped again in the delete itself, so the check and the delete cannot disagree.
    const deleted = await tx.questionSet.deleteMany({ where: { id: setId, organisationId: actor.organisationId } })
    if (deleted.count === 0) return { ok: false, message: 'Không tìm thấy bộ câu hỏi' } as const
    await audit(tx, actor, 'questionSet.delete', 'QuestionSet', setId, { name: existing.name })
    return { ok: true, name: existing.name } as const
  })
}

export type SetQuestionsResult =
  | { ok: true; set: { id: string; name: string }; questions: LiveQuestionInput[] }
  | { ok: false; field: 'setId'; message: string }

/**
 * The questions a session made from the set asks, in the set's order, each at
 * its current version (what the session pins). Refused, naming every question
 * that cannot be asked now, rather than running a shorter game than the host
 * prepared.
 */
export async function setQuestionsForLive(db: Db, organisationId: string, setId: string): Promise<SetQuestionsResult> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, organisationId },
    select: {
      id: true,
      name: true,
      items: {
        orderBy: { position: 'asc' },
        take: MAX_LIVE_QUESTIONS,
        select: {
          position: true,
          question: { select: { status: true, type: true, currentVersionId: true, currentVersion: { select: liveVersionSelect } } },
        },
      },
    },
  })
  if (!set) return { ok: false, field: 'setId', message: 'Bộ câu hỏi không tồn tại hoặc không thuộc ban tổ chức của bạn.' }
  if (set.items.length === 0) return { ok: false, field: 'setId', message: `Bộ “${set.name}” chưa có câu hỏi nào.` }
  const problems = set.items.flatMap((i) => {
    const problem = problemOf(i.question)
    return problem ? [{ position: i.position, stem: i.question.currentVersion?.stem ?? '', problem }] : []
  })
  if (problems.length > 0) return { ok: false, field: 'setId', message: describeSetProblems(problems) }
  const questions = set.items.flatMap((i) => {
    const input = i.question.currentVersion ? versionToLiveInput(i.question.currentVersion) : null
    return input ? [input] : []
  })
  return { ok: true, set: { id: set.id, name: set.name }, questions }
}

/** Sets the session form offers: name, size and whether they can be run now. */
export async function listSetsForSession(db: Db, organisationId: string) {
  const sets = await listQuestionSets(db, organisationId)
  return sets.map((s) => ({ id: s.id, name: s.name, questionCount: s.questionCount, blockedCount: s.blockedCount }))
}

const SET_NAME_MAX = 120

/** "Bộ câu hỏi: <title>", with " (2)", " (3)"… when that name is taken, cut to the name limit. */
async function freeSetName(db: Db, organisationId: string, title: string): Promise<string> {
  const base = `Bộ câu hỏi: ${title}`
  const named = (suffix: string) => (base.length + suffix.length > SET_NAME_MAX ? `${base.slice(0, SET_NAME_MAX - suffix.length - 1).trimEnd()}…${suffix}` : base + suffix)
  // One read of the names in use, compared as nameTaken does (without diacritics).
  const sets = await db.questionSet.findMany({ where: { organisationId }, select: { name: true } })
  const taken = new Set(sets.map((set) => foldDiacritics(set.name)))
  for (let n = 1; ; n++) {
    const name = named(n === 1 ? '' : ` (${n})`)
    if (!taken.has(foldDiacritics(name))) return name
  }
}

/**
 * A live session's questions, in the order they were asked, as a new saved set: to run the same
 * game again (another hall, another day) or to start a set from it. The set keeps questions, not
 * versions, like any set; a question no longer approved is reported when a session is made from it.
 * Null: no such session in the actor's organisation.
 */
export async function createSetFromSession(
  db: Db,
  actor: Actor,
  sessionId: string,
): Promise<(SetResult & { ok: false }) | { ok: true; id: string; name: string; count: number } | null> {
  const session = await db.liveSession.findFirst({
    where: { id: sessionId, organisationId: actor.organisationId },
    select: { title: true, questionVersionIds: true },
  })
  if (!session) return null
  const versions = await db.questionVersion.findMany({ where: { id: { in: session.questionVersionIds } }, select: { id: true, questionId: true } })
  const questionOf = new Map(versions.map((v) => [v.id, v.questionId]))
  const questionIds = [...new Set(session.questionVersionIds.flatMap((id) => questionOf.get(id) ?? []))]
  const name = await freeSetName(db, actor.organisationId, session.title)
  const created = await createQuestionSet(db, actor, { name, description: `Lưu từ phiên thi trực tiếp “${session.title}”.`.slice(0, 500), questionIds })
  return created.ok ? { ok: true, id: created.id, name, count: questionIds.length } : created
}
