import type { LoaderFunctionArgs } from '@remix-run/node'
import { getOptionalUser } from '~/utils/auth.server'

/** An uploaded banner. Public for published contests; a draft's banner only for its organisers. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const contest = await context.services.db.contest.findUnique({
    where: { slug: params.slug ?? '' },
    select: { status: true, organisationId: true, bannerImage: true, bannerMime: true, updatedAt: true },
  })
  if (!contest?.bannerImage || !contest.bannerMime) throw new Response('Not found', { status: 404 })
  if (contest.status === 'DRAFT') {
    const user = await getOptionalUser(request, context)
    if (!user || user.organisationId !== contest.organisationId) throw new Response('Not found', { status: 404 })
  }
  return new Response(new Uint8Array(contest.bannerImage), {
    headers: {
      'Content-Type': contest.bannerMime,
      'Cache-Control': contest.status === 'DRAFT' ? 'private, no-store' : 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      ETag: `"${contest.updatedAt.getTime()}"`,
    },
  })
}
