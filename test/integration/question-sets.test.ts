import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGame, type LiveQuestionInput } from '../../app/core/live/create-game'
import { questionDraftSchema, type QuestionDraft } from '../../app/core/questions/question-draft'
import { createLiveSession } from '../../app/models/live-sessions.server'
import { createQuestion } from '../../app/models/question-write.server'
import {
  createQuestionSet,
  deleteQuestionSet,
  getQuestionSet,
  listQuestionSets,
  setQuestionsForLive,
  updateQuestionSet,
} from '../../app/models/question-sets.server'
import { reviseQuestion, setQuestionStatus } from '../../app/models/questions.server'
import type { LiveEngineApi } from '../../app/utils/live-engine.server'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

/**
 * Saved question sets against the real PostgreSQL: saving in order, scoping to
 * the organisation, and sessions made from a set (order kept, current
 * versions pinned, unusable questions reported, another organisation's set
 * refused).
 */

let t: TestDatabase
let actor: { id: string; organisationId: string }
let stranger: { id: string; organisationId: string }
let bankA: string
let bankB: string
/** q[0..4]: approved questions; q[0..2] in bank A, q[3..4] in bank B. */
const q: string[] = []
let draftQuestion: string
let strangerQuestion: string

const draft = (stem: string): QuestionDraft =>
  questionDraftSchema.parse({
    type: 'single',
    stem,
    options: [
      { text: `Đúng — ${stem}`, correct: true },
      { text: 'Sai một', correct: false },
      { text: 'Sai hai', correct: false },
    ],
    source: { document: 'Nghị quyết số 66-NQ/TW', article: 'Mục II' },
    tags: ['thể chế'],
    difficulty: 'easy',
  })

/** The engine as pages see it, recording what it was asked to run; the game itself is built by the real core. */
function recordingEngine() {
  const games: { id: string; questions: LiveQuestionInput[] }[] = []
  const discarded: string[] = []
  const engine: LiveEngineApi = {
    async createGame(input) {
      const built = createGame({ ...input, pin: '482915' }, input.id, 0)
      if (!built.ok) return built
      games.push({ id: input.id, questions: input.questions })
      return { ok: true, pin: '482915' }
    },
    async discardGame(id) {
      discarded.push(id)
      return true
    },
    async findGameByPin() {
      return null
    },
  }
  return { engine, games, discarded }
}

const settings = { questionTimeLimitSec: 20 }

beforeAll(async () => {
  t = await createTestDatabase()
  const org = await t.db.organisation.create({ data: { name: 'Sở Tư pháp', slug: 'stp-sets' } })
  const org2 = await t.db.organisation.create({ data: { name: 'Phường khác', slug: 'khac-sets' } })
  const user = await t.db.user.create({ data: { fullName: 'Người Dẫn', fullNameKey: 'nguoi dan', passwordHash: 'x', roles: ['HOST', 'ORGANISER'], organisationId: org.id } })
  const user2 = await t.db.user.create({ data: { fullName: 'Người Khác', fullNameKey: 'nguoi khac', passwordHash: 'x', roles: ['HOST', 'ORGANISER'], organisationId: org2.id } })
  actor = { id: user.id, organisationId: org.id }
  stranger = { id: user2.id, organisationId: org2.id }
  bankA = (await t.db.questionBank.create({ data: { organisationId: org.id, name: 'Ngân hàng A' } })).id
  bankB = (await t.db.questionBank.create({ data: { organisationId: org.id, name: 'Ngân hàng B' } })).id
  for (let n = 0; n < 5; n++) {
    q.push(await createQuestion(t.db, { bankId: n < 3 ? bankA : bankB, draft: draft(`Câu hỏi số ${n + 1} của bộ?`), status: 'approved', createdById: user.id }))
  }
  draftQuestion = await createQuestion(t.db, { bankId: bankA, draft: draft('Câu hỏi còn đang soạn?'), status: 'draft', createdById: user.id })
  const strangerBank = await t.db.questionBank.create({ data: { organisationId: org2.id, name: 'Ngân hàng của phường khác' } })
  strangerQuestion = await createQuestion(t.db, { bankId: strangerBank.id, draft: draft('Câu hỏi của tổ chức khác?'), status: 'approved', createdById: user2.id })
})
afterAll(() => t.drop())

