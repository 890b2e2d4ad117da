import type { FinalSummary } from '~/core/live/contract'
import type { AnswerRecord, LiveGameState } from '~/core/live/game-state'
import type { Db } from '~/utils/db.server'

/**
 * A finished live game in PostgreSQL: the session, every player and every
 * counted answer, in one transaction. Runs at most once per session in effect
 * (a second call finds it ENDED and does nothing), so the runner may retry
 * after a crash without duplicates.
 */

/** LivePlayer ids are global; a game's player ids ('p1', 'p2'…) are not. */
export function livePlayerRowId(sessionId: string, playerId: string): string {
  return `${sessionId}_${playerId}`
}

/** Rows per INSERT: small enough that building one statement's parameters never holds the event loop for long. */
const ROW_CHUNK = 1000

export async function markLiveSessionStarted(db: Db, sessionId: string, at: number): Promise<void> {
  await db.liveSession.updateMany({ where: { id: sessionId, status: 'LOBBY' }, data: { status: 'RUNNING', startedAt: new Date(at) } })
}

export type PersistOutcome = 'stored' | 'already_stored' | 'no_session'

export async function persistLiveGame(db: Db, state: LiveGameState, answers: Map<number, Map<string, AnswerRecord>>): Promise<PersistOutcome> {
  const players = Object.values(state.players)
  // Accounts or units deleted during the game must not make the whole result unstorable.
  const [users, units] = await Promise.all([
    db.user.findMany({ where: { id: { in: unique(players.map((p) => p.userId)) } }, select: { id: true } }),
    db.unit.findMany({ where: { id: { in: unique(players.map((p) => p.unitId)) } }, select: { id: true } }),
  ])
  const userIds = new Set(users.map((u) => u.id))
  const unitIds = new Set(units.map((u) => u.id))

  // Column arrays, inserted with unnest(): 200,000 answers cost a few statements, not a compiled
  // query per 5,000 rows (Prisma's createMany spent seconds of the event loop on that).
  const answerRows = {
    id: [] as string[],
    playerId: [] as string[],
    questionIndex: [] as number[],
    versionId: [] as string[],
    optionIds: [] as string[],
    correct: [] as boolean[],
    points: [] as number[],
    timeMs: [] as number[],
    at: [] as string[],
  }
  for (const [questionIndex, sheet] of answers) {
    const q = state.questions[questionIndex]
    if (!q) continue
    // Stored with the bank's option ids, so analytics read them against the question version.
    const sourceId = new Map(q.options.map((o) => [o.id, o.sourceOptionId ?? o.id]))
    for (const [playerId, a] of sheet) {
      if (!Object.hasOwn(state.players, playerId)) continue
      const rowPlayer = livePlayerRowId(state.id, playerId)
      answerRows.id.push(`${rowPlayer}_q${questionIndex}`)
      answerRows.playerId.push(rowPlayer)
      answerRows.questionIndex.push(questionIndex)
      answerRows.versionId.push(q.versionId)
      answerRows.optionIds.push(JSON.stringify(a.optionIds.map((id) => sourceId.get(id) ?? id)))
      answerRows.correct.push(a.correct)
      answerRows.points.push(a.points)
      answerRows.timeMs.push(Math.round(a.elapsedMs))
      answerRows.at.push(sqlTimestamp(a.atMs))
    }
  }

  return db.$transaction(
    async (tx) => {
      const session = await tx.liveSession.findUnique({ where: { id: state.id }, select: { status: true } })
      if (!session) return 'no_session'
      if (session.status === 'ENDED') return 'already_stored'
      for (let i = 0; i < players.length; i += ROW_CHUNK) {
        const chunk = players.slice(i, i + ROW_CHUNK)
        await tx.$executeRaw`
          INSERT INTO "LivePlayer" ("id", "sessionId", "nickname", "userId", "unitId", "score", "rank", "correctCount", "totalTimeMs", "kicked", "joinedAt")
          SELECT t.id, ${state.id}, t.nickname, t.user_id, t.unit_id, t.score, t.rank, t.correct_count, t.total_time, t.kicked, t.joined_at
          FROM unnest(
            ${chunk.map((p) => livePlayerRowId(state.id, p.id))}::text[],
            ${chunk.map((p) => p.nickname)}::text[],
            ${chunk.map((p) => (p.userId && userIds.has(p.userId) ? p.userId : null))}::text[],
            ${chunk.map((p) => (p.unitId && unitIds.has(p.unitId) ? p.unitId : null))}::text[],
            ${chunk.map((p) => p.score)}::int[],
            ${chunk.map((p) => (p.kicked ? null : p.rank))}::int[],
            ${chunk.map((p) => p.correctCount)}::int[],
            ${chunk.map((p) => Math.round(p.totalTimeMs))}::int[],
            ${chunk.map((p) => p.kicked)}::boolean[],
            ${chunk.map((p) => sqlTimestamp(p.joinedAt))}::timestamp[]
          ) AS t(id, nickname, user_id, unit_id, score, rank, correct_count, total_time, kicked, joined_at)
          ON CONFLICT ("id") DO NOTHING`
      }
      const a = answerRows
      for (let i = 0; i < a.id.length; i += ROW_CHUNK) {
        const cut = <T>(xs: T[]) => xs.slice(i, i + ROW_CHUNK)
        await tx.$executeRaw`
          INSERT INTO "LiveAnswer" ("id", "sessionId", "playerId", "questionIndex", "questionVersionId", "optionIds", "correct", "points", "timeMs", "answeredAt")
          SELECT t.id, ${state.id}, t.player_id, t.question_index, t.version_id, ARRAY(SELECT json_array_elements_text(t.option_ids::json)), t.correct, t.points, t.time_ms, t.answered_at
          FROM unnest(
            ${cut(a.id)}::text[], ${cut(a.playerId)}::text[], ${cut(a.questionIndex)}::int[], ${cut(a.versionId)}::text[], ${cut(a.optionIds)}::text[],
            ${cut(a.correct)}::boolean[], ${cut(a.points)}::int[], ${cut(a.timeMs)}::int[], ${cut(a.at)}::timestamp[]
          ) AS t(id, player_id, question_index, version_id, option_ids, correct, points, time_ms, answered_at)
          ON CONFLICT DO NOTHING`
      }
      await tx.liveSession.update({ where: { id: state.id }, data: { status: 'ENDED', endedAt: new Date(state.endedAt ?? Date.now()) } })
      return 'stored'
    },
    { timeout: 120_000, maxWait: 10_000 },
  )
}

