import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBankJson } from '../../app/core/export/export-bank-json'
import { questionDraftSchema, type QuestionDraft, type QuestionDraftInput } from '../../app/core/questions/question-draft'
import { parseQuestionFilters } from '../../app/core/questions/question-filters'
import { analyseItems } from '../../app/core/stats/item-analysis'
import { createBank, findBank, listBanks, updateBank } from '../../app/models/banks.server'
import { commitImport, insertQuestions, prepareImportPreview } from '../../app/models/question-import.server'
import { questionStatistics } from '../../app/models/question-quality.server'
import {
  bankTags,
  COUNT_CAP,
  createAuthoredQuestion,
  getQuestion,
  listQuestionsForExport,
  reviseQuestion,
  searchQuestions,
  setQuestionStatus,
} from '../../app/models/questions.server'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

let t: TestDatabase
let actor: { id: string; organisationId: string }
let stranger: { id: string; organisationId: string }
let bankId: string

const draft = (input: Partial<QuestionDraftInput> & { stem: string }): QuestionDraft =>
  questionDraftSchema.parse({
    type: 'single',
    options: [
      { text: 'Bộ Chính trị', correct: true },
      { text: 'Quốc hội', correct: false },
      { text: 'Chính phủ', correct: false },
    ],
    source: { document: 'Nghị quyết số 66-NQ/TW', article: 'Mục II.1', url: 'https://example.vn/nq66' },
    tags: ['nhận diện văn bản'],
    difficulty: 'easy',
    ...input,
  })

const search = (params: Record<string, string>, page = 1, pageSize = 20, bank = bankId) =>
  searchQuestions(t.db, bank, parseQuestionFilters(new URLSearchParams(params)), page, pageSize)

const csv = (text: string) => new TextEncoder().encode(text)

beforeAll(async () => {
  t = await createTestDatabase()
  const org = await t.db.organisation.create({ data: { name: 'Sở Tư pháp', slug: 'stp' } })
  const org2 = await t.db.organisation.create({ data: { name: 'Phường khác', slug: 'khac' } })
  const user = await t.db.user.create({ data: { fullName: 'Tổ Chức', fullNameKey: 'to chuc', passwordHash: 'x', roles: ['ORGANISER'], organisationId: org.id } })
  const user2 = await t.db.user.create({ data: { fullName: 'Người Khác', fullNameKey: 'nguoi khac', passwordHash: 'x', roles: ['ORGANISER'], organisationId: org2.id } })
  actor = { id: user.id, organisationId: org.id }
  stranger = { id: user2.id, organisationId: org2.id }
})
afterAll(() => t.drop())

describe('banks', () => {
  it('creates, lists with counts by status, renames, and refuses a name already used (accents and case ignored)', async () => {
    const created = await createBank(t.db, actor, { name: 'Nghị quyết 66', description: '' })
    expect(created.ok).toBe(true)
    bankId = created.ok ? created.id : ''
    expect(await createBank(t.db, actor, { name: 'NGHI QUYET 66', description: '' })).toMatchObject({ ok: false, field: 'name' })
    // Another organisation may use the same name.
    expect((await createBank(t.db, stranger, { name: 'Nghị quyết 66', description: '' })).ok).toBe(true)

    await createAuthoredQuestion(t.db, actor, bankId, draft({ stem: 'Câu nháp?' }), 'draft')
    await createAuthoredQuestion(t.db, actor, bankId, draft({ stem: 'Câu đã duyệt?' }), 'approved')
    const [bank] = await listBanks(t.db, actor.organisationId)
    expect(bank).toMatchObject({ id: bankId, name: 'Nghị quyết 66', counts: { total: 2, draft: 1, approved: 1, retired: 0 } })

    expect(await updateBank(t.db, actor, bankId, { name: 'Ngân hàng Nghị quyết 66', description: 'Mô tả' })).toEqual({ ok: true, id: bankId })
    expect((await findBank(t.db, actor.organisationId, bankId))?.name).toBe('Ngân hàng Nghị quyết 66')
    const audit = await t.db.auditLog.findMany({ where: { entityId: bankId }, select: { action: true } })
    expect(audit.map((a) => a.action).sort()).toEqual(['bank.create', 'bank.update'])
  })

  it('never shows or changes a bank of another organisation', async () => {
    expect(await findBank(t.db, stranger.organisationId, bankId)).toBeNull()
    expect(await updateBank(t.db, stranger, bankId, { name: 'Chiếm', description: '' })).toMatchObject({ ok: false })
    expect((await listBanks(t.db, stranger.organisationId)).map((b) => b.id)).not.toContain(bankId)
    expect((await findBank(t.db, actor.organisationId, bankId))?.name).toBe('Ngân hàng Nghị quyết 66')
  })
})

