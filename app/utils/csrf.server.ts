import type { AppLoadContext } from '@remix-run/node'
import Tokens from 'csrf'

export const CSRF_COOKIE = 'tpl_csrf'
export const CSRF_FIELD = 'csrf'
const tokens = new Tokens()

export function createCsrfSecret(): string {
  return tokens.secretSync()
}

export function createCsrfToken(secret: string): string {
  return tokens.create(secret)
}

/**
 * Double-submit check for form posts: the token in the form must match this
 * browser's secret cookie. (Cross-site posts are also refused earlier by the
 * Origin check in server/http/same-origin.ts; this covers what that cannot.)
 */
export function assertCsrf(formData: FormData, context: AppLoadContext): void {
  const token = formData.get(CSRF_FIELD)
  if (typeof token !== 'string' || !context.csrfSecret || !tokens.verify(context.csrfSecret, token)) {
    throw new Response('CSRF', { status: 403, statusText: 'CSRF token missing or invalid' })
  }
}

export async function readForm(request: Request, context: AppLoadContext): Promise<FormData> {
  let formData: FormData
  try {
    formData = await request.formData()
  } catch {
    throw new Response('Bad form', { status: 400, statusText: 'Malformed form data' })
  }
  assertCsrf(formData, context)
  return formData
}
