import { redirect, type AppLoadContext } from '@remix-run/node'
import type { Role } from '~/generated/prisma/client'
import { SESSION_MAX_AGE_MS } from './session.server'

export type SessionUser = {
  id: string
  fullName: string
  roles: Role[]
  unitId: string | null
  organisationId: string | null
  locale: string
}

const userSelect = { id: true, fullName: true, roles: true, unitId: true, organisationId: true, locale: true } as const

type Lookup = { user: SessionUser; sessionId: string } | { user: null; hadSession: boolean }

/** Reads the session cookie and the session row; an expired or deleted session counts as "had one". */
export async function lookupSession(request: Request, context: AppLoadContext): Promise<Lookup> {
  const { sessionStorage, db } = context.services
  const cookieSession = await sessionStorage.getSession(request.headers.get('Cookie'))
  const sessionId = cookieSession.get('sessionId')
  if (!sessionId) return { user: null, hadSession: false }
  const row = await db.session.findUnique({ where: { id: sessionId }, select: { expiresAt: true, user: { select: userSelect } } })
  if (!row || row.expiresAt.getTime() <= Date.now()) return { user: null, hadSession: true }
  return { user: row.user, sessionId }
}

export async function getOptionalUser(request: Request, context: AppLoadContext): Promise<SessionUser | null> {
  return (await lookupSession(request, context)).user
}

export function hasRole(user: Pick<SessionUser, 'roles'>, roles: readonly Role[]): boolean {
  return user.roles.includes('ADMIN') || roles.some((r) => user.roles.includes(r))
}

/**
 * Every protected loader and action starts here. No user: back to login,
 * saying whether the session expired. Wrong role: 403, rendered as a page.
 */
export async function requireUser(
  request: Request,
  context: AppLoadContext,
  roles?: readonly Role[],
): Promise<SessionUser> {
  const found = await lookupSession(request, context)
  if (!found.user) {
    const url = new URL(request.url)
    const params = new URLSearchParams({
      redirectTo: `${url.pathname}${url.search}`,
      reason: found.hadSession ? 'expired' : 'required',
    })
    const headers = new Headers()
    if (found.hadSession) headers.append('Set-Cookie', await destroyCookie(request, context))
    throw redirect(`/login?${params}`, { headers })
  }
  if (roles && !hasRole(found.user, roles)) {
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' })
  }
  return found.user
}

export async function createUserSession(
  context: AppLoadContext,
  userId: string,
  userAgent: string | null,
): Promise<string> {
  const { db, sessionStorage } = context.services
  const row = await db.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_MS), userAgent: userAgent?.slice(0, 300) },
  })
  const session = await sessionStorage.getSession()
  session.set('sessionId', row.id)
  return sessionStorage.commitSession(session, { expires: row.expiresAt })
}

export async function logout(request: Request, context: AppLoadContext): Promise<void> {
  const found = await lookupSession(request, context)
  if (found.user) await context.services.db.session.deleteMany({ where: { id: found.sessionId } })
}

async function destroyCookie(request: Request, context: AppLoadContext): Promise<string> {
  const { sessionStorage } = context.services
  return sessionStorage.destroySession(await sessionStorage.getSession(request.headers.get('Cookie')))
}

/** Safe post-login target: only paths on this site (browsers ignore tabs and turn "\\" into "/", so both are refused). */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string' || !to.startsWith('/') || [...to].some((c) => c < ' ' || c === '\u007f' || c === '\\')) return fallback
  const base = 'http://same-origin.invalid'
  try {
    const url = new URL(to, base)
    if (url.origin !== base) return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
