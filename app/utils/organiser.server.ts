import type { AppLoadContext } from '@remix-run/node'
import type { Role } from '~/generated/prisma/client'
import { requireUser, type SessionUser } from './auth.server'

export type Organiser = SessionUser & { organisationId: string }

/** An organiser acts for one organisation; every query they make is scoped to it. */
export async function requireOrganiser(
  request: Request,
  context: AppLoadContext,
  roles: readonly Role[] = ['ORGANISER'],
): Promise<Organiser> {
  const user = await requireUser(request, context, roles)
  if (!user.organisationId) throw new Response('Tài khoản chưa thuộc ban tổ chức nào', { status: 403, statusText: 'No organisation' })
  return { ...user, organisationId: user.organisationId }
}