/** Prisma keeps DateTime columns as UTC "timestamp without time zone"; this is that text, without a zone to convert. */
function sqlTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23).replace('T', ' ')
}

/** What a phone that comes back after the game was stored is shown. */
export async function liveFinalSummary(db: Db, sessionId: string, playerId: string): Promise<FinalSummary | null> {
  const row = await db.livePlayer.findUnique({
    where: { id: livePlayerRowId(sessionId, playerId) },
    select: {
      nickname: true,
      score: true,
      rank: true,
      correctCount: true,
      kicked: true,
      session: { select: { questionVersionIds: true, _count: { select: { players: { where: { kicked: false } } } } } },
    },
  })
  if (!row || row.kicked) return null
  return {
    gameId: sessionId,
    nickname: row.nickname,
    score: row.score,
    rank: row.rank,
    correctCount: row.correctCount,
    questionCount: row.session.questionVersionIds.length,
    playerCount: row.session._count.players,
  }
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))]
}

/** A unit of the session's organisation (team mode without an account), or null. */
export async function findSessionUnit(db: Db, sessionId: string, unitId: string): Promise<{ id: string; name: string } | null> {
  const session = await db.liveSession.findUnique({ where: { id: sessionId }, select: { organisationId: true } })
  if (!session) return null
  return db.unit.findFirst({ where: { id: unitId, organisationId: session.organisationId }, select: { id: true, name: true } })
}
