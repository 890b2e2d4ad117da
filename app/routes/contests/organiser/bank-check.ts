import type { LoaderFunctionArgs } from '@remix-run/node'
import { checkRoundBank } from '~/models/contests/round.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { drawFromQuery } from './round-editor.server'

/** Can the banks fill these quotas? Asked by the round form while the organiser edits it. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const draw = drawFromQuery(new URL(request.url))
  if (!draw) return Response.json({ ready: false })
  const check = await checkRoundBank(context.services.db, user.organisationId, draw)
  return Response.json({ ready: true, poolSize: check.poolSize, quotas: check.quotas, shortages: check.shortages.map((s) => s.message) })
}
