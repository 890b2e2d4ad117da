import { questionDraftSchema } from '../app/core/questions/question-draft'
import { foldDiacritics } from '../app/core/text/normalize'
import { unitNameKey } from '../app/core/units/unit-tree'
import type { Prisma, UnitKind } from '../app/generated/prisma/client'
import { createQuestion } from '../app/models/question-write.server'
import type { Db } from '../app/utils/db.server'
import { hashPassword } from '../app/utils/password.server'
import { seedDemoContest } from './seed-demo-contest'
import { RESOLUTION_66_BANK } from './seed-data/resolution-66-bank'

export const DEMO = {
  organisation: { name: 'Ủy ban nhân dân Thành phố Hà Nội (demo)', slug: 'ha-noi-demo' },
  organiser: { fullName: 'Nguyễn Thị Tổ Chức', email: 'bantochuc@demo.thiphapluat.vn', password: 'ToChuc@2026' },
  participant: { fullName: 'Trần Văn Dự Thi', phone: '0912345678', password: 'DuThi@2026' },
}

type UnitSeed = { name: string; kind: UnitKind; headcount?: number; children?: UnitSeed[] }

const UNIT_TREE: UnitSeed = {
  name: 'Thành phố Hà Nội',
  kind: 'CITY',
  children: [
    {
      name: 'Sở Tư pháp',
      kind: 'DEPARTMENT',
      headcount: 120,
      children: [
        { name: 'Phòng Phổ biến, giáo dục pháp luật', kind: 'UNIT', headcount: 15 },
        { name: 'Phòng Xây dựng và kiểm tra văn bản', kind: 'UNIT', headcount: 18 },
      ],
    },
    {
      name: 'Sở Giáo dục và Đào tạo',
      kind: 'DEPARTMENT',
      headcount: 300,
      children: [
        { name: 'Trường THPT Chu Văn An', kind: 'UNIT', headcount: 1500 },
        { name: 'Trường THPT Việt Đức', kind: 'UNIT', headcount: 1800 },
      ],
    },
    { name: 'Phường Hoàn Kiếm', kind: 'WARD', headcount: 2500 },
    { name: 'Phường Ba Đình', kind: 'WARD', headcount: 3000 },
    { name: 'Phường Cầu Giấy', kind: 'WARD', headcount: 4200 },
    { name: 'Xã Sóc Sơn', kind: 'WARD', headcount: 3600 },
  ],
}

export type SeedSummary = {
  created: boolean
  organiserLogin: string
  organiserPassword: string
  participantLogin: string
  participantPassword: string
  questions: number
}

/**
 * Demo data for the embedded default: idempotent (a second run changes
 * nothing), so it can run on every start.
 */
export async function seedDemo(db: Db): Promise<SeedSummary> {
  const summary = {
    organiserLogin: DEMO.organiser.email,
    organiserPassword: DEMO.organiser.password,
    participantLogin: DEMO.participant.phone,
    participantPassword: DEMO.participant.password,
  }
  const existing = await db.organisation.findUnique({ where: { slug: DEMO.organisation.slug }, select: { id: true } })
  if (existing) {
    const questions = await db.question.count({ where: { bank: { organisationId: existing.id } } })
    // Data seeded before the demo contest existed gets it now (once: seedDemoContest checks its slug).
    const [organiser, participant, bank] = await Promise.all([
      db.user.findUnique({ where: { email: DEMO.organiser.email }, select: { id: true } }),
      db.user.findUnique({ where: { phone: DEMO.participant.phone }, select: { id: true } }),
      db.questionBank.findFirst({ where: { organisationId: existing.id, name: RESOLUTION_66_BANK.name }, select: { id: true } }),
    ])
    if (organiser && bank) {
      await db.$transaction((tx) =>
        seedDemoContest(tx, { organisationId: existing.id, organiserId: organiser.id, bankId: bank.id, participantId: participant?.id ?? null, now: new Date() }),
      )
    }
    return { created: false, questions, ...summary }
  }

  // One transaction: a start-up interrupted half-way leaves nothing behind, and the next start seeds again.
  const [organiserHash, participantHash] = await Promise.all([hashPassword(DEMO.organiser.password), hashPassword(DEMO.participant.password)])
  const questions = await db.$transaction(
    async (tx) => {
      const organisation = await tx.organisation.create({ data: DEMO.organisation })
      const unitIds = new Map<string, string>()
      const createUnits = async (node: UnitSeed, parentId: string | null) => {
        const unit = await tx.unit.create({
          data: { organisationId: organisation.id, parentId, name: node.name, nameKey: unitNameKey(node.name), kind: node.kind, headcount: node.headcount ?? null },
        })
        unitIds.set(node.name, unit.id)
        for (const child of node.children ?? []) await createUnits(child, unit.id)
      }
      await createUnits(UNIT_TREE, null)

      const organiser = await tx.user.create({
        data: {
          fullName: DEMO.organiser.fullName,
          fullNameKey: foldDiacritics(DEMO.organiser.fullName),
          email: DEMO.organiser.email,
          passwordHash: organiserHash,
          roles: ['ORGANISER', 'HOST'],
          organisationId: organisation.id,
          unitId: unitIds.get('Sở Tư pháp'),
        },
      })
      const participant = await tx.user.create({
        data: {
          fullName: DEMO.participant.fullName,
          fullNameKey: foldDiacritics(DEMO.participant.fullName),
          phone: DEMO.participant.phone,
          dateOfBirth: new Date('2000-05-19T00:00:00Z'),
          passwordHash: participantHash,
          roles: ['PARTICIPANT'],
          unitId: unitIds.get('Phường Hoàn Kiếm'),
        },
      })

      const count = await seedResolution66Bank(tx, organisation.id, organiser.id)
      const bank = await tx.questionBank.findFirstOrThrow({ where: { organisationId: organisation.id, name: RESOLUTION_66_BANK.name }, select: { id: true } })
      await seedDemoContest(tx, { organisationId: organisation.id, organiserId: organiser.id, bankId: bank.id, participantId: participant.id, now: new Date() })
      return count
    },
    { timeout: 180_000 },
  )
  return { created: true, questions, ...summary }
}

/** The sourced Resolution 66 bank, inside the caller's transaction. */
export async function seedResolution66Bank(tx: Prisma.TransactionClient, organisationId: string, createdById: string | null): Promise<number> {
  const bank = await tx.questionBank.create({
    data: { organisationId, name: RESOLUTION_66_BANK.name, description: RESOLUTION_66_BANK.description },
  })
  for (const q of RESOLUTION_66_BANK.questions) {
    const { seedId, ...input } = q
    const draft = questionDraftSchema.parse(input)
    await createQuestion(tx, { bankId: bank.id, draft, status: 'approved', createdById, seedId: `${organisationId}:${seedId}` })
  }
  return RESOLUTION_66_BANK.questions.length
}
