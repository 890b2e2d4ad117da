import type { Request, Response } from 'express'
import type { AppServices } from '../../app/utils/services.server'

/** Checks what the app cannot work without; 503 when either is down, so the proxy stops routing here. */
export function healthHandler(services: Pick<AppServices, 'db' | 'stores' | 'startedAt'>) {
  return async (_req: Request, res: Response) => {
    const check = async (fn: () => Promise<unknown>) => {
      try {
        const value = await Promise.race([
          fn(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
        ])
        return { ok: true as const, value }
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) }
      }
    }
    const [database, redis] = await Promise.all([
      check(() => services.db.$queryRaw`SELECT 1`),
      check(() => services.stores.ping()),
    ])
    const healthy = database.ok && redis.ok
    res.status(healthy ? 200 : 503).json({
      status: healthy ? 'ok' : 'error',
      database: database.ok ? 'ok' : database.error,
      redis: redis.ok ? redis.value : redis.error,
      uptimeSeconds: Math.round((Date.now() - services.startedAt.getTime()) / 1000),
    })
  }
}
