import { randomBytes, randomUUID } from 'node:crypto'
import { acceptsAnswer } from '~/core/contest/attempt-clock'
import {
  type AttemptLayout,
  buildAttemptLayout,
  checkAnswer,
  type ParticipantQuestion,
  participantQuestion,
  type PoolVersion,
  readLayout,
} from '~/core/contest/attempt-layout'
import { questionsPerAttempt, type RoundRules } from '~/core/contest/round-rules'
import { scoreAttempt } from '~/core/contest/score-attempt'
import type { QuestionType } from '~/core/questions/question-draft'
import { Prisma as PrismaNs, type Db } from '~/utils/db.server'
import { publishedRules } from './round.server'
import { type CachedVersion, correctOptionIds, getVersions } from './question-versions.server'

/**
 * Self-paced attempts. The server owns every clock and every mark: the
 * deadline is fixed when the attempt starts, each answer is accepted only
 * while the attempt is open and inside deadline + grace, and the attempt is
 * marked from what was saved, whether the participant submits or the sweeper
 * closes it after the deadline.
 */

export type Refusal = { ok: false; code: AttemptErrorCode; message: string }
export type AttemptErrorCode =
  | 'not_found'
  | 'not_registered'
  | 'not_open'
  | 'open_attempt'
  | 'no_attempts_left'
  | 'bank'
  | 'forbidden'
  | 'invalid'
  | 'closed'
  | 'expired'
  | 'signed_out'

const refuse = (code: AttemptErrorCode, message: string): Refusal => ({ ok: false, code, message })

/**
 * An attempt ends at its own deadline or when its round closes, whichever is
 * first. "Close now" also moves running attempts' deadlines, but an attempt
 * whose start was committed at that very moment could keep the old one, so
 * every check takes the earlier of the two.
 */
function effectiveDeadline(deadlineAt: Date, roundClosesAt: Date): Date {
  return deadlineAt.getTime() <= roundClosesAt.getTime() ? deadlineAt : roundClosesAt
}

// ───────────────────────────── Round and attempt facts, cached ─────────────────────────────

interface AttemptMeta {
  userId: string
  roundId: string
  startedAt: Date
  layout: AttemptLayout
  graceSeconds: number
  timeLimitSeconds: number
  types: Map<string, QuestionType>
}

/**
 * What never changes about an attempt once it exists (owner, layout, the
 * round's rules, which are locked while it has attempts). Status and deadline
 * do change, so they are always read from the database.
 */
const metaCache = new Map<string, AttemptMeta>()
const MAX_META = 20_000

async function attemptMeta(db: Db, attemptId: string): Promise<AttemptMeta | null> {
  const hit = metaCache.get(attemptId)
  if (hit) return hit
  const row = await db.attempt.findUnique({
    where: { id: attemptId },
    select: { userId: true, roundId: true, startedAt: true, layout: true, round: { select: { rules: true } } },
  })
  if (!row) return null
  const rules = publishedRules(row.round.rules)
  const layout = readLayout(row.layout)
  const versions = await getVersions(db, layout.questions.map((q) => q.versionId))
  const meta: AttemptMeta = {
    userId: row.userId,
    roundId: row.roundId,
    startedAt: row.startedAt,
    layout,
    graceSeconds: rules.graceSeconds,
    timeLimitSeconds: rules.timeLimitSeconds,
    types: new Map(versions.map((v) => [v.id, v.type])),
  }
  if (metaCache.size >= MAX_META) {
    const oldest = metaCache.keys().next().value
    if (oldest !== undefined) metaCache.delete(oldest)
  }
  metaCache.set(attemptId, meta)
  return meta
}

async function pinnedPool(db: Db, pinnedVersionIds: readonly string[]): Promise<PoolVersion[]> {
  const versions = await getVersions(db, pinnedVersionIds)
  return versions.flatMap((v): PoolVersion[] =>
    v.type === 'prediction' ? [] : [{ versionId: v.id, type: v.type, difficulty: v.difficulty, tags: v.tags, options: v.options.map((o) => ({ id: o.id, text: o.text })) }],
  )
}

// ───────────────────────────── Starting ─────────────────────────────

