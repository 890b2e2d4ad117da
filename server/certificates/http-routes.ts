import { pipeline } from 'node:stream/promises'
import type { AppLoadContext } from '@remix-run/node'
import type express from 'express'
import type { Request, Response } from 'express'
import { foldDiacritics } from '../../app/core/text/normalize'
import { renderZipFromDatabase } from '../../app/models/certificates/render.server'
import { hasRole, lookupSession } from '../../app/utils/auth.server'
import type { AppServices } from '../../app/utils/services.server'
import { errorPage } from '../http/error-page'

/**
 * Certificate routes that need Express rather than a Remix resource route:
 *
 * - The ZIP of a round's certificates is piped to the response with
 *   back-pressure: a PDF is drawn only when the client has taken the previous
 *   ones. (Remix's adapter writes a response body without waiting for the
 *   socket to drain, so a slow download would pile the whole ZIP up in memory.)
 * - The template preview PDF is shown in an <iframe> on the template page;
 *   the site-wide policy forbids framing, so that one response allows its own
 *   origin. The preview itself is a Remix resource route.
 */

export const PREVIEW_PATH = '/organiser/certificates/templates/:templateId/preview'
export const ZIP_PATH = '/organiser/certificates/templates/:templateId/zip'

/** ZIPs drawn at once per process: each keeps a core busy; more would only slow every page down. */
const MAX_CONCURRENT_ZIPS = 2

export function mountCertificateRoutes(app: express.Express, services: AppServices): void {
  app.get(PREVIEW_PATH, (_req, res, next) => {
    res.setHeader('Content-Security-Policy', "frame-ancestors 'self'")
    res.setHeader('X-Frame-Options', 'SAMEORIGIN')
    next()
  })

  let zipsInFlight = 0
  app.get(ZIP_PATH, (req, res, next) => {
    zipHandler(req, res).catch(next)
  })

  async function zipHandler(req: Request, res: Response): Promise<void> {
    const context: AppLoadContext = {
      services,
      cspNonce: String(res.locals.cspNonce ?? ''),
      requestId: String(req.id),
      clientIp: req.ip ?? 'unknown',
      csrfToken: String(res.locals.csrfToken ?? ''),
      csrfSecret: String(res.locals.csrfSecret ?? ''),
    }
    const request = new globalThis.Request(new URL(req.originalUrl, services.publicUrl), {
      headers: { cookie: req.headers.cookie ?? '' },
    })
    const found = await lookupSession(request, context)
    if (!found.user) {
      const params = new URLSearchParams({ redirectTo: req.originalUrl, reason: found.hadSession ? 'expired' : 'required' })
      res.redirect(302, `/login?${params}`)
      return
    }
    const user = found.user
    if (!hasRole(user, ['ORGANISER']) || !user.organisationId) {
      res.status(403).type('html').send(errorPage(403, 'Không có quyền', 'Chỉ ban tổ chức của cuộc thi mới tải được giấy chứng nhận.'))
      return
    }
    const { db } = services
    const templateId = req.params.templateId
    const roundId = typeof req.query.round === 'string' && req.query.round ? req.query.round : null
    const liveSessionId = typeof req.query.live === 'string' && req.query.live ? req.query.live : null
    const template = await db.certificateTemplate.findFirst({
      where: { id: templateId, contest: { organisationId: user.organisationId } },
      select: { id: true, name: true, contest: { select: { title: true } } },
    })
    const notFound = () => res.status(404).type('html').send(errorPage(404, 'Không tìm thấy', 'Không tìm thấy mẫu giấy chứng nhận hoặc vòng thi này.'))
    if (!template) return void notFound()
    let label = template.contest.title
    if (roundId) {
      const round = await db.round.findFirst({ where: { id: roundId, contest: { certificateTemplates: { some: { id: templateId } } } }, select: { title: true } })
      if (!round) return void notFound()
      label = `${label} ${round.title}`
    } else if (liveSessionId) {
      const session = await db.liveSession.findFirst({ where: { id: liveSessionId, organisationId: user.organisationId }, select: { title: true } })
      if (!session) return void notFound()
      label = `${label} ${session.title}`
    }
    const count = await db.certificate.count({
      where: { templateId, revokedAt: null, ...(roundId ? { roundId } : {}), ...(liveSessionId ? { liveSessionId } : {}) },
    })
    if (count === 0) {
      res.status(404).type('html').send(errorPage(404, 'Chưa có giấy chứng nhận', 'Chưa có giấy chứng nhận nào (còn hiệu lực) để tải về.'))
      return
    }
    if (zipsInFlight >= MAX_CONCURRENT_ZIPS) {
      res.set('Retry-After', '60')
      res.status(503).type('html').send(errorPage(503, 'Máy chủ đang bận', 'Máy chủ đang tạo tệp ZIP khác. Vui lòng thử lại sau ít phút.'))
      return
    }
    zipsInFlight++
    try {
      const slug = foldDiacritics(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'giay-chung-nhan'
      res.status(200)
      res.set({
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="giay-chung-nhan-${slug}.zip"`,
        'Cache-Control': 'private, no-store',
        'X-Certificate-Count': String(count),
      })
      const zip = renderZipFromDatabase(db, { templateId, roundId, liveSessionId }, { publicUrl: services.publicUrl, secret: services.secrets.certificate })
      try {
        await pipeline(zip, res)
      } catch (err) {
        // A browser that cancels the download closes the socket; anything else is worth a log line.
        if (!res.destroyed || (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          req.log.warn({ err }, 'certificate ZIP stream ended early')
        }
        zip.destroy()
      }
    } finally {
      zipsInFlight--
    }
  }
}
