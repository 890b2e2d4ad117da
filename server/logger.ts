import pino, { type Logger } from 'pino'

export type { Logger }

/** Structured JSON logs on stdout; one line per event, request id on every request line. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'thi-phap-luat', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '***' },
  })
}
