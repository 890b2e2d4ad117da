import { Readable } from 'node:stream'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { liveResultsWorkbook } from '~/models/live-results-read.server'
import { getLiveSession } from '~/models/live-sessions.server'
import { requireOrganiser } from '~/utils/organiser.server'

/** GET /organiser/live/:sessionId/results.xlsx: the stored results of a session of the organiser's organisation. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const session = await getLiveSession(context.services.db, user.organisationId, params.sessionId ?? '')
  if (!session) throw new Response('Không tìm thấy phiên thi', { status: 404 })
  if (session.status !== 'ENDED') throw new Response('Phiên thi chưa kết thúc nên chưa có kết quả', { status: 409 })
  const stream = liveResultsWorkbook(context.services.db, session.id, session.title)
  const filename = `ket-qua-thi-truc-tiep-${session.id}.xlsx`
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
