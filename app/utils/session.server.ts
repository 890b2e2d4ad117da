import { createCookieSessionStorage } from '@remix-run/node'
import type { SessionData, SessionFlash } from './services.server'

export const SESSION_COOKIE = 'tpl_session'
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000

export function createSessionStorage(secret: string, secure: boolean) {
  return createCookieSessionStorage<SessionData, SessionFlash>({
    cookie: {
      name: SESSION_COOKIE,
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      secrets: [secret],
      maxAge: SESSION_MAX_AGE_MS / 1000,
    },
  })
}
