import type { AppLoadContext } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import type { SessionFlash } from './services.server'

/** Redirect and show a message on the next page (PRG, so a reload never re-posts). */
export async function redirectWithToast(
  request: Request,
  context: AppLoadContext,
  to: string,
  toast: SessionFlash['toast'],
  init?: { headers?: HeadersInit },
) {
  const storage = context.services.sessionStorage
  const session = await storage.getSession(request.headers.get('Cookie'))
  session.flash('toast', toast)
  const headers = new Headers(init?.headers)
  headers.append('Set-Cookie', await storage.commitSession(session))
  return redirect(to, { headers })
}

export async function readToast(request: Request, context: AppLoadContext) {
  const storage = context.services.sessionStorage
  const session = await storage.getSession(request.headers.get('Cookie'))
  const toast = session.get('toast') ?? null
  return { toast, setCookie: toast ? await storage.commitSession(session) : null }
}
