import { foldDiacritics } from '~/core/text/normalize'
import type { BankInput } from '~/core/questions/bank-form'
import type { Db } from '~/utils/db.server'
import { audit } from './audit.server'

export type Actor = { id: string; organisationId: string }


export type BankResult = { ok: true; id: string } | { ok: false; field?: 'name'; message: string }

/** Banks of one organisation with how many questions each holds, by status. */
export async function listBanks(db: Db, organisationId: string) {
  const banks = await db.questionBank.findMany({
    where: { organisationId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, description: true, updatedAt: true },
  })
  const counts = await db.question.groupBy({
    by: ['bankId', 'status'],
    where: { bank: { organisationId } },
    _count: { _all: true },
  })
  return banks.map((b) => {
    const mine = counts.filter((c) => c.bankId === b.id)
    const of = (status: 'DRAFT' | 'APPROVED' | 'RETIRED') => mine.find((c) => c.status === status)?._count._all ?? 0
    const draft = of('DRAFT')
    const approved = of('APPROVED')
    const retired = of('RETIRED')
    return { ...b, updatedAt: b.updatedAt.toISOString(), counts: { total: draft + approved + retired, draft, approved, retired } }
  })
}

/** The bank if it belongs to the organisation; null otherwise (callers answer 404, never revealing it exists). */
export async function findBank(db: Db, organisationId: string, bankId: string) {
  return db.questionBank.findFirst({
    where: { id: bankId, organisationId },
    select: { id: true, name: true, description: true, organisationId: true, createdAt: true },
  })
}

export async function requireBank(db: Db, organisationId: string, bankId: string | undefined) {
  const bank = bankId ? await findBank(db, organisationId, bankId) : null
  if (!bank) throw new Response('Không tìm thấy ngân hàng câu hỏi', { status: 404, statusText: 'Not Found' })
  return bank
}

async function nameTaken(db: Db, organisationId: string, name: string, exceptId?: string) {
  const key = foldDiacritics(name)
  const others = await db.questionBank.findMany({ where: { organisationId, NOT: exceptId ? { id: exceptId } : undefined }, select: { name: true } })
  return others.some((b) => foldDiacritics(b.name) === key)
}

export async function createBank(db: Db, actor: Actor, input: BankInput): Promise<BankResult> {
  if (await nameTaken(db, actor.organisationId, input.name)) {
    return { ok: false, field: 'name', message: `Đã có ngân hàng “${input.name}”. Hãy chọn tên khác.` }
  }
  const bank = await db.questionBank.create({ data: { organisationId: actor.organisationId, ...input }, select: { id: true } })
  await audit(db, actor, 'bank.create', 'QuestionBank', bank.id, input)
  return { ok: true, id: bank.id }
}

export async function updateBank(db: Db, actor: Actor, bankId: string, input: BankInput): Promise<BankResult> {
  const bank = await findBank(db, actor.organisationId, bankId)
  if (!bank) return { ok: false, message: 'Không tìm thấy ngân hàng câu hỏi' }
  if (await nameTaken(db, actor.organisationId, input.name, bankId)) {
    return { ok: false, field: 'name', message: `Đã có ngân hàng “${input.name}”. Hãy chọn tên khác.` }
  }
  await db.questionBank.update({ where: { id: bankId }, data: input })
  await audit(db, actor, 'bank.update', 'QuestionBank', bankId, { before: { name: bank.name, description: bank.description }, after: input })
  return { ok: true, id: bankId }
}
