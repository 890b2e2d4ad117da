import type { NextFunction, Request, Response } from 'express'
import { errorPage } from './error-page'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * First CSRF line: browsers send Origin (and Sec-Fetch-Site) on every post, so a
 * post from another site is refused before it reaches an action. Forms also
 * carry a token (app/utils/csrf.server.ts).
 */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction) {
  if (SAFE.has(req.method)) return next()
  const site = req.get('sec-fetch-site')
  const origin = req.get('origin')
  let crossSite = site === 'cross-site' || site === 'same-site'
  if (origin && origin !== 'null') {
    try {
      crossSite ||= new URL(origin).host !== req.get('x-forwarded-host') && new URL(origin).host !== req.get('host')
    } catch {
      crossSite = true
    }
  } else if (origin === 'null') {
    crossSite = true
  }
  if (!crossSite) return next()
  res.status(403).type('html').send(errorPage(403, 'Yêu cầu bị từ chối', 'Biểu mẫu được gửi từ một trang web khác. Vui lòng mở lại trang trên Thi Pháp Luật và gửi lại.'))
}