export type StartResult = { ok: true; attemptId: string } | (Refusal & { attemptId?: string })

/**
 * Starts an attempt. The round must be open, the participant registered,
 * with no attempt still running and attempts left. All of that is checked by
 * the one INSERT that creates the attempt (a single round trip, no lock held
 * across round trips), and (round, user, number) is unique, so two starts
 * sent at once cannot both succeed: both compute the same next number and
 * the database keeps one.
 *
 * An attempt left open past its deadline + grace (the sweeper had not got to
 * it yet) does not block a new one; it is closed and marked right after.
 */
export async function startAttempt(db: Db, input: { roundId: string; userId: string; now: Date; seed?: string }): Promise<StartResult> {
  const { roundId, userId, now } = input
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: { id: true, contestId: true, status: true, opensAt: true, closesAt: true, pinnedVersionIds: true, predictionVersionId: true, rules: true, contest: { select: { status: true } } },
  })
  if (!round || round.contest.status !== 'PUBLISHED' || round.status === 'DRAFT') return refuse('not_found', 'Không tìm thấy vòng thi')
  if (round.status !== 'PUBLISHED') return refuse('not_open', 'Vòng thi đã kết thúc. Bạn có thể xem kết quả của vòng thi.')
  if (now.getTime() < round.opensAt.getTime()) return refuse('not_open', 'Vòng thi chưa mở. Hãy quay lại khi vòng thi bắt đầu.')
  if (now.getTime() >= round.closesAt.getTime()) return refuse('not_open', 'Vòng thi đã đóng, không thể bắt đầu lượt thi mới.')
  const rules = publishedRules(round.rules)

  const pool = await pinnedPool(db, round.pinnedVersionIds)
  const seed = input.seed ?? randomBytes(12).toString('base64url')
  const built = buildAttemptLayout(pool, rules, seed, round.predictionVersionId)
  if (!built.ok) return refuse('bank', 'Ngân hàng câu hỏi của vòng thi không đủ câu. Vui lòng báo ban tổ chức.')

  const byLimit = new Date(now.getTime() + rules.timeLimitSeconds * 1000)
  const cutoff = new Date(now.getTime() - rules.graceSeconds * 1000)
  const allowed = rules.attemptsAllowed
  let created: { id: string }[]
  try {
    created = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "Attempt" ("id", "roundId", "userId", "registrationId", "number", "seed", "status", "startedAt", "deadlineAt", "layout", "maxScore", "tabSwitches")
      SELECT ${randomUUID()}, r."id", ${userId}, reg."id",
             COALESCE((SELECT max(p."number") FROM "Attempt" p WHERE p."roundId" = r."id" AND p."userId" = ${userId}), 0) + 1,
             ${seed}, 'OPEN', ${now}, LEAST(${byLimit}::timestamp, r."closesAt"), ${JSON.stringify(built.layout)}::jsonb, ${questionsPerAttempt(rules.draw)}, 0
      FROM "Round" r
      JOIN "Registration" reg ON reg."contestId" = r."contestId" AND reg."userId" = ${userId}
      WHERE r."id" = ${roundId} AND r."status" = 'PUBLISHED' AND r."opensAt" <= ${now} AND r."closesAt" > ${now}
        AND NOT EXISTS (
          SELECT 1 FROM "Attempt" o
          WHERE o."roundId" = r."id" AND o."userId" = ${userId} AND o."status" = 'OPEN' AND LEAST(o."deadlineAt", r."closesAt") >= ${cutoff})
        AND (${allowed}::int IS NULL OR (SELECT count(*) FROM "Attempt" c WHERE c."roundId" = r."id" AND c."userId" = ${userId}) < ${allowed}::int)
      RETURNING "id"`
  } catch (e) {
    // The unique (round, user, number) caught a start racing with this one.
    if (isUniqueViolation(e)) return refuse('open_attempt', 'Lượt thi của bạn vừa được bắt đầu ở một cửa sổ khác. Hãy tải lại trang.')
    throw e
  }

  // Attempts left open past deadline + grace are closed now, with what they saved.
  const stale = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Attempt" a JOIN "Round" r ON r."id" = a."roundId"
    WHERE a."roundId" = ${roundId} AND a."userId" = ${userId} AND a."status" = 'OPEN' AND LEAST(a."deadlineAt", r."closesAt") < ${cutoff}`
  for (const s of stale) await finishAttempt(db, { attemptId: s.id, now, by: 'sweeper' })

  if (created.length === 1) return { ok: true, attemptId: created[0].id }
  return explainRefusedStart(db, { roundId, contestId: round.contestId, userId, cutoff, allowed })
}