describe('question versions', () => {
  let questionId: string

  it('an edit makes a new immutable version; the search mirror follows; earlier versions keep their content', async () => {
    questionId = await createAuthoredQuestion(t.db, actor, bankId, draft({ stem: 'Nghị quyết 66-NQ/TW do cơ quan nào ban hành?' }), 'approved')
    const edited = draft({
      stem: 'Nghị quyết số 66-NQ/TW do cơ quan nào ban hành?',
      options: [
        { text: 'Bộ Chính trị', correct: true },
        { text: 'Ban Bí thư', correct: false },
      ],
      tags: ['nhận diện văn bản', 'bộ chính trị'],
      difficulty: 'medium',
    })
    expect(await reviseQuestion(t.db, actor, bankId, questionId, edited, 1)).toEqual({ ok: true, version: 2, versionCreated: true })

    const q = await getQuestion(t.db, actor.organisationId, bankId, questionId)
    expect(q?.versions.map((v) => v.version)).toEqual([2, 1])
    expect(q?.current.version).toBe(2)
    expect(q?.current.author).toBe('Tổ Chức')
    expect(q?.versions[1].draft.stem).toBe('Nghị quyết 66-NQ/TW do cơ quan nào ban hành?')
    expect(q?.versions[0].changes.map((c) => c.field)).toEqual(['stem', 'options', 'tags', 'difficulty'])
    expect(q?.status).toBe('approved')

    const row = await t.db.question.findUniqueOrThrow({ where: { id: questionId } })
    expect(row).toMatchObject({ difficulty: 'MEDIUM', tags: ['nhận diện văn bản', 'bộ chính trị'] })
    expect(row.searchText).toContain('nghi quyet so 66-nq/tw')
    expect(row.searchText).toContain('ban bi thu')
    const v1 = await t.db.questionVersion.findFirstOrThrow({ where: { questionId, version: 1 } })
    expect(v1.options).toEqual([
      { id: 'a', text: 'Bộ Chính trị', correct: true },
      { id: 'b', text: 'Quốc hội', correct: false },
      { id: 'c', text: 'Chính phủ', correct: false },
    ])
  })

  it('saving unchanged content stores nothing; a stale form is refused instead of overwriting', async () => {
    const q = await getQuestion(t.db, actor.organisationId, bankId, questionId)
    const same = q!.current.draft
    expect(await reviseQuestion(t.db, actor, bankId, questionId, same, 2)).toEqual({ ok: true, version: 2, versionCreated: false })
    const stale = await reviseQuestion(t.db, actor, bankId, questionId, draft({ stem: 'Sửa từ bản cũ?' }), 1)
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' })
    expect(await t.db.questionVersion.count({ where: { questionId } })).toBe(2)
  })

  it('two simultaneous edits get consecutive versions, never the same number', async () => {
    const results = await Promise.all([
      reviseQuestion(t.db, actor, bankId, questionId, draft({ stem: 'Sửa đồng thời một?' })),
      reviseQuestion(t.db, actor, bankId, questionId, draft({ stem: 'Sửa đồng thời hai?' })),
    ])
    expect(results.map((r) => r.ok && r.version).sort()).toEqual([3, 4])
  })

  it('another organisation cannot read, edit or change the status of the question', async () => {
    expect(await getQuestion(t.db, stranger.organisationId, bankId, questionId)).toBeNull()
    expect(await reviseQuestion(t.db, stranger, bankId, questionId, draft({ stem: 'Chiếm?' }))).toMatchObject({ ok: false, reason: 'not_found' })
    expect(await setQuestionStatus(t.db, stranger, bankId, questionId, 'retired')).toMatchObject({ ok: false })
    expect(await t.db.questionVersion.count({ where: { questionId } })).toBe(4)
  })

  it('status goes draft → approved → retired → approved, never back to draft', async () => {
    const id = await createAuthoredQuestion(t.db, actor, bankId, draft({ stem: 'Câu để duyệt?' }), 'draft')
    expect(await setQuestionStatus(t.db, actor, bankId, id, 'retired')).toMatchObject({ ok: false })
    expect(await setQuestionStatus(t.db, actor, bankId, id, 'approved')).toEqual({ ok: true })
    expect(await setQuestionStatus(t.db, actor, bankId, id, 'draft')).toMatchObject({ ok: false })
    expect(await setQuestionStatus(t.db, actor, bankId, id, 'retired')).toEqual({ ok: true })
    expect(await setQuestionStatus(t.db, actor, bankId, id, 'approved')).toEqual({ ok: true })
  })
})

