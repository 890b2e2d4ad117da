import { randomBytes } from 'node:crypto'
import { seededShuffle, type LiveQuestionInput } from '~/core/live/create-game'
import type { GameSettingsInput } from '~/core/live/game-state'
import type { LiveError } from '~/core/live/live-errors'
import type { Difficulty, Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'
import type { LiveEngineApi } from '~/utils/live-engine.server'
import { audit } from './audit.server'
import { LIVE_DB_TYPES, liveVersionSelect, versionToLiveInput } from './live-questions.server'
import { setQuestionsForLive } from './question-sets.server'

/**
 * Live sessions of an organisation: picking questions from a bank or a saved
 * set (pinned to the versions asked), creating the session row and its running game, and
 * reading sessions back. Every query is scoped to the organiser's organisation.
 */

export interface LiveQuestionFilter {
  bankId: string
  /** Questions with any of these tags; none: every tag. */
  tags: string[]
  difficulty: Difficulty | null
  count: number
}

function questionWhere(organisationId: string, filter: Omit<LiveQuestionFilter, 'count'>) {
  return {
    bankId: filter.bankId,
    bank: { organisationId },
    status: 'APPROVED' as const,
    type: { in: LIVE_DB_TYPES },
    currentVersionId: { not: null },
    ...(filter.tags.length > 0 ? { tags: { hasSome: filter.tags } } : {}),
    ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
  }
}

/** Banks with how many approved questions a live game can use, and their tags (for the filter). */
export async function listLiveBanks(db: Db, organisationId: string) {
  const banks = await db.questionBank.findMany({
    where: { organisationId },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  })
  const rows = await db.question.findMany({
    where: { bank: { organisationId }, status: 'APPROVED', type: { in: LIVE_DB_TYPES }, currentVersionId: { not: null } },
    select: { bankId: true, tags: true, difficulty: true },
  })
  return banks.map((b) => {
    const mine = rows.filter((r) => r.bankId === b.id)
    const tags = new Map<string, number>()
    for (const r of mine) for (const t of r.tags) tags.set(t, (tags.get(t) ?? 0) + 1)
    return {
      ...b,
      questionCount: mine.length,
      tags: [...tags].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'vi')).map(([tag, count]) => ({ tag, count })),
    }
  })
}

export async function countLiveQuestions(db: Db, organisationId: string, filter: Omit<LiveQuestionFilter, 'count'>): Promise<number> {
  return db.question.count({ where: questionWhere(organisationId, filter) })
}

/** Draws `count` matching questions at random (seeded, so the draw can be replayed) and pins their current versions. */
export async function pickLiveQuestions(db: Db, organisationId: string, filter: LiveQuestionFilter, seed: string): Promise<LiveQuestionInput[]> {
  const rows = await db.question.findMany({
    where: questionWhere(organisationId, filter),
    orderBy: { id: 'asc' },
    select: { currentVersion: { select: liveVersionSelect } },
  })
  const versions = rows.flatMap((r) => (r.currentVersion ? [r.currentVersion] : []))
  return seededShuffle(versions, seed)
    .slice(0, filter.count)
    .flatMap((v) => {
      const input = versionToLiveInput(v)
      return input ? [input] : []
    })
}

/** Where a session's questions come from: a seeded draw from a bank, or a saved set in its order. */
export type LiveQuestionSource = { filter: LiveQuestionFilter } | { setId: string }

export type CreateLiveSessionInput = { title: string; settings: GameSettingsInput } & LiveQuestionSource

export type CreateLiveSessionResult = { ok: true; id: string; pin: string } | { ok: false; field?: string; message: string }

type PickedQuestions =
  | { ok: true; questions: LiveQuestionInput[]; origin: Prisma.InputJsonObject }
  | { ok: false; field: string; message: string }

async function questionsFromBank(db: Db, organisationId: string, filter: LiveQuestionFilter, seed: string): Promise<PickedQuestions> {
  const bank = await db.questionBank.findFirst({ where: { id: filter.bankId, organisationId }, select: { id: true } })
  if (!bank) return { ok: false, field: 'bankId', message: 'Ngân hàng câu hỏi không tồn tại hoặc không thuộc ban tổ chức của bạn.' }
  const questions = await pickLiveQuestions(db, organisationId, filter, seed)
  if (questions.length === 0) {
    return { ok: false, field: 'count', message: 'Không có câu hỏi đã duyệt nào khớp bộ lọc (chủ đề, độ khó) trong ngân hàng này.' }
  }
  if (questions.length < filter.count) {
    return {
      ok: false,
      field: 'count',
      message: `Chỉ có ${questions.length} câu hỏi đã duyệt khớp bộ lọc; hãy giảm số câu hoặc bỏ bớt điều kiện lọc.`,
    }
  }
  return { ok: true, questions, origin: { filter: { ...filter } } }
}

async function questionsFromSet(db: Db, organisationId: string, setId: string): Promise<PickedQuestions> {
  const picked = await setQuestionsForLive(db, organisationId, setId)
  if (!picked.ok) return picked
  return { ok: true, questions: picked.questions, origin: { set: { id: picked.set.id, name: picked.set.name } } }
}

/** Picks the questions, starts the game in the engine, then records the session with where its questions came from. */
export async function createLiveSession(
  db: Db,
  engine: LiveEngineApi,
  user: { id: string; organisationId: string },
  input: CreateLiveSessionInput,
): Promise<CreateLiveSessionResult> {
  const id = `ls${randomBytes(12).toString('hex')}`
  const picked = 'setId' in input ? await questionsFromSet(db, user.organisationId, input.setId) : await questionsFromBank(db, user.organisationId, input.filter, id)
  if (!picked.ok) return picked
  const { questions, origin } = picked
  const created: { ok: true; pin: string } | { ok: false; error: LiveError } = await engine.createGame({
    id,
    hostUserId: user.id,
    settings: input.settings,
    questions,
  })
  if (!created.ok) return { ok: false, message: created.error.message }
  try {
    await db.liveSession.create({
      data: {
        id,
        organisationId: user.organisationId,
        hostId: user.id,
        title: input.title,
        pin: created.pin,
        status: 'LOBBY',
        settings: { ...input.settings, ...origin },
        questionVersionIds: questions.map((q) => q.versionId),
      },
    })
  } catch (error) {
    // A game whose session row is missing could never be opened, yet would hold its PIN for a day.
    await engine.discardGame(id).catch(() => false)
    throw error
  }
  await audit(db, user, 'live.create', 'LiveSession', id, { title: input.title, questions: questions.length, ...origin })
  return { ok: true, id, pin: created.pin }
}

export async function listLiveSessions(db: Db, organisationId: string) {
  return db.liveSession.findMany({
    where: { organisationId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      title: true,
      pin: true,
      status: true,
      createdAt: true,
      startedAt: true,
      endedAt: true,
      hostId: true,
      host: { select: { fullName: true } },
      questionVersionIds: true,
      _count: { select: { players: true } },
    },
  })
}

export async function getLiveSession(db: Db, organisationId: string, id: string) {
  return db.liveSession.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      title: true,
      pin: true,
      status: true,
      settings: true,
      createdAt: true,
      startedAt: true,
      endedAt: true,
      hostId: true,
      host: { select: { fullName: true } },
      questionVersionIds: true,
    },
  })
}
