import type { ActionFunctionArgs } from '@remix-run/node'
import { requireBank } from '~/models/banks.server'
import { prepareImportPreview } from '~/models/question-import.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { limit, waitInWords } from '~/utils/rate-limit.server'
import { readImportRequest } from './import-request.server'

/**
 * POST a file (or pasted text) → JSON preview of what an import would
 * create. Nothing is stored. A resource route, so the page can post with
 * XMLHttpRequest and show upload progress.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const form = await readForm(request, context)
  const allowed = await limit(context, 'bankImportPerUser', user.id)
  if (!allowed.ok) {
    return Response.json({ error: `Bạn đã xem trước quá nhiều tệp. Vui lòng thử lại sau ${waitInWords(allowed.retryAfterSeconds)}.` }, { status: 429 })
  }
  const read = await readImportRequest(form)
  if (!read.ok) return Response.json({ error: read.message }, { status: 400 })
  const preview = await prepareImportPreview(db, user.organisationId, bank.id, read.request)
  return Response.json(preview, { headers: { 'Cache-Control': 'no-store' } })
}