describe('search', () => {
  let searchBank: string

  beforeAll(async () => {
    const b = await createBank(t.db, actor, { name: 'Tìm kiếm', description: '' })
    searchBank = b.ok ? b.id : ''
    const hienPhap = { document: 'Hiến pháp năm 2013', article: 'Điều 2' }
    await createAuthoredQuestion(t.db, actor, searchBank, draft({ stem: 'Nghị quyết 66 xác định mục tiêu nào đến năm 2030?', tags: ['mục tiêu 2025-2030'], difficulty: 'hard', source: hienPhap }), 'approved')
    await createAuthoredQuestion(
      t.db,
      actor,
      searchBank,
      draft({ stem: 'Đâu là nhiệm vụ về chuyển đổi số trong xây dựng pháp luật?', tags: ['chuyển đổi số và ai'], source: { document: 'Luật Ban hành văn bản quy phạm pháp luật 2025', article: 'Điều 5' } }),
      'draft',
    )
    // Stored from decomposed input: the schema makes it NFC.
    await createAuthoredQuestion(t.db, actor, searchBank, draft({ stem: 'Tầm nhìn đến năm 2045 của NGHỊ QUYẾT 66 là gì?'.normalize('NFD'), tags: ['tầm nhìn 2045'], source: hienPhap }), 'approved')
    for (let i = 1; i <= 25; i++) await createAuthoredQuestion(t.db, actor, searchBank, draft({ stem: `Câu hỏi luyện tập số ${i} về phổ biến pháp luật?`, source: hienPhap }), 'draft')
  })

  it('ignores diacritics and case: "nghi quyet 66" finds "Nghị quyết 66" and "NGHỊ QUYẾT 66"', async () => {
    const found = await search({ q: 'nghi quyet 66' }, 1, 20, searchBank)
    expect(found.items.map((i) => i.stem)).toEqual(['Nghị quyết 66 xác định mục tiêu nào đến năm 2030?', 'Tầm nhìn đến năm 2045 của NGHỊ QUYẾT 66 là gì?'])
    expect(found.total).toBe(2)
    expect((await search({ q: 'NGHỊ QUYẾT 66'.normalize('NFD') }, 1, 20, searchBank)).total).toBe(2)
    // Every word must occur, in any order.
    expect((await search({ q: '2045 tam nhin' }, 1, 20, searchBank)).items.map((i) => i.stem)).toEqual(['Tầm nhìn đến năm 2045 của NGHỊ QUYẾT 66 là gì?'])
    // A wildcard typed by the organiser is not a wildcard.
    expect((await search({ q: '%' }, 1, 20, searchBank)).total).toBe(28)
    expect((await search({ q: 'nghi_quyet' }, 1, 20, searchBank)).total).toBe(2)
  })

  it('filters by tag, difficulty, status, type and source, and combines them', async () => {
    expect((await search({ tag: 'chuyển đổi số và ai' }, 1, 20, searchBank)).items.map((i) => i.stem)).toEqual([
      'Đâu là nhiệm vụ về chuyển đổi số trong xây dựng pháp luật?',
    ])
    expect((await search({ difficulty: 'hard' }, 1, 20, searchBank)).total).toBe(1)
    expect((await search({ status: 'approved' }, 1, 20, searchBank)).total).toBe(2)
    expect((await search({ status: 'draft', q: 'luyen tap' }, 1, 20, searchBank)).total).toBe(25)
    expect((await search({ source: 'luat ban hanh dieu 5' }, 1, 20, searchBank)).total).toBe(1)
    expect((await search({ type: 'multiple' }, 1, 20, searchBank)).total).toBe(0)
  })

  it('counts a broad text search only up to 1,000, and still pages past it', async () => {
    const b = await createBank(t.db, actor, { name: 'Rất nhiều câu', description: '' })
    const big = b.ok ? b.id : ''
    await t.db.$transaction((tx) =>
      insertQuestions(tx, big, Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({ draft: draft({ stem: `Câu rộng số ${i}?` }), status: 'draft' as const })), actor.id),
    )
    const first = await search({ q: 'cau rong' }, 1, 20, big)
    expect(first).toMatchObject({ total: COUNT_CAP, capped: true, pageCount: 50 })
    const last = await search({ q: 'cau rong' }, 51, 20, big)
    expect(last).toMatchObject({ capped: true, pageCount: 51 })
    expect(last.items).toHaveLength(5)
    // Without text, the count is exact.
    expect(await search({}, 1, 20, big)).toMatchObject({ total: COUNT_CAP + 5, capped: false })
    expect(await search({ q: 'cau rong so 1004?' }, 1, 20, big)).toMatchObject({ total: 1, capped: false })
  })

  it('lists the topics of a bank and sees a new one as soon as a question gets it', async () => {
    expect(await bankTags(t.db, searchBank)).toEqual(['chuyển đổi số và ai', 'mục tiêu 2025-2030', 'nhận diện văn bản', 'tầm nhìn 2045'])
    const q = await t.db.question.findFirstOrThrow({ where: { bankId: searchBank, tags: { has: 'tầm nhìn 2045' } }, select: { id: true } })
    await reviseQuestion(t.db, actor, searchBank, q.id, draft({ stem: 'Tầm nhìn đến năm 2045 là gì?', tags: ['tầm nhìn 2045', 'chủ đề vừa thêm'] }))
    expect(await bankTags(t.db, searchBank)).toContain('chủ đề vừa thêm')
  })

  it('pages in authoring order and only ever shows the bank asked for', async () => {
    const page2 = await search({ q: 'luyen tap' }, 2, 10, searchBank)
    expect(page2).toMatchObject({ total: 25, page: 2, pageCount: 3 })
    expect(page2.items.map((i) => i.stem)).toEqual(Array.from({ length: 10 }, (_, i) => `Câu hỏi luyện tập số ${i + 11} về phổ biến pháp luật?`))
    expect((await search({ q: 'luyen tap' }, 1, 20, bankId)).total).toBe(0)
  })
})

