import type { NextFunction, Request, Response } from 'express'
import client from 'prom-client'

/** One registry per process: Prometheus scrapes each replica. */
export function createMetrics() {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry })
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const openSockets = new client.Gauge({ name: 'socketio_open_sockets', help: 'Open Socket.IO connections', registers: [registry] })
  const liveGames = new client.Gauge({ name: 'live_games_running', help: 'Live games run by this process', registers: [registry] })
  const queueDepth = new client.Gauge({
    name: 'queue_depth',
    help: 'Work waiting in in-process queues',
    labelNames: ['queue'] as const,
    registers: [registry],
  })

  function middleware(req: Request, res: Response, next: NextFunction) {
    const end = httpDuration.startTimer({ method: req.method })
    res.on('finish', () => end({ route: routeGroup(req.path), status: String(res.statusCode) }))
    next()
  }

  return { registry, httpDuration, openSockets, liveGames, queueDepth, middleware }
}
export type Metrics = ReturnType<typeof createMetrics>

// Labels must stay few: keep the first path segment, and replace ids.
export function routeGroup(pathname: string): string {
  if (pathname.startsWith('/assets/')) return '/assets'
  const [first = '', second] = pathname.split('/').filter(Boolean)
  if (!first) return '/'
  const sanitized = second && !/[0-9]/.test(second) && second.length < 24 ? `/${first}/${second}` : `/${first}`
  return sanitized.replace(/\.data$/, '')
}
