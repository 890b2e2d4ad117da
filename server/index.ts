import 'dotenv/config'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import type { ViteDevServer } from 'vite'
import { createDb } from '../app/utils/db.server'
import { parseEnv } from '../app/utils/env.server'
import type { AppServices } from '../app/utils/services.server'
import { createSessionStorage } from '../app/utils/session.server'
import { migrateDeploy } from '../scripts/migrate/index'
import { seedDemo } from '../prisma/seed-demo'
import { openDatabase } from './database'
import { createHttpApp } from './http/create-http-app'
import { createMetrics } from './http/metrics'
import { attemptApi } from './contests/attempt-api'
import { startAttemptSweeper } from './contests/attempt-sweeper'
import { startLive } from './live/start-live'
import { createLogger } from './logger'
import { createSocketServer } from './realtime/create-socket-server'
import { mountCertificateRoutes } from './certificates/http-routes'
import { startCertificateJobRunner } from './certificates/job-runner'
import { resolveSecrets } from './secrets'
import { createStores } from './stores/index'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function main() {
  const parsed = parseEnv(process.env)
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`)
    process.exit(1)
  }
  const env = parsed.env
  const isDev = env.NODE_ENV === 'development'
  const logger = createLogger(env.LOG_LEVEL)

  const database = await openDatabase(env, logger)
  const migrated = await migrateDeploy({
    databaseUrl: database.url,
    schemaPath: path.join(root, 'prisma/schema.prisma'),
    migrationsDir: path.join(root, 'prisma/migrations'),
  })
  logger.info({ applied: migrated.appliedMigrationNames }, 'database migrations are up to date')

  const db = createDb(database.url, database.poolMax)
  const stores = await createStores({ redisUrl: env.REDIS_URL, logger })
  const secrets = await resolveSecrets({ session: env.SESSION_SECRET, certificate: env.CERTIFICATE_SECRET }, env.DATA_DIR)
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`

  const services: AppServices = {
    env,
    db,
    stores,
    logger,
    sessionStorage: createSessionStorage(secrets.session, env.NODE_ENV === 'production' && publicUrl.startsWith('https:')),
    secrets,
    publicUrl,
    startedAt: new Date(),
    extensions: {},
  }

  if (env.SEED_DEMO ?? database.embedded) {
    const seeded = await seedDemo(db)
    if (seeded.created) {
      logger.info({ organiser: seeded.organiserLogin }, 'seeded demo data')
    }
    process.stdout.write(
      `\n  Demo organiser: ${seeded.organiserLogin} / ${seeded.organiserPassword}\n  Demo participant: ${seeded.participantLogin} / ${seeded.participantPassword}\n\n`,
    )
  }

  // Closes abandoned attempts at their deadline and freezes closed rounds, even if no browser comes back.
  services.extensions.contestSweeper = startAttemptSweeper({ db, leaderboard: stores.leaderboard, logger })

  const metrics = createMetrics()
  // Bulk certificate issuing in the background; resumes jobs a previous run left queued or running.
  services.extensions.certificateJobs = startCertificateJobRunner({
    db,
    logger,
    onQueueDepth: (depth) => metrics.queueDepth.set({ queue: 'certificates' }, depth),
  })
  const extraRoutes = (express: Parameters<typeof mountCertificateRoutes>[0]) => {
    mountCertificateRoutes(express, services)
    // The contest autosave endpoint: the hottest path of a round, kept out of Remix (docs/decisions/006).
    express.use(attemptApi(services))
  }
  const httpServer = createServer()

  let vite: ViteDevServer | undefined
  let app
  if (isDev) {
    const { createServer: createViteServer } = await import('vite')
    vite = await createViteServer({ server: { middlewareMode: true, hmr: { server: httpServer } }, appType: 'custom' })
    const devServer = vite
    app = createHttpApp({
      services,
      metrics,
      isDev,
      extraRoutes,
      vite: {
        middlewares: devServer.middlewares as never,
        loadBuild: () => devServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>,
      },
    })
  } else {
    const serverBuild = (await import(pathToFileURL(path.join(root, 'build/server/index.js')).href)) as ServerBuild
    app = createHttpApp({ services, metrics, isDev, extraRoutes, build: { serverBuild, clientDir: path.join(root, 'build/client') } })
  }
  httpServer.on('request', app)
  const io = createSocketServer(httpServer, services, metrics)
  // The live quiz engine: resumes running games from Redis, then serves sockets and pages.
  const live = await startLive({ io, services, metrics })
  services.extensions.live = live.api

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(env.PORT, env.HOST, resolve)
  })
  const address = httpServer.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  logger.info(
    {
      port,
      database: database.describe,
      liveState: stores.mode,
      mode: env.NODE_ENV,
    },
    stores.mode === 'redis'
      ? `Thi Pháp Luật is listening on http://localhost:${port} (Redis: several processes may share the services)`
      : `Thi Pháp Luật is listening on http://localhost:${port} (no REDIS_URL: in-process live state, single-process only)`,
  )

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight')
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s, exiting')
      process.exit(1)
    }, 10_000)
    force.unref()
    // Live games saved and their leases released first, so another process takes them over at once.
    await live.stop()
    await new Promise<void>((resolve) => io.close(() => resolve()))
    await new Promise<void>((resolve) => httpServer.close(() => resolve()))
    await services.extensions.contestSweeper?.stop()
    await services.extensions.certificateJobs?.stop()
    await vite?.close()
    await stores.close()
    await db.$disconnect()
    await database.stop()
    logger.info('stopped cleanly')
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  process.stderr.write(`Thi Pháp Luật could not start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
