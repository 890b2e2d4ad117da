import type { AppLoadContext } from '@remix-run/node'
import { drawSchema } from '~/core/contest/round-rules'

/** What the round form offers: the organisation's banks, their topics and their prediction questions. */
export async function roundEditorChoices(context: AppLoadContext, organisationId: string) {
  const db = context.services.db
  const [banks, predictions, tagRows] = await Promise.all([
    db.questionBank.findMany({
      where: { organisationId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, _count: { select: { questions: { where: { status: 'APPROVED', type: { not: 'PREDICTION' } } } } } },
    }),
    db.question.findMany({
      where: { bank: { organisationId }, type: 'PREDICTION', status: { not: 'RETIRED' } },
      select: { id: true, currentVersion: { select: { stem: true } }, bank: { select: { name: true } } },
    }),
    db.$queryRaw<{ tag: string; n: bigint }[]>`
      SELECT t AS tag, count(*) AS n FROM "Question" q JOIN "QuestionBank" b ON b."id" = q."bankId", unnest(q."tags") AS t
      WHERE b."organisationId" = ${organisationId} AND q."status" = 'APPROVED' AND q."type" <> 'PREDICTION'
      GROUP BY t ORDER BY t`,
  ])
  return {
    banks: banks.map((b) => ({ id: b.id, name: b.name, approved: b._count.questions })),
    predictions: predictions.map((p) => ({ id: p.id, stem: p.currentVersion?.stem ?? '', bank: p.bank.name })),
    tags: tagRows.map((r) => ({ tag: r.tag, count: Number(r.n) })),
  }
}

/** The draw a bank-check request describes, or null when it is not a valid draw yet (the form is still being filled in). */
export function drawFromQuery(url: URL) {
  try {
    const quotas = JSON.parse(url.searchParams.get('quotas') ?? '[]') as unknown
    const parsed = drawSchema.safeParse({ bankIds: url.searchParams.getAll('bankIds'), quotas })
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
