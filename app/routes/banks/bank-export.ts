import type { LoaderFunctionArgs } from '@remix-run/node'
import { exportBankGift } from '~/core/export/export-bank-gift'
import { exportBankJson } from '~/core/export/export-bank-json'
import { exportBankXlsx } from '~/core/export/export-bank-xlsx'
import { parseQuestionFilters } from '~/core/questions/question-filters'
import { requireBank } from '~/models/banks.server'
import { listQuestionsForExport } from '~/models/questions.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { downloadResponse, XLSX_TYPE } from './download.server'

/** The bank, or the filtered selection (same query string as the bank page), as XLSX, JSON or GIFT. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const url = new URL(request.url)
  const format = url.searchParams.get('format')
  if (format !== 'xlsx' && format !== 'json' && format !== 'gift') {
    throw new Response('Định dạng xuất phải là xlsx, json hoặc gift', { status: 400, statusText: 'Bad format' })
  }
  const questions = await listQuestionsForExport(db, bank.id, parseQuestionFilters(url.searchParams))
  const meta = { name: bank.name, description: bank.description }
  const stamp = new Date().toISOString().slice(0, 10)
  const name = `${bank.name} ${stamp}`
  if (format === 'xlsx') return downloadResponse(await exportBankXlsx(meta, questions), `${name}.xlsx`, XLSX_TYPE)
  if (format === 'json') return downloadResponse(exportBankJson(meta, questions), `${name}.json`, 'application/json; charset=utf-8')
  return downloadResponse(exportBankGift(meta, questions), `${name}.gift.txt`, 'text/plain; charset=utf-8')
}