describe('import', () => {
  let importBank: string
  const header = 'Loại câu hỏi,Nội dung câu hỏi,Phương án A,Phương án B,Phương án C,Đáp án đúng,Văn bản nguồn,Chủ đề,Độ khó\n'
  const file = csv(
    header +
      ',Cơ quan nào ban hành Nghị quyết 66?,Quốc hội,Bộ Chính trị,Chính phủ,B,Nghị quyết số 66-NQ/TW,"nhận diện văn bản, chủ đề mới",Dễ\n' +
      ',Câu thiếu đáp án?,A1,B1,C1,,Nghị quyết số 66-NQ/TW,,Dễ\n' +
      'Một đáp án đúng,Câu hai đáp án đúng?,A2,B2,C2,"A,B",Nghị quyết số 66-NQ/TW,,Khó\n' +
      ',Câu đã có trong ngân hàng?,Một,Hai,Ba,A,Nghị quyết số 66-NQ/TW,,Dễ\n' +
      ',Câu <script>alert(1)</script> có mã?,X,Y,Z,C,Nghị quyết số 66-NQ/TW,,Trung bình\n',
  )

  beforeAll(async () => {
    const b = await createBank(t.db, actor, { name: 'Nhập', description: '' })
    importBank = b.ok ? b.id : ''
    await createAuthoredQuestion(
      t.db,
      actor,
      importBank,
      draft({ stem: 'Câu đã có trong ngân hàng?', options: [{ text: 'Hai', correct: false }, { text: 'MỘT', correct: true }, { text: 'Ba', correct: false }] }),
      'approved',
    )
  })

  it('previews every row with its problems, the questions already in the bank and the new topics; saves nothing', async () => {
    const before = await t.db.question.count()
    const preview = await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'cau-hoi.csv', bytes: file })
    expect(preview.format).toBe('csv')
    expect(preview.mappingSource).toBe('guessed')
    expect(preview.stats).toMatchObject({ total: 5, valid: 3, invalid: 2, duplicatesInBank: 1 })
    expect(preview.rows.map((r) => Boolean(r.draft))).toEqual([true, false, false, true, true])
    expect(preview.rows[1].issues[0]).toMatchObject({ severity: 'error', place: expect.stringContaining('Dòng 3') })
    expect(preview.rows[2].issues.map((i) => i.message).join(' ')).toContain('2 phương án được đánh dấu đúng')
    expect(preview.rows[3].duplicateInBank).toBe(true)
    expect(preview.rows[4].draft?.stem).toBe('Câu <script>alert(1)</script> có mã?')
    expect(preview.newTags).toEqual(['chủ đề mới'])
    expect(await t.db.question.count()).toBe(before)
  })

  it('saves the confirmed rows in one transaction, remembering nothing half-done', async () => {
    const preview = await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'cau-hoi.csv', bytes: file })
    // An invalid row among the confirmed ones: nothing is saved.
    expect(await commitImport(t.db, actor, importBank, { fileName: 'cau-hoi.csv', bytes: file, mapping: preview.columnMapping }, { fileHash: preview.fileHash, rows: [0, 1], status: 'draft' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Dòng 3'),
    })
    // Another file than the one previewed: refused.
    const changed = csv(new TextDecoder().decode(file).replace('Quốc hội', 'Quốc hội khoá XV'))
    expect(await commitImport(t.db, actor, importBank, { fileName: 'cau-hoi.csv', bytes: changed }, { fileHash: preview.fileHash, rows: [0], status: 'draft' })).toMatchObject({ ok: false })
    expect(await t.db.question.count({ where: { bankId: importBank } })).toBe(1)

    // A database failure half-way (a trigger refusing one version) rolls back every row.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_boom() RETURNS trigger AS $f$ BEGIN
        IF NEW.stem LIKE '%<script>%' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $f$ LANGUAGE plpgsql`)
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_boom BEFORE INSERT ON "QuestionVersion" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`)
    await expect(
      commitImport(t.db, actor, importBank, { fileName: 'cau-hoi.csv', bytes: file }, { fileHash: preview.fileHash, rows: [0, 4], status: 'approved' }),
    ).rejects.toThrow()
    expect(await t.db.question.count({ where: { bankId: importBank } })).toBe(1)
    await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_boom ON "QuestionVersion"`)

    const result = await commitImport(t.db, actor, importBank, { fileName: 'cau-hoi.csv', bytes: file, mapping: preview.columnMapping }, { fileHash: preview.fileHash, rows: [0, 4], status: 'approved' })
    expect(result).toEqual({ ok: true, created: 2 })
    const saved = await search({}, 1, 20, importBank)
    expect(saved.items.map((i) => [i.stem, i.status, i.version])).toEqual([
      ['Câu đã có trong ngân hàng?', 'approved', 1],
      ['Cơ quan nào ban hành Nghị quyết 66?', 'approved', 1],
      ['Câu <script>alert(1)</script> có mã?', 'approved', 1],
    ])
    const q = await t.db.question.findFirstOrThrow({ where: { bankId: importBank, searchText: { contains: 'co quan nao' } }, include: { currentVersion: true } })
    expect(q.currentVersion?.version).toBe(1)
    expect(q.currentVersion?.createdById).toBe(actor.id)
    expect(q.tags).toEqual(['nhận diện văn bản', 'chủ đề mới'])
    // Imported again, both are now flagged as already in the bank.
    expect((await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'cau-hoi.csv', bytes: file })).stats.duplicatesInBank).toBe(3)
  })

  it('remembers the column mapping an organiser chose for their own layout', async () => {
    const own = csv('STT,Hỏi,Lựa chọn 1,Lựa chọn 2,Đúng là,Căn cứ\n1,Nghị quyết 66 ban hành năm nào?,2024,2025,B,Nghị quyết 66-NQ/TW\n')
    const first = await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'rieng.csv', bytes: own })
    expect(first.stats.valid).toBe(0)
    const mapping = { stem: 'B', optionA: 'C', optionB: 'D', correct: 'E', sourceDocument: 'F' }
    const chosen = await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'rieng.csv', bytes: own, mapping })
    expect(chosen).toMatchObject({ mappingSource: 'chosen', stats: { valid: 1 } })
    expect(await commitImport(t.db, actor, importBank, { fileName: 'rieng.csv', bytes: own, mapping }, { fileHash: chosen.fileHash, rows: [0], status: 'draft' })).toEqual({ ok: true, created: 1 })

    const next = csv('STT,Hỏi,Lựa chọn 1,Lựa chọn 2,Đúng là,Căn cứ\n1,Luật Ban hành văn bản năm 2025 có hiệu lực khi nào?,1/4/2025,1/7/2025,A,Luật 64/2025/QH15\n')
    const again = await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'rieng-2.csv', bytes: next })
    expect(again).toMatchObject({ mappingSource: 'remembered', columnMapping: mapping, stats: { valid: 1 } })
    // The same headers under a title row: once the organiser points at the header row, the columns are reused;
    // the header row itself is never remembered, so the next file still reads from its own first row.
    const titled = csv('DANH SÁCH CÂU HỎI\nSTT,Hỏi,Lựa chọn 1,Lựa chọn 2,Đúng là,Căn cứ\n1,Câu có dòng tiêu đề phía trên?,Có,Không,A,Nghị quyết 66-NQ/TW\n')
    const titledPreview = await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'tieu-de.csv', bytes: titled, headerRow: 2 })
    expect(titledPreview).toMatchObject({ mappingSource: 'remembered', headerRow: 2, stats: { total: 1, valid: 1 } })
    expect(await commitImport(t.db, actor, importBank, { fileName: 'tieu-de.csv', bytes: titled, mapping, headerRow: 2 }, { fileHash: titledPreview.fileHash, rows: [0], status: 'draft' })).toEqual({ ok: true, created: 1 })
    expect(await prepareImportPreview(t.db, actor.organisationId, importBank, { fileName: 'rieng-2.csv', bytes: next })).toMatchObject({ headerRow: 1, stats: { total: 1, valid: 1 } })
    // Only for the organisation that chose it.
    const elsewhere = await prepareImportPreview(t.db, stranger.organisationId, importBank, { fileName: 'rieng-2.csv', bytes: next })
    expect(elsewhere.mappingSource).toBe('guessed')
  })

  it('stores a bulk-inserted question exactly as one created on its own', async () => {
    const b = await createBank(t.db, actor, { name: 'So sánh', description: '' })
    const id = b.ok ? b.id : ''
    const d = draft({
      stem: 'Câu “so sánh” có \\ ký tự đặc biệt \' " và xuống\ndòng?',
      explanation: 'Giải thích {json} [1]',
      tags: ['a', 'b, c'],
      source: { document: 'Văn bản', url: '' },
    })
    const one = await createAuthoredQuestion(t.db, actor, id, d, 'approved')
    const [bulk] = await t.db.$transaction((tx) => insertQuestions(tx, id, [{ draft: d, status: 'approved' }], actor.id))
    const read = (qid: string) =>
      t.db.question.findUniqueOrThrow({
        where: { id: qid },
        select: {
          status: true, type: true, difficulty: true, tags: true, searchText: true, sourceKey: true, duplicateKey: true, seedId: true,
          currentVersion: { select: { version: true, type: true, stem: true, options: true, explanation: true, sourceDocument: true, sourceArticle: true, sourceUrl: true, tags: true, difficulty: true, createdById: true } },
        },
      })
    expect(await read(bulk)).toEqual(await read(one))
  })

  it('exports a bank to JSON and re-imports it unchanged, statuses included', async () => {
    const filters = parseQuestionFilters(new URLSearchParams())
    const original = await listQuestionsForExport(t.db, importBank, filters)
    const json = exportBankJson({ name: 'Nhập' }, original)
    const copy = await createBank(t.db, actor, { name: 'Bản sao', description: '' })
    const copyId = copy.ok ? copy.id : ''
    const bytes = new TextEncoder().encode(json)
    const preview = await prepareImportPreview(t.db, actor.organisationId, copyId, { fileName: 'bank.json', bytes })
    expect(preview.stats).toMatchObject({ total: original.length, valid: original.length, duplicatesInBank: 0 })
    const result = await commitImport(t.db, actor, copyId, { fileName: 'bank.json', bytes }, { fileHash: preview.fileHash, rows: preview.rows.map((r) => r.index), status: 'keep' })
    expect(result).toEqual({ ok: true, created: original.length })
    const strip = (qs: Awaited<ReturnType<typeof listQuestionsForExport>>) => qs.map(({ id: _id, ...rest }) => rest)
    expect(strip(await listQuestionsForExport(t.db, copyId, filters))).toEqual(strip(original))
    expect(exportBankJson({ name: 'Nhập' }, await listQuestionsForExport(t.db, copyId, filters))).toBe(json)
  })
})

describe('quality statistics', () => {
  it('computes times asked, facility, discrimination and time from finished attempts and live answers', async () => {
    const b = await createBank(t.db, actor, { name: 'Chất lượng', description: '' })
    const qBank = b.ok ? b.id : ''
    const ids = [] as string[]
    for (const stem of ['Câu dễ?', 'Câu phân loại?', 'Câu phân loại nữa?', 'Câu ngược?']) ids.push(await createAuthoredQuestion(t.db, actor, qBank, draft({ stem }), 'approved'))
    const versions = await t.db.question.findMany({ where: { id: { in: ids } }, select: { id: true, currentVersionId: true } })
    const versionOf = new Map(versions.map((v) => [v.id, v.currentVersionId!]))
    expect(await questionStatistics(t.db, qBank)).toEqual(new Map())

    const contest = await t.db.contest.create({ data: { organisationId: actor.organisationId, slug: 'cl', title: 'Chất lượng' } })
    const round = await t.db.round.create({ data: { contestId: contest.id, position: 1, title: 'Vòng 1', opensAt: new Date(), closesAt: new Date(), rules: {} } })
    // Six people: correct flags for [easy, discriminating, discriminating, reversed].
    const patterns: boolean[][] = [
      [true, true, true, false],
      [true, true, true, false],
      [true, true, true, true],
      [true, false, false, true],
      [true, false, false, true],
      [false, false, false, true],
    ]
    const attempts: { attemptId: string; answers: { questionId: string; correct: boolean; timeMs: number }[] }[] = []
    for (const [n, pattern] of patterns.entries()) {
      const user = await t.db.user.create({ data: { fullName: `Thí sinh ${n}`, fullNameKey: `thi sinh ${n}`, passwordHash: 'x' } })
      const reg = await t.db.registration.create({ data: { contestId: contest.id, userId: user.id } })
      const attempt = await t.db.attempt.create({
        data: { roundId: round.id, userId: user.id, registrationId: reg.id, number: 1, seed: 's', status: 'SUBMITTED', deadlineAt: new Date(), layout: [], maxScore: 4 },
      })
      const answers = pattern.map((correct, i) => ({ questionId: ids[i], correct, timeMs: 10_000 + n * 1000 }))
      attempts.push({ attemptId: attempt.id, answers })
      let elapsed = 0
      for (const a of answers) {
        elapsed += a.timeMs
        await t.db.attemptAnswer.create({ data: { attemptId: attempt.id, questionVersionId: versionOf.get(a.questionId)!, optionIds: ['a'], correct: a.correct, elapsedMs: elapsed } })
      }
    }
    // An attempt still open counts for nothing.
    const late = await t.db.user.create({ data: { fullName: 'Đang làm', fullNameKey: 'dang lam', passwordHash: 'x' } })
    const lateReg = await t.db.registration.create({ data: { contestId: contest.id, userId: late.id } })
    const open = await t.db.attempt.create({ data: { roundId: round.id, userId: late.id, registrationId: lateReg.id, number: 1, seed: 's', deadlineAt: new Date(), layout: [], maxScore: 3 } })
    await t.db.attemptAnswer.create({ data: { attemptId: open.id, questionVersionId: versionOf.get(ids[0])!, optionIds: ['b'], correct: false, elapsedMs: 5 } })

    // One live player answered the easy question right in 4 s.
    const session = await t.db.liveSession.create({ data: { organisationId: actor.organisationId, hostId: actor.id, title: 'Trực tiếp', pin: '123456', settings: {} } })
    const player = await t.db.livePlayer.create({ data: { id: 'p1', sessionId: session.id, nickname: 'Lan', joinedAt: new Date() } })
    await t.db.liveAnswer.create({
      data: { sessionId: session.id, playerId: player.id, questionIndex: 0, questionVersionId: versionOf.get(ids[0])!, optionIds: ['a'], correct: true, points: 900, timeMs: 4000, answeredAt: new Date() },
    })
    attempts.push({ attemptId: 'live', answers: [{ questionId: ids[0], correct: true, timeMs: 4000 }] })

    const stats = await questionStatistics(t.db, qBank)
    const expected = analyseItems(attempts, { minResponses: 5 })
    for (const e of expected) expect(stats.get(e.questionId)).toEqual(e)
    expect(stats.get(ids[0])).toMatchObject({ responses: 7, correctCount: 6, flags: [] })
    expect(stats.get(ids[1])!.discrimination).toBeGreaterThan(0.5)
    expect(stats.get(ids[3])!.flags).toEqual(['negative_discrimination'])
    // One question alone gives the same figures as the whole bank.
    expect((await questionStatistics(t.db, qBank, ids[1])).get(ids[1])).toEqual(stats.get(ids[1]))
  })
})