async function newSet(name: string, questionIds: string[]) {
  const created = await createQuestionSet(t.db, actor, { name, description: '', questionIds })
  if (!created.ok) throw new Error(created.message)
  return created.id
}

describe('saving sets', () => {
  it('keeps the chosen order across banks, lists the set with its size, and replaces the whole list on edit', async () => {
    const id = await newSet('Vòng loại khối THPT', [q[4], q[0], q[2]])
    const set = await getQuestionSet(t.db, actor.organisationId, id)
    expect(set?.items.map((i) => i.id)).toEqual([q[4], q[0], q[2]])
    expect(set?.items.map((i) => i.bankName)).toEqual(['Ngân hàng B', 'Ngân hàng A', 'Ngân hàng A'])
    expect(set?.items.every((i) => i.problem === null)).toBe(true)

    const updated = await updateQuestionSet(t.db, actor, id, { name: 'Vòng loại khối THPT (sửa)', description: 'Ba câu', questionIds: [q[2], q[4], q[1], q[3]] })
    expect(updated.ok).toBe(true)
    const after = await getQuestionSet(t.db, actor.organisationId, id)
    expect(after).toMatchObject({ name: 'Vòng loại khối THPT (sửa)', description: 'Ba câu' })
    expect(after?.items.map((i) => i.id)).toEqual([q[2], q[4], q[1], q[3]])
    const listed = (await listQuestionSets(t.db, actor.organisationId)).find((s) => s.id === id)
    expect(listed).toMatchObject({ questionCount: 4, blockedCount: 0, createdBy: 'Người Dẫn' })
  })

  it('refuses a save over a newer save or a delete, and two saves at once never mix their lists', async () => {
    const id = await newSet('Bộ hai người cùng sửa', [q[0], q[1]])
    const loadedAt = (await getQuestionSet(t.db, actor.organisationId, id))!.updatedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await updateQuestionSet(t.db, actor, id, { name: 'Bộ hai người cùng sửa', description: 'A', questionIds: [q[2]], loadedAt })).toEqual({ ok: true, id })
    // The second organiser loaded the set before the first saved.
    const late = await updateQuestionSet(t.db, actor, id, { name: 'Bộ hai người cùng sửa', description: 'B', questionIds: [q[3]], loadedAt })
    expect(late).toEqual({ ok: false, message: 'Bộ câu hỏi vừa được người khác sửa hoặc xóa. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.' })
    expect((await getQuestionSet(t.db, actor.organisationId, id))?.items.map((i) => i.id)).toEqual([q[2]])

    // Two saves at the same moment: one after the other, each list whole, no key clash.
    const both = await Promise.all([
      updateQuestionSet(t.db, actor, id, { name: 'Bộ hai người cùng sửa', description: 'C', questionIds: [q[0], q[1], q[2]] }),
      updateQuestionSet(t.db, actor, id, { name: 'Bộ hai người cùng sửa', description: 'D', questionIds: [q[3], q[4]] }),
    ])
    expect(both).toEqual([{ ok: true, id }, { ok: true, id }])
    const final = await getQuestionSet(t.db, actor.organisationId, id)
    expect([[q[0], q[1], q[2]], [q[3], q[4]]]).toContainEqual(final?.items.map((i) => i.id))

    // A save after the set was deleted elsewhere.
    const fresh = (await getQuestionSet(t.db, actor.organisationId, id))!.updatedAt
    await t.db.questionSet.delete({ where: { id } })
    expect(await updateQuestionSet(t.db, actor, id, { name: 'Bộ hai người cùng sửa', description: '', questionIds: [q[0]], loadedAt: fresh })).toMatchObject({ ok: false })
  })

  it('refuses a name already used (accents and case ignored), a question of another organisation, and a question twice', async () => {
    await newSet('Chung kết cụm', [q[0]])
    const sameName = await createQuestionSet(t.db, actor, { name: 'CHUNG KET CUM', description: '', questionIds: [q[1]] })
    expect(sameName).toEqual({ ok: false, field: 'name', message: 'Đã có bộ câu hỏi “CHUNG KET CUM”. Hãy chọn tên khác.' })
    const foreign = await createQuestionSet(t.db, actor, { name: 'Bộ lẫn câu lạ', description: '', questionIds: [q[1], strangerQuestion] })
    expect(foreign).toMatchObject({ ok: false, field: 'questionIds' })
    expect(foreign.ok ? '' : foreign.message).toMatch(/^1 câu hỏi đã chọn không còn trong ngân hàng của ban tổ chức/)
    const twice = await createQuestionSet(t.db, actor, { name: 'Bộ trùng câu', description: '', questionIds: [q[1], q[1]] })
    expect(twice).toMatchObject({ ok: false, field: 'questionIds', message: 'Mỗi câu hỏi chỉ được có một lần trong bộ' })
    expect((await listQuestionSets(t.db, actor.organisationId)).map((s) => s.name)).not.toContain('Bộ lẫn câu lạ')
  })

  it('hides a set from another organisation: not listed, not readable, not editable, not deletable', async () => {
    const id = await newSet('Bộ riêng của Sở', [q[0], q[1]])
    expect((await listQuestionSets(t.db, stranger.organisationId)).map((s) => s.id)).not.toContain(id)
    expect(await getQuestionSet(t.db, stranger.organisationId, id)).toBeNull()
    expect(await updateQuestionSet(t.db, stranger, id, { name: 'Chiếm bộ', description: '', questionIds: [strangerQuestion] })).toEqual({ ok: false, message: 'Không tìm thấy bộ câu hỏi' })
    expect(await deleteQuestionSet(t.db, stranger, id)).toEqual({ ok: false, message: 'Không tìm thấy bộ câu hỏi' })
    expect((await getQuestionSet(t.db, actor.organisationId, id))?.items).toHaveLength(2)
  })

  it('deletes a set and its items, leaving the questions and an audit entry', async () => {
    const id = await newSet('Bộ sẽ xoá', [q[0], q[3]])
    expect(await deleteQuestionSet(t.db, actor, id)).toEqual({ ok: true, name: 'Bộ sẽ xoá' })
    expect(await getQuestionSet(t.db, actor.organisationId, id)).toBeNull()
    expect(await t.db.questionSetItem.count({ where: { setId: id } })).toBe(0)
    expect(await t.db.question.count({ where: { id: { in: [q[0], q[3]] } } })).toBe(2)
    expect(await t.db.auditLog.count({ where: { entityType: 'QuestionSet', entityId: id, action: 'questionSet.delete' } })).toBe(1)
  })
})

