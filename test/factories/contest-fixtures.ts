import { questionDraftSchema, type QuestionDraftInput } from '../../app/core/questions/question-draft'
import { foldDiacritics } from '../../app/core/text/normalize'
import { unitNameKey } from '../../app/core/units/unit-tree'
import { roundRulesSchema, type RoundRulesInput } from '../../app/core/contest/round-rules'
import { createQuestion } from '../../app/models/question-write.server'
import type { Db } from '../../app/utils/db.server'

/**
 * A small, fully known world for contest integration tests: one organisation
 * with a ward and a school, an organiser, a bank whose questions say in their
 * stem which option is right, and helpers to add participants.
 */

let counter = 0
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export async function createOrganisation(db: Db) {
  const organisation = await db.organisation.create({ data: { name: `Ban tổ chức ${next()}`, slug: `org-${next()}` } })
  const city = await db.unit.create({ data: { organisationId: organisation.id, name: 'Thành phố', nameKey: unitNameKey('Thành phố'), kind: 'CITY' } })
  const ward = await db.unit.create({ data: { organisationId: organisation.id, parentId: city.id, name: 'Phường Ba Đình', nameKey: unitNameKey('Phường Ba Đình'), kind: 'WARD', headcount: 10 } })
  const school = await db.unit.create({ data: { organisationId: organisation.id, parentId: city.id, name: 'Trường THPT Việt Đức', nameKey: unitNameKey('Trường THPT Việt Đức'), kind: 'UNIT', headcount: 4 } })
  const organiser = await db.user.create({
    data: { fullName: 'Người Tổ Chức', fullNameKey: 'nguoi to chuc', email: `tochuc-${next()}@example.vn`, passwordHash: 'x', roles: ['ORGANISER'], organisationId: organisation.id },
  })
  return { organisation, city, ward, school, organiser, actor: { id: organiser.id, organisationId: organisation.id } }
}

export async function createParticipant(db: Db, input: { fullName?: string; dateOfBirth?: string | null; unitId?: string | null } = {}) {
  const fullName = input.fullName ?? `Thí Sinh ${next()}`
  return db.user.create({
    data: {
      fullName,
      fullNameKey: foldDiacritics(fullName),
      phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      dateOfBirth: input.dateOfBirth === null ? null : new Date(`${input.dateOfBirth ?? '2000-01-01'}T00:00:00Z`),
      passwordHash: 'x',
      unitId: input.unitId ?? null,
    },
  })
}

/** n questions per difficulty; option "a" is right unless the stem names another. */
export async function createBank(db: Db, organisationId: string, perDifficulty = { easy: 6, medium: 6, hard: 4 }) {
  const bank = await db.questionBank.create({ data: { organisationId, name: `Ngân hàng ${next()}` } })
  const source = { document: 'Nghị quyết 66-NQ/TW' }
  for (const [difficulty, n] of Object.entries(perDifficulty) as ['easy' | 'medium' | 'hard', number][]) {
    for (let i = 0; i < n; i++) {
      const multiple = difficulty === 'hard' && i % 2 === 1
      const draft: QuestionDraftInput = {
        type: multiple ? 'multiple' : 'single',
        stem: `Câu ${difficulty} số ${i + 1}?`,
        options: multiple
          ? [{ text: 'Đúng một', correct: true }, { text: 'Đúng hai', correct: true }, { text: 'Sai ba', correct: false }]
          : [{ text: 'Đúng', correct: true }, { text: 'Sai một', correct: false }, { text: 'Sai hai', correct: false }, { text: 'Sai ba', correct: false }],
        explanation: `Giải thích câu ${difficulty} ${i + 1}`,
        source,
        tags: [i % 2 === 0 ? 'chủ đề chẵn' : 'chủ đề lẻ'],
        difficulty,
      }
      await db.$transaction((tx) => createQuestion(tx, { bankId: bank.id, draft: questionDraftSchema.parse(draft), status: 'approved', createdById: null }))
    }
  }
  const prediction = await db.$transaction((tx) =>
    createQuestion(tx, {
      bankId: bank.id,
      draft: questionDraftSchema.parse({ type: 'prediction', stem: 'Dự đoán số người trả lời đúng tất cả?', options: [], source, difficulty: 'medium' }),
      status: 'approved',
      createdById: null,
    }),
  )
  return { bank, predictionQuestionId: prediction }
}

export function rules(bankId: string, overrides: Partial<RoundRulesInput> = {}) {
  return roundRulesSchema.parse({
    timeLimitSeconds: 600,
    graceSeconds: 5,
    attemptsAllowed: 2,
    countingAttempt: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    draw: { bankIds: [bankId], quotas: [{ difficulty: 'easy', count: 2 }, { difficulty: 'medium', count: 2 }, { difficulty: 'hard', count: 1 }] },
    revealAnswers: 'after_close',
    prizes: { first: 1, second: 1, third: 1, consolation: 1 },
    ...overrides,
  })
}

/** The right option ids of a stored version. */
export async function keyOf(db: Db, versionId: string): Promise<string[]> {
  const v = await db.questionVersion.findUniqueOrThrow({ where: { id: versionId }, select: { options: true } })
  return (v.options as { id: string; correct: boolean }[]).filter((o) => o.correct).map((o) => o.id)
}

export async function wrongOf(db: Db, versionId: string): Promise<string> {
  const v = await db.questionVersion.findUniqueOrThrow({ where: { id: versionId }, select: { options: true } })
  return (v.options as { id: string; correct: boolean }[]).find((o) => !o.correct)!.id
}
