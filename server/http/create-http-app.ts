import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express, { type NextFunction, type Request, type Response } from 'express'
import { pinoHttp } from 'pino-http'
import type { AppServices } from '../../app/utils/services.server'
import { bodyLimit } from './body-limit'
import { csrfCookie } from './csrf-cookie'
import { errorPage } from './error-page'
import { healthHandler } from './health'
import type { Metrics } from './metrics'
import { sameOriginOnly } from './same-origin'
import { cspNonce, securityHeaders } from './security-headers'

export type HttpAppOptions = {
  services: AppServices
  metrics: Metrics
  isDev: boolean
  /** Dev: Vite's connect middlewares and a loader of the virtual server build. */
  vite?: { middlewares: express.RequestHandler; loadBuild: () => Promise<ServerBuild> }
  /** Production: the built server module and the client assets folder. */
  build?: { serverBuild: ServerBuild; clientDir: string }
  /** Extra routes mounted before Remix (e.g. file downloads owned by features). */
  extraRoutes?: (app: express.Express) => void
}

export function createHttpApp({ services, metrics, isDev, vite, build, extraRoutes }: HttpAppOptions) {
  const { env, logger } = services
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.TRUST_PROXY ? 1 : false)

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id']
        const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID()
        res.setHeader('X-Request-Id', id)
        return id
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' || req.url?.startsWith('/assets/') === true },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  )
  app.use(metrics.middleware)

  app.get('/healthz', healthHandler(services))
  app.get('/metrics', async (req, res) => {
    // Open on a private network by default; a token keeps it private when the port is public.
    if (env.METRICS_TOKEN && req.get('authorization') !== `Bearer ${env.METRICS_TOKEN}`) {
      res.status(401).set('WWW-Authenticate', 'Bearer').send('Unauthorized')
      return
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics())
  })

  app.use(cspNonce, securityHeaders(isDev, services.publicUrl.startsWith('https:')))

  if (vite) {
    app.use(vite.middlewares)
  } else if (build) {
    app.use('/assets', express.static(path.join(build.clientDir, 'assets'), { immutable: true, maxAge: '1y' }))
    app.use(express.static(build.clientDir, { maxAge: '1h' }))
  }

  app.use(bodyLimit(env.MAX_BODY_MB * 1024 * 1024), sameOriginOnly, csrfCookie(services.publicUrl.startsWith('https:')))
  extraRoutes?.(app)

  const serverBuild = vite ? vite.loadBuild : build?.serverBuild
  if (!serverBuild) throw new Error('createHttpApp needs either vite or build')
  app.all(
    '*',
    createRequestHandler({
      build: serverBuild,
      mode: isDev ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        services,
        cspNonce: res.locals.cspNonce as string,
        requestId: String(req.id),
        clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        csrfToken: res.locals.csrfToken as string,
        csrfSecret: res.locals.csrfSecret as string,
      }),
    }),
  )

  // Last resort: log with the request id, never show a stack trace.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    req.log.error({ err }, 'unhandled error')
    if (res.headersSent) return res.end()
    res.status(500).type('html').send(errorPage(500, 'Đã có lỗi xảy ra', `Máy chủ gặp sự cố. Mã tham chiếu: ${String(req.id)}`))
  })
  return app
}
