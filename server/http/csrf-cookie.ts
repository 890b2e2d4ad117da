import type { NextFunction, Request, Response } from 'express'
import { CSRF_COOKIE, createCsrfSecret, createCsrfToken } from '../../app/utils/csrf.server'

function readCookie(header: string | undefined, name: string): string | undefined {
  const match = header?.match(new RegExp(`(?:^|;\\s*)${name}=([^;]+)`))
  return match ? decodeURIComponent(match[1]) : undefined
}

/** Gives every browser a CSRF secret cookie; the page gets a token for its forms. */
export function csrfCookie(secure: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    let secret = readCookie(req.headers.cookie, CSRF_COOKIE)
    if (!secret || secret.length < 18 || secret.length > 64) {
      secret = createCsrfSecret()
      res.cookie(CSRF_COOKIE, secret, { httpOnly: true, sameSite: 'lax', secure, path: '/' })
    }
    res.locals.csrfSecret = secret
    res.locals.csrfToken = createCsrfToken(secret)
    next()
  }
}
