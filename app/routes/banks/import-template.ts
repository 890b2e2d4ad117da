import type { LoaderFunctionArgs } from '@remix-run/node'
import { buildTemplateXlsx } from '~/core/import/build-template-xlsx'
import { requireOrganiser } from '~/utils/organiser.server'
import { downloadResponse, XLSX_TYPE } from './download.server'

/** The import template (question sheet with examples and drop-downs, plus instructions). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOrganiser(request, context)
  return downloadResponse(await buildTemplateXlsx(), 'Mẫu nhập câu hỏi.xlsx', XLSX_TYPE)
}