describe('sessions from a set', () => {
  it('asks the set’s questions in the set’s order, pinned to their current versions, and records the set', async () => {
    const id = await newSet('Bộ theo thứ tự', [q[3], q[1], q[4]])
    // An edit after the set was saved: the session asks the version current when it is created.
    const revised = await reviseQuestion(t.db, actor, bankA, q[1], draft('Câu hỏi số 2 của bộ (đã sửa)?'))
    expect(revised).toMatchObject({ ok: true, version: 2 })
    const { engine, games } = recordingEngine()
    const created = await createLiveSession(t.db, engine, actor, { title: 'Phiên từ bộ', setId: id, settings })
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(games[0].questions.map((x) => x.id)).toEqual([q[3], q[1], q[4]])
    expect(games[0].questions[1].stem).toBe('Câu hỏi số 2 của bộ (đã sửa)?')
    const currentVersions = await t.db.question.findMany({ where: { id: { in: [q[3], q[1], q[4]] } }, select: { id: true, currentVersionId: true } })
    const versionOf = new Map(currentVersions.map((r) => [r.id, r.currentVersionId]))
    const session = await t.db.liveSession.findUniqueOrThrow({ where: { id: created.id } })
    expect(session.questionVersionIds).toEqual([versionOf.get(q[3]), versionOf.get(q[1]), versionOf.get(q[4])])
    expect(session.settings).toMatchObject({ set: { id, name: 'Bộ theo thứ tự' }, questionTimeLimitSec: 20 })
  })

  it('refuses a set with a retired or unapproved question, naming how many and which', async () => {
    const retiredId = await createQuestion(t.db, { bankId: bankA, draft: draft('Câu hỏi sẽ ngừng dùng?'), status: 'approved', createdById: actor.id })
    const id = await newSet('Bộ có câu ngừng dùng', [q[0], retiredId, q[2], draftQuestion])
    expect(await setQuestionStatus(t.db, actor, bankA, retiredId, 'retired')).toEqual({ ok: true })

    const set = await getQuestionSet(t.db, actor.organisationId, id)
    expect(set?.items.map((i) => i.problem)).toEqual([null, 'retired', null, 'draft'])
    expect((await listQuestionSets(t.db, actor.organisationId)).find((s) => s.id === id)?.blockedCount).toBe(2)

    const { engine, games } = recordingEngine()
    const refused = await createLiveSession(t.db, engine, actor, { title: 'Phiên không tạo được', setId: id, settings })
    expect(refused).toEqual({
      ok: false,
      field: 'setId',
      message:
        '2 câu trong bộ câu hỏi không dùng được cho thi trực tiếp: câu 2 “Câu hỏi sẽ ngừng dùng?” (đã ngừng dùng); câu 4 “Câu hỏi còn đang soạn?” (chưa duyệt). Hãy duyệt lại các câu này hoặc bỏ chúng khỏi bộ rồi tạo phiên.',
    })
    expect(games).toHaveLength(0)
    expect(await t.db.liveSession.count({ where: { title: 'Phiên không tạo được' } })).toBe(0)

    // Approved again, the set runs whole.
    expect(await setQuestionStatus(t.db, actor, bankA, retiredId, 'approved')).toEqual({ ok: true })
    expect(await setQuestionStatus(t.db, actor, bankA, draftQuestion, 'approved')).toEqual({ ok: true })
    const picked = await setQuestionsForLive(t.db, actor.organisationId, id)
    expect(picked.ok && picked.questions.map((x) => x.id)).toEqual([q[0], retiredId, q[2], draftQuestion])
  })

  it('refuses another organisation’s set as not found, and starts no game', async () => {
    const id = await newSet('Bộ không cho mượn', [q[0]])
    const { engine, games } = recordingEngine()
    const refused = await createLiveSession(t.db, engine, stranger, { title: 'Phiên mượn bộ', setId: id, settings })
    expect(refused).toEqual({ ok: false, field: 'setId', message: 'Bộ câu hỏi không tồn tại hoặc không thuộc ban tổ chức của bạn.' })
    expect(games).toHaveLength(0)
    const unknown = await createLiveSession(t.db, engine, actor, { title: 'Phiên bộ lạ', setId: 'khong-co-bo-nay', settings })
    expect(unknown).toMatchObject({ ok: false, field: 'setId' })
  })

  it('still draws from a bank with a filter', async () => {
    const { engine, games } = recordingEngine()
    const created = await createLiveSession(t.db, engine, actor, { title: 'Phiên từ ngân hàng', filter: { bankId: bankB, tags: [], difficulty: null, count: 2 }, settings })
    expect(created.ok).toBe(true)
    expect(new Set(games[0].questions.map((x) => x.id))).toEqual(new Set([q[3], q[4]]))
    const session = await t.db.liveSession.findFirstOrThrow({ where: { title: 'Phiên từ ngân hàng' } })
    expect(session.settings).toMatchObject({ filter: { bankId: bankB, count: 2 } })
  })

  it('discards the new game when its session cannot be recorded, so its PIN is not held', async () => {
    const { engine, games, discarded } = recordingEngine()
    const failingDb = new Proxy(t.db, {
      get(target, property, receiver) {
        if (property === 'liveSession') return { create: () => Promise.reject(new Error('database went away')) }
        return Reflect.get(target, property, receiver) as unknown
      },
    })
    await expect(
      createLiveSession(failingDb, engine, actor, { title: 'Phiên không lưu được', filter: { bankId: bankB, tags: [], difficulty: null, count: 1 }, settings }),
    ).rejects.toThrow('database went away')
    expect(games).toHaveLength(1)
    expect(discarded).toEqual([games[0].id])
  })
})
