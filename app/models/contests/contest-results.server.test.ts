import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database'
import { createBank, createOrganisation, createParticipant, keyOf, rules, wrongOf } from '../../../test/factories/contest-fixtures'
import { readLayout } from '~/core/contest/attempt-layout'
import { finishAttempt, saveAnswer, startAttempt } from './attempt.server'
import { contestStandingRows, roundResultRows, unitFilterSet } from './contest-results.server'
import { contestStatistics } from './contest-stats.server'
import { createContest, setContestStatus } from './contest.server'
import { itemStatisticsForRounds, itemStatisticsForVersions } from './item-statistics.server'
import { registerForContest } from './registration.server'
import { roundResultsWorkbook } from './results-xlsx.server'
import { finaliseRound } from './round-finalise.server'
import { createRound, publishRound } from './round.server'

let t: TestDatabase
let w: Awaited<ReturnType<typeof world>>
const T0 = new Date('2026-11-23T03:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

async function world() {
  const org = await createOrganisation(t.db)
  const { bank } = await createBank(t.db, org.organisation.id)
  const c = await createContest(t.db, org.actor, { title: 'Kết quả', slug: `ket-qua-${Date.now()}`, description: '', rulesText: '', bannerUrl: null, eligibility: { unitIds: [] }, registrationFields: [] }, { kind: 'keep' })
  if (!c.ok) throw new Error(c.message)
  await setContestStatus(t.db, org.actor, c.value.id, 'PUBLISHED')
  const rounds: string[] = []
  for (const [i, r] of [[0, 100], [200, 300]].entries()) {
    const created = await createRound(t.db, org.actor, c.value.id, { title: `Tuần ${i + 1}`, opensAt: at(r[0]), closesAt: at(r[1]), rules: rules(bank.id, { shuffleQuestions: false }) })
    if (!created.ok) throw new Error(created.message)
    await publishRound(t.db, org.actor, c.value.id, created.value.id, at(-1))
    rounds.push(created.value.id)
  }
  const people = []
  for (const [name, unit] of [['An', org.ward.id], ['Bình', org.ward.id], ['Chi', org.school.id]] as const) {
    const u = await createParticipant(t.db, { fullName: name, unitId: unit })
    await registerForContest(t.db, { contestId: c.value.id, userId: u.id, unitId: unit, fields: {}, now: at(0) })
    people.push(u)
  }
  return { ...org, contestId: c.value.id, rounds, people }
}

/** Right on the first `right` questions, wrong on the next `wrong`, the rest left blank. */
async function take(roundId: string, userId: string, startMin: number, right: number, wrong: number) {
  const s = await startAttempt(t.db, { roundId, userId, now: at(startMin) })
  if (!s.ok) throw new Error(s.message)
  const layout = readLayout((await t.db.attempt.findUniqueOrThrow({ where: { id: s.attemptId } })).layout)
  for (const [i, q] of layout.questions.slice(0, right + wrong).entries()) {
    await saveAnswer(t.db, { attemptId: s.attemptId, userId, versionId: q.versionId, optionIds: i < right ? await keyOf(t.db, q.versionId) : [await wrongOf(t.db, q.versionId)], now: at(startMin) })
  }
  await finishAttempt(t.db, { attemptId: s.attemptId, now: at(startMin + 2), by: 'participant', userId })
  return layout
}

beforeAll(async () => {
  t = await createTestDatabase()
  w = await world()
  const [an, binh, chi] = w.people
  await take(w.rounds[0], an.id, 1, 5, 0)
  await take(w.rounds[0], binh.id, 2, 3, 2)
  await take(w.rounds[0], chi.id, 3, 2, 1) // two blank
  await take(w.rounds[1], an.id, 201, 1, 4)
  await take(w.rounds[1], chi.id, 202, 5, 0)
  await finaliseRound(t.db, { roundId: w.rounds[0], now: at(101), actor: null })
  await finaliseRound(t.db, { roundId: w.rounds[1], now: at(301), actor: null })
})
afterAll(async () => {
  await t?.drop()
})

describe('organiser results', () => {
  it('lists a round’s frozen ranking, filtered by a unit and everything below it', async () => {
    const all = await roundResultRows(t.db, w.rounds[0], { unitIds: null })
    expect(all.rows.map((r) => [r.rank, r.fullName, r.score, r.unitName])).toEqual([
      [1, 'An', 5, 'Phường Ba Đình'],
      [2, 'Bình', 3, 'Phường Ba Đình'],
      [3, 'Chi', 2, 'Trường THPT Việt Đức'],
    ])
    const city = await unitFilterSet(t.db, w.organisation.id, w.city.id)
    expect((await roundResultRows(t.db, w.rounds[0], { unitIds: city })).total).toBe(3)
    const ward = await unitFilterSet(t.db, w.organisation.id, w.ward.id)
    expect((await roundResultRows(t.db, w.rounds[0], { unitIds: ward })).rows.map((r) => r.fullName)).toEqual(['An', 'Bình'])
    // A unit of another organisation filters everything out rather than showing theirs.
    const foreign = await createOrganisation(t.db)
    expect(await unitFilterSet(t.db, w.organisation.id, foreign.ward.id)).toEqual([])
  })

  it('sums the frozen rounds for the whole contest', async () => {
    const rows = await contestStandingRows(t.db, w.contestId, null)
    expect(rows.map((r) => [r.rank, r.fullName, r.totalScore, r.rounds])).toEqual([
      [1, 'Chi', 7, 2],
      [2, 'An', 6, 2],
      [3, 'Bình', 3, 1],
    ])
  })

  it('exports a workbook that reads back with the same rows', async () => {
    const { rows } = await roundResultRows(t.db, w.rounds[0], { unitIds: null })
    const buffer = await roundResultsWorkbook({ contestTitle: 'Kết quả', roundTitle: 'Tuần 1', fields: [], rows })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('Kết quả')!
    expect(sheet.rowCount).toBe(4)
    expect(sheet.getRow(2).getCell(1).value).toBe(1)
    expect(sheet.getRow(2).getCell(2).value).toBe('An')
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(sheet.getRow(2).getCell(header.indexOf('Giải') + 1).value).toBe('Giải Nhất')
    expect(sheet.getRow(4).getCell(header.indexOf('Điểm') + 1).value).toBe(2)
    expect(sheet.getRow(4).getCell(2).value).toBe('Chi')
  })
})

describe('statistics', () => {
  it('counts people and attempts by day and unit, and spreads scores only for the rounds asked', async () => {
    const stats = await contestStatistics(t.db, { id: w.contestId, organisationId: w.organisation.id }, { roundIds: w.rounds, scoreRoundIds: [w.rounds[0]] })
    expect(stats.totals).toEqual({ registrations: 3, participants: 3, attempts: 5 })
    expect(stats.perDay.reduce((s, d) => s + d.attempts, 0)).toBe(5)
    expect(stats.byUnit.map((u) => [u.name, u.participants])).toEqual([['Phường Ba Đình', 2], ['Trường THPT Việt Đức', 1]])
    expect(stats.scores?.bins.filter((b) => b.attempts > 0).map((b) => [b.score, b.attempts])).toEqual([[2, 1], [3, 1], [5, 1]])
    expect(stats.scores?.attemptsAllCorrect).toBe(1)
    expect(stats.rounds.map((r) => [r.title, r.participants, r.attempts, r.actualAllCorrect])).toEqual([['Tuần 1', 3, 3, 1], ['Tuần 2', 2, 2, 1]])
    const noScores = await contestStatistics(t.db, { id: w.contestId, organisationId: w.organisation.id }, { roundIds: w.rounds, scoreRoundIds: [] })
    expect(noScores.scores).toBeNull()
  })

  it('computes facility per question from AttemptAnswer, a blank counting as wrong', async () => {
    // Counted here from the stored layouts and answers: each attempt drew its own questions.
    const expected = async (roundIds: string[]) => {
      const attempts = await t.db.attempt.findMany({ where: { roundId: { in: roundIds } }, select: { layout: true, answers: { select: { questionVersionId: true, correct: true } } } })
      const counts = new Map<string, [number, number]>()
      for (const a of attempts) {
        const right = new Set(a.answers.filter((x) => x.correct).map((x) => x.questionVersionId))
        for (const q of readLayout(a.layout).questions) {
          const [n, c] = counts.get(q.versionId) ?? [0, 0]
          counts.set(q.versionId, [n + 1, c + (right.has(q.versionId) ? 1 : 0)])
        }
      }
      return counts
    }
    const byHand = await expected([w.rounds[0]])
    const items = await itemStatisticsForRounds(t.db, [w.rounds[0]])
    expect(new Map(items.map((i) => [i.questionId, [i.responses, i.correctCount]]))).toEqual(byHand)
    expect(items.reduce((s, i) => s + i.responses, 0)).toBe(15)
    expect(items.reduce((s, i) => s + i.correctCount, 0)).toBe(5 + 3 + 2)
    for (const i of items) expect(i.facility).toBeCloseTo(i.correctCount / i.responses)

    const both = await expected(w.rounds)
    const [busiest] = [...both].sort((a, b) => b[1][0] - a[1][0])
    const one = await itemStatisticsForVersions(t.db, [busiest[0]])
    expect(one.map((i) => [i.questionId, [i.responses, i.correctCount]])).toEqual([[busiest[0], busiest[1]]])
  })
})