function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof PrismaNs.PrismaClientKnownRequestError)) return false
  return e.code === 'P2002' || (e.code === 'P2010' && /23505|unique/i.test(JSON.stringify(e.meta ?? {}) + e.message))
}

/** Why the guarded INSERT created nothing, in the participant's words. */
async function explainRefusedStart(db: Db, input: { roundId: string; contestId: string; userId: string; cutoff: Date; allowed: number | null }): Promise<StartResult> {
  const registration = await db.registration.findUnique({ where: { contestId_userId: { contestId: input.contestId, userId: input.userId } }, select: { id: true } })
  if (!registration) return refuse('not_registered', 'Bạn cần đăng ký dự thi trước khi làm bài.')
  const round = await db.round.findUnique({ where: { id: input.roundId }, select: { status: true, closesAt: true } })
  const mine = await db.attempt.findMany({ where: { roundId: input.roundId, userId: input.userId }, select: { id: true, status: true } })
  const open = mine.find((a) => a.status === 'OPEN')
  if (open) return { ...refuse('open_attempt', 'Bạn đang có một lượt thi chưa nộp. Hãy hoàn thành lượt thi đó trước.'), attemptId: open.id }
  if (input.allowed !== null && mine.length >= input.allowed) return refuse('no_attempts_left', `Bạn đã dùng hết ${input.allowed} lượt thi của vòng này.`)
  if (!round || round.status !== 'PUBLISHED') return refuse('not_open', 'Vòng thi đã kết thúc. Bạn có thể xem kết quả của vòng thi.')
  return refuse('not_open', 'Vòng thi đã đóng, không thể bắt đầu lượt thi mới.')
}

// ───────────────────────────── Saving ─────────────────────────────

export type SaveResult = { ok: true; savedAt: Date } | Refusal

/** Why a guarded write found no open attempt to write to. */
async function explainClosed(db: Db, attemptId: string, now: Date, graceSeconds: number): Promise<Refusal> {
  const a = await db.attempt.findUnique({ where: { id: attemptId }, select: { status: true, deadlineAt: true, round: { select: { status: true, closesAt: true } } } })
  if (!a) return refuse('not_found', 'Không tìm thấy lượt thi')
  if (a.round.status === 'FINALISED') return refuse('closed', 'Vòng thi đã kết thúc, câu trả lời không được lưu thêm.')
  if (a.status !== 'OPEN') return refuse('closed', 'Lượt thi đã nộp, câu trả lời không được lưu thêm. Các câu đã lưu trước đó vẫn được giữ nguyên.')
  if (!acceptsAnswer(now, effectiveDeadline(a.deadlineAt, a.round.closesAt), graceSeconds)) {
    return refuse('expired', 'Đã hết thời gian làm bài, câu trả lời này không được lưu. Các câu đã lưu trước đó vẫn được chấm.')
  }
  return refuse('closed', 'Lượt thi không còn nhận câu trả lời.')
}

/**
 * Who is writing: a user (already authenticated by the caller), or the
 * session id from a signed cookie, checked inside the same statement as the
 * write (the autosave endpoint's hot path: authorisation and write in one
 * round trip).
 */
export type Writer = { userId: string } | { sessionId: string }

function ownerCheck(writer: Writer, now: Date) {
  return 'userId' in writer
    ? PrismaNs.sql`a."userId" = ${writer.userId}`
    : PrismaNs.sql`EXISTS (SELECT 1 FROM "Session" s WHERE s."id" = ${writer.sessionId} AND s."userId" = a."userId" AND s."expiresAt" > ${now})`
}

