import type { AppLoadContext } from '@remix-run/node'
import { findOrganiserContest } from '~/models/contests/contest.server'
import { requireOrganiser } from '~/utils/organiser.server'

/** The organiser and one contest of their organisation; any other id is a 404, never another organisation's data. */
export async function requireOrganiserContest(request: Request, context: AppLoadContext, contestId: string | undefined) {
  const user = await requireOrganiser(request, context)
  const contest = contestId ? await findOrganiserContest(context.services.db, user.organisationId, contestId) : null
  if (!contest) throw new Response('Không tìm thấy cuộc thi', { status: 404, statusText: 'Not Found' })
  return { user, contest, actor: { id: user.id, organisationId: user.organisationId } }
}
