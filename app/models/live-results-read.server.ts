import { PassThrough, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { LEADERBOARD_TOP_N } from '~/core/live/game-state'
import type { PodiumEntry } from '~/core/live/views'
import type { Db } from '~/utils/db.server'

/** Reading a stored live session's results: the ranking, the units, each question's answers, and the XLSX export. */

/** The stored final ranking, best first: the first `top` players who were not kicked. */
function liveRanking(db: Db, sessionId: string, top: number) {
  return db.livePlayer.findMany({
    where: { sessionId, kicked: false },
    orderBy: [{ rank: 'asc' }, { joinedAt: 'asc' }],
    take: top,
    select: {
      id: true,
      nickname: true,
      rank: true,
      score: true,
      correctCount: true,
      totalTimeMs: true,
      user: { select: { fullName: true } },
      unit: { select: { name: true } },
    },
  })
}

/**
 * The top of a stored session's ranking as the projector shows it once the live
 * state is gone: nicknames and scores only, never the account names behind them.
 */
export async function liveFinalStandings(db: Db, sessionId: string, top = LEADERBOARD_TOP_N): Promise<PodiumEntry[]> {
  const players = await liveRanking(db, sessionId, top)
  return players.map((p, i) => ({ playerId: p.id, nickname: p.nickname, score: p.score, rank: p.rank ?? i + 1 }))
}

export async function liveResults(db: Db, sessionId: string, top = 100) {
  const [players, teamsRaw, perQuestionRaw, session] = await Promise.all([
    liveRanking(db, sessionId, top),
    db.livePlayer.groupBy({
      by: ['unitId'],
      where: { sessionId, kicked: false, unitId: { not: null } },
      _avg: { score: true, totalTimeMs: true },
      _count: { _all: true },
    }),
    db.liveAnswer.groupBy({ by: ['questionIndex', 'correct'], where: { sessionId }, _count: { _all: true } }),
    db.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { questionVersionIds: true, _count: { select: { players: { where: { kicked: false } } } } } }),
  ])
  const unitNames = new Map(
    (await db.unit.findMany({ where: { id: { in: teamsRaw.flatMap((t) => (t.unitId ? [t.unitId] : [])) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  )
  // Same order as the game's team ranking: mean score, then mean time, then more members.
  const teams = teamsRaw
    .map((t) => ({
      unitId: t.unitId ?? '',
      unitName: unitNames.get(t.unitId ?? '') ?? '—',
      members: t._count._all,
      averageScore: Math.round((t._avg.score ?? 0) * 10) / 10,
      averageTimeMs: t._avg.totalTimeMs ?? 0,
    }))
    .sort((a, b) => b.averageScore - a.averageScore || a.averageTimeMs - b.averageTimeMs || b.members - a.members)
  const stems = await questionStems(db, session.questionVersionIds)
  const perQuestion = session.questionVersionIds.map((versionId, index) => {
    const rows = perQuestionRaw.filter((r) => r.questionIndex === index)
    const answered = rows.reduce((n, r) => n + r._count._all, 0)
    const correct = rows.find((r) => r.correct)?._count._all ?? 0
    return { index, stem: stems.get(versionId) ?? '', answered, correct }
  })
  return {
    playerCount: session._count.players,
    players: players.map((p) => ({
      id: p.id,
      rank: p.rank,
      nickname: p.nickname,
      fullName: p.user?.fullName ?? null,
      unitName: p.unit?.name ?? null,
      score: p.score,
      correctCount: p.correctCount,
      seconds: Math.round(p.totalTimeMs / 100) / 10,
    })),
    teams,
    perQuestion,
  }
}

async function questionStems(db: Db, versionIds: string[]): Promise<Map<string, string>> {
  const versions = await db.questionVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, stem: true, options: true } })
  return new Map(versions.map((v) => [v.id, v.stem]))
}

/**
 * The whole result as an XLSX workbook, streamed (a 10,000-player game with
 * 20 questions is 200,000 answer rows): ranking, units, questions, answers.
 */
export function liveResultsWorkbook(db: Db, sessionId: string, title: string): Readable {
  const out = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true })
  workbook.creator = 'Thi Pháp Luật'
  workbook.title = title
  const bold = { font: { bold: true } }

  void (async () => {
    const session = await db.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { questionVersionIds: true } })
    const versions = await db.questionVersion.findMany({
      where: { id: { in: session.questionVersionIds } },
      select: { id: true, stem: true, options: true, sourceDocument: true, sourceArticle: true },
    })
    const byId = new Map(versions.map((v) => [v.id, v]))

    const ranking = workbook.addWorksheet('Xếp hạng')
    ranking.columns = [
      { header: 'Hạng', key: 'rank', width: 8 },
      { header: 'Biệt danh', key: 'nickname', width: 24 },
      { header: 'Họ và tên (tài khoản)', key: 'fullName', width: 28 },
      { header: 'Đơn vị', key: 'unit', width: 32 },
      { header: 'Điểm', key: 'score', width: 10 },
      { header: 'Số câu đúng', key: 'correct', width: 12 },
      { header: 'Thời gian các câu đúng (giây)', key: 'seconds', width: 16 },
      { header: 'Bị mời ra', key: 'kicked', width: 10 },
    ]
    ranking.getRow(1).font = bold.font
    const nicknames = new Map<string, string>()
    let cursor: string | undefined
    for (;;) {
      const batch = await db.livePlayer.findMany({
        where: { sessionId },
        orderBy: { id: 'asc' },
        take: 2000,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        select: { id: true, nickname: true, rank: true, score: true, correctCount: true, totalTimeMs: true, kicked: true, user: { select: { fullName: true } }, unit: { select: { name: true } } },
      })
      if (batch.length === 0) break
      cursor = batch[batch.length - 1].id
      for (const p of batch) {
        nicknames.set(p.id, p.nickname)
        ranking
          .addRow({
            rank: p.rank ?? '',
            nickname: p.nickname,
            fullName: p.user?.fullName ?? '',
            unit: p.unit?.name ?? '',
            score: p.score,
            correct: p.correctCount,
            seconds: Math.round(p.totalTimeMs / 100) / 10,
            kicked: p.kicked ? 'Có' : '',
          })
          .commit()
      }
    }
    await ranking.commit()

    const results = await liveResults(db, sessionId, 0)
    const units = workbook.addWorksheet('Đơn vị')
    units.columns = [
      { header: 'Hạng', key: 'rank', width: 8 },
      { header: 'Đơn vị', key: 'unit', width: 36 },
      { header: 'Số thành viên', key: 'members', width: 14 },
      { header: 'Điểm trung bình', key: 'average', width: 16 },
    ]
    units.getRow(1).font = bold.font
    results.teams.forEach((t, i) => units.addRow({ rank: i + 1, unit: t.unitName, members: t.members, average: t.averageScore }).commit())
    await units.commit()

    const questions = workbook.addWorksheet('Câu hỏi')
    questions.columns = [
      { header: 'Câu', key: 'n', width: 6 },
      { header: 'Nội dung', key: 'stem', width: 70 },
      { header: 'Căn cứ', key: 'source', width: 30 },
      { header: 'Số người trả lời', key: 'answered', width: 16 },
      { header: 'Số trả lời đúng', key: 'correct', width: 16 },
      { header: 'Tỉ lệ đúng (%)', key: 'rate', width: 14 },
    ]
    questions.getRow(1).font = bold.font
    for (const q of results.perQuestion) {
      const v = byId.get(session.questionVersionIds[q.index])
      questions
        .addRow({
          n: q.index + 1,
          stem: q.stem,
          source: v ? [v.sourceDocument, v.sourceArticle].filter(Boolean).join(', ') : '',
          answered: q.answered,
          correct: q.correct,
          rate: q.answered ? Math.round((q.correct / q.answered) * 1000) / 10 : 0,
        })
        .commit()
    }
    await questions.commit()

    const answers = workbook.addWorksheet('Chi tiết trả lời')
    answers.columns = [
      { header: 'Biệt danh', key: 'nickname', width: 24 },
      { header: 'Câu', key: 'n', width: 6 },
      { header: 'Phương án đã chọn', key: 'options', width: 40 },
      { header: 'Đúng', key: 'correct', width: 8 },
      { header: 'Điểm', key: 'points', width: 8 },
      { header: 'Thời gian (giây)', key: 'seconds', width: 14 },
    ]
    answers.getRow(1).font = bold.font
    const optionText = (versionId: string, id: string) => {
      const options = byId.get(versionId)?.options
      const found = Array.isArray(options) ? (options as { id?: string; text?: string }[]).find((o) => o.id === id) : undefined
      return found?.text ?? id
    }
    let answerCursor: string | undefined
    for (;;) {
      const batch = await db.liveAnswer.findMany({
        where: { sessionId },
        orderBy: { id: 'asc' },
        take: 5000,
        ...(answerCursor ? { skip: 1, cursor: { id: answerCursor } } : {}),
        select: { id: true, playerId: true, questionIndex: true, questionVersionId: true, optionIds: true, correct: true, points: true, timeMs: true },
      })
      if (batch.length === 0) break
      answerCursor = batch[batch.length - 1].id
      for (const a of batch) {
        answers
          .addRow({
            nickname: nicknames.get(a.playerId) ?? '',
            n: a.questionIndex + 1,
            options: a.optionIds.map((id) => optionText(a.questionVersionId, id)).join('; '),
            correct: a.correct ? 'Đúng' : 'Sai',
            points: a.points,
            seconds: Math.round(a.timeMs / 100) / 10,
          })
          .commit()
      }
    }
    await answers.commit()
    await workbook.commit()
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}
