import type { LoaderFunctionArgs } from '@remix-run/node'
import { parsePage, parseQuestionFilters } from '~/core/questions/question-filters'
import { findBank } from '~/models/banks.server'
import { bankTags, searchQuestions } from '~/models/questions.server'
import { requireOrganiser } from '~/utils/organiser.server'

/** Questions per page in the set editor's picker: short, the chosen list sits beside it on a phone. */
export const SET_PICKER_PAGE_SIZE = 10

export type SetSearchResponse =
  | { ok: false; message: string }
  | {
      ok: true
      bank: { id: string; name: string }
      tags: string[]
      total: number
      capped: boolean
      page: number
      pageCount: number
      items: Awaited<ReturnType<typeof searchQuestions>>['items']
    }

/**
 * The set editor's question picker: approved questions of one of the
 * organisation's banks, searched with the bank page's folded search
 * (accents optional) and its topic and difficulty filters.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db } = context.services
  const url = new URL(request.url)
  const bank = await findBank(db, user.organisationId, url.searchParams.get('bank') ?? '')
  if (!bank) return Response.json({ ok: false, message: 'Không tìm thấy ngân hàng câu hỏi' } satisfies SetSearchResponse, { status: 404 })
  const filters = { ...parseQuestionFilters(url.searchParams), status: 'approved' as const }
  const [result, tags] = await Promise.all([searchQuestions(db, bank.id, filters, parsePage(url.searchParams), SET_PICKER_PAGE_SIZE), bankTags(db, bank.id)])
  const body: SetSearchResponse = { ok: true, bank: { id: bank.id, name: bank.name }, tags, ...result }
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
}
