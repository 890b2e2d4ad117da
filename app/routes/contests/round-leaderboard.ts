import type { LoaderFunctionArgs } from '@remix-run/node'
import { getOptionalUser } from '~/utils/auth.server'
import { provisionalBoard, requirePublicRound } from './round-page.server'

/** Polled by the round page while the round is open. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { round, rules } = await requirePublicRound(context, params.slug, params.roundId)
  if (round.status !== 'PUBLISHED') return Response.json({ board: null })
  const user = await getOptionalUser(request, context)
  return Response.json({ board: await provisionalBoard(context, round.id, rules, user?.id ?? null) }, { headers: { 'Cache-Control': 'no-store' } })
}