/** Whether the writer may write to this attempt at all, before anything is parsed further. */
function knownOwner(meta: AttemptMeta | null, writer: Writer): meta is AttemptMeta {
  return meta !== null && (!('userId' in writer) || meta.userId === writer.userId)
}

async function sessionOwns(db: Db, sessionId: string, meta: AttemptMeta, now: Date): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true } })
  return session !== null && session.expiresAt.getTime() > now.getTime() && session.userId === meta.userId
}

async function explainRefusedWrite(db: Db, meta: AttemptMeta, writer: Writer, attemptId: string, now: Date): Promise<Refusal> {
  if ('sessionId' in writer) {
    const session = await db.session.findUnique({ where: { id: writer.sessionId }, select: { userId: true, expiresAt: true } })
    if (!session || session.expiresAt.getTime() <= now.getTime()) {
      return refuse('signed_out', 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại trong thẻ khác rồi thử lại: các câu đã lưu vẫn được giữ.')
    }
    if (session.userId !== meta.userId) return refuse('forbidden', 'Lượt thi này không phải của bạn.')
  }
  return explainClosed(db, attemptId, now, meta.graceSeconds)
}

/**
 * Saves (or replaces) the answer to one question. One guarded statement: the
 * row is written only if the attempt is the writer's, still open and inside
 * deadline + grace, and the FOR SHARE lock makes a concurrent submission wait
 * for it (or makes it see the attempt closed), so an answer acknowledged as
 * saved is always one the marking counts.
 */
export async function saveAnswer(
  db: Db,
  input: ({ userId: string } | { sessionId: string }) & { attemptId: string; versionId: string; optionIds: readonly string[]; now: Date },
): Promise<SaveResult> {
  const writer: Writer = 'userId' in input ? { userId: input.userId } : { sessionId: input.sessionId }
  const meta = await attemptMeta(db, input.attemptId)
  if (!knownOwner(meta, writer)) return refuse('forbidden', 'Lượt thi này không phải của bạn.')
  const check = checkAnswer(meta.layout, input.versionId, input.optionIds, meta.types.get(input.versionId))
  if (!check.ok) {
    // Whose attempt it is comes first: a stranger must not learn which questions someone else drew.
    if ('sessionId' in writer && !(await sessionOwns(db, writer.sessionId, meta, input.now))) return refuse('forbidden', 'Lượt thi này không phải của bạn.')
    return refuse('invalid', check.message)
  }
  const cutoff = new Date(input.now.getTime() - meta.graceSeconds * 1000)
  const elapsedMs = Math.max(0, input.now.getTime() - meta.startedAt.getTime())
  const rows = await db.$queryRaw<{ savedAt: Date }[]>`
    INSERT INTO "AttemptAnswer" ("id", "attemptId", "questionVersionId", "optionIds", "savedAt", "elapsedMs")
    SELECT ${randomUUID()}, a."id", ${input.versionId}, ${check.optionIds}::text[], ${input.now}, ${elapsedMs}
    FROM "Attempt" a JOIN "Round" r ON r."id" = a."roundId"
    WHERE a."id" = ${input.attemptId} AND ${ownerCheck(writer, input.now)} AND a."status" = 'OPEN'
      AND a."deadlineAt" >= ${cutoff} AND r."closesAt" >= ${cutoff}
    FOR SHARE OF a
    ON CONFLICT ("attemptId", "questionVersionId")
    DO UPDATE SET "optionIds" = EXCLUDED."optionIds", "savedAt" = EXCLUDED."savedAt", "elapsedMs" = EXCLUDED."elapsedMs"
    RETURNING "savedAt"`
  if (rows.length === 0) return explainRefusedWrite(db, meta, writer, input.attemptId, input.now)
  return { ok: true, savedAt: input.now }
}

export async function savePrediction(
  db: Db,
  input: ({ userId: string } | { sessionId: string }) & { attemptId: string; value: number; now: Date },
): Promise<SaveResult> {
  const writer: Writer = 'userId' in input ? { userId: input.userId } : { sessionId: input.sessionId }
  const meta = await attemptMeta(db, input.attemptId)
  if (!knownOwner(meta, writer)) return refuse('forbidden', 'Lượt thi này không phải của bạn.')
  if (!meta.layout.predictionVersionId) {
    if ('sessionId' in writer && !(await sessionOwns(db, writer.sessionId, meta, input.now))) return refuse('forbidden', 'Lượt thi này không phải của bạn.')
    return refuse('invalid', 'Lượt thi này không có câu hỏi dự đoán.')
  }
  const cutoff = new Date(input.now.getTime() - meta.graceSeconds * 1000)
  const updated = await db.$executeRaw`
    UPDATE "Attempt" a SET "prediction" = ${input.value}
    FROM "Round" r
    WHERE r."id" = a."roundId" AND a."id" = ${input.attemptId} AND ${ownerCheck(writer, input.now)} AND a."status" = 'OPEN'
      AND a."deadlineAt" >= ${cutoff} AND r."closesAt" >= ${cutoff}`
  if (updated === 0) return explainRefusedWrite(db, meta, writer, input.attemptId, input.now)
  return { ok: true, savedAt: input.now }
}

/** A tab switch or the app going to the background: a flag for organisers, never proof of cheating. */
export async function recordTabSwitch(db: Db, input: ({ userId: string } | { sessionId: string }) & { attemptId: string; now?: Date }): Promise<boolean> {
  const writer: Writer = 'userId' in input ? { userId: input.userId } : { sessionId: input.sessionId }
  const updated = await db.$executeRaw`
    UPDATE "Attempt" a SET "tabSwitches" = LEAST(a."tabSwitches" + 1, 10000)
    WHERE a."id" = ${input.attemptId} AND ${ownerCheck(writer, input.now ?? new Date())} AND a."status" = 'OPEN'`
  return updated > 0
}

// ───────────────────────────── Finishing ─────────────────────────────

export type FinishResult =
  | { ok: true; status: 'SUBMITTED' | 'EXPIRED'; alreadyClosed: boolean; roundId: string; userId: string; late: boolean }
  | Refusal

/**
 * Closes an attempt and marks it from the answers saved. A participant's
 * submission inside deadline + grace is SUBMITTED at that moment; anything
 * later (a submission arriving after the grace period, or the sweeper) is
 * EXPIRED at the deadline. Either way nothing saved is lost. Idempotent: a
 * closed attempt is left as it is.
 */
export async function finishAttempt(
  db: Db,
  input: { attemptId: string; now: Date; by: 'participant' | 'sweeper'; userId?: string },
): Promise<FinishResult> {
  const meta = await attemptMeta(db, input.attemptId)
  if (!meta || (input.userId !== undefined && meta.userId !== input.userId)) return refuse('forbidden', 'Lượt thi này không phải của bạn.')
  const versions = await getVersions(db, meta.layout.questions.map((q) => q.versionId))
  return db.$transaction(async (tx): Promise<FinishResult> => {
    const [row] = await tx.$queryRaw<{ status: string; deadlineAt: Date; closesAt: Date }[]>`
      SELECT a."status", a."deadlineAt", r."closesAt" FROM "Attempt" a JOIN "Round" r ON r."id" = a."roundId"
      WHERE a."id" = ${input.attemptId} FOR UPDATE OF a`
    if (!row) return refuse('not_found', 'Không tìm thấy lượt thi')
    const base = { roundId: meta.roundId, userId: meta.userId }
    if (row.status !== 'OPEN') return { ok: true, status: row.status as 'SUBMITTED' | 'EXPIRED', alreadyClosed: true, late: false, ...base }
    const deadline = effectiveDeadline(new Date(row.deadlineAt), new Date(row.closesAt))
    const inTime = acceptsAnswer(input.now, deadline, meta.graceSeconds)
    if (input.by === 'sweeper' && inTime) return refuse('not_open', 'Lượt thi vẫn còn thời gian')
    const submitted = input.by === 'participant' && inTime
    const submittedAt = submitted ? new Date(Math.min(input.now.getTime(), deadline.getTime())) : deadline

    const answers = await tx.attemptAnswer.findMany({ where: { attemptId: input.attemptId }, select: { id: true, questionVersionId: true, optionIds: true } })
    const byId = new Map(versions.map((v) => [v.id, v]))
    const marked = scoreAttempt({
      questions: meta.layout.questions.map((q) => {
        const v = byId.get(q.versionId) as CachedVersion
        return { questionId: v.id, type: v.type, correctOptionIds: correctOptionIds(v) }
      }),
      answers: answers.map((a) => ({ questionId: a.questionVersionId, optionIds: a.optionIds })),
      startedAt: meta.startedAt,
      submittedAt,
      timeLimitSeconds: meta.timeLimitSeconds,
    })
    const correctById = new Map(marked.questions.map((q) => [q.questionId, q.correct]))
    if (answers.length > 0) {
      const ids = answers.map((a) => a.id)
      const flags = answers.map((a) => correctById.get(a.questionVersionId) ?? false)
      await tx.$executeRaw`
        UPDATE "AttemptAnswer" AS aa SET "correct" = v.correct
        FROM (SELECT unnest(${ids}::text[]) AS id, unnest(${flags}::boolean[]) AS correct) AS v
        WHERE aa."id" = v.id`
    }
    await tx.attempt.update({
      where: { id: input.attemptId },
      data: {
        status: submitted ? 'SUBMITTED' : 'EXPIRED',
        submittedAt,
        score: marked.score,
        maxScore: marked.maxScore,
        allCorrect: marked.allCorrect,
        timeTakenMs: marked.timeTakenMs,
      },
    })
    return { ok: true, status: submitted ? 'SUBMITTED' : 'EXPIRED', alreadyClosed: false, late: input.by === 'participant' && !inTime, ...base }
  })
}

/**
 * OPEN attempts whose deadline + grace has passed, oldest first: the
 * sweeper closes them even if the browser never comes back.
 */
export async function expiredAttemptIds(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Attempt" a JOIN "Round" r ON r."id" = a."roundId"
    WHERE a."status" = 'OPEN' AND (a."deadlineAt" < ${now} OR r."closesAt" < ${now})
      AND LEAST(a."deadlineAt", r."closesAt") + make_interval(secs => COALESCE((r."rules"->>'graceSeconds')::int, 5)) < ${now}
    ORDER BY a."deadlineAt" LIMIT ${limit}`
  return rows.map((r) => r.id)
}

// ───────────────────────────── Reading ─────────────────────────────

export interface OpenAttemptView {
  attempt: { id: string; number: number; startedAt: string; deadlineAt: string; graceSeconds: number; prediction: number | null }
  questions: ParticipantQuestion[]
  answers: Record<string, string[]>
  predictionStem: string | null
}

/** The participant's open attempt in a round, as their browser may see it. */
export async function openAttemptView(db: Db, roundId: string, userId: string): Promise<OpenAttemptView | null> {
  const a = await db.attempt.findFirst({
    where: { roundId, userId, status: 'OPEN' },
    select: { id: true, number: true, startedAt: true, deadlineAt: true, prediction: true, layout: true, answers: { select: { questionVersionId: true, optionIds: true } }, round: { select: { closesAt: true } } },
  })
  if (!a) return null
  const meta = await attemptMeta(db, a.id)
  if (!meta) return null
  const ids = meta.layout.questions.map((q) => q.versionId)
  const versions = await getVersions(db, meta.layout.predictionVersionId ? [...ids, meta.layout.predictionVersionId] : ids)
  const byId = new Map(versions.map((v) => [v.id, v]))
  return {
    attempt: {
      id: a.id,
      number: a.number,
      startedAt: a.startedAt.toISOString(),
      deadlineAt: effectiveDeadline(a.deadlineAt, a.round.closesAt).toISOString(),
      graceSeconds: meta.graceSeconds,
      prediction: a.prediction,
    },
    questions: meta.layout.questions.map((q) => participantQuestion(byId.get(q.versionId) as CachedVersion, q.optionIds)),
    answers: Object.fromEntries(a.answers.map((x) => [x.questionVersionId, x.optionIds])),
    predictionStem: meta.layout.predictionVersionId ? (byId.get(meta.layout.predictionVersionId)?.stem ?? null) : null,
  }
}

export type { RoundRules }
