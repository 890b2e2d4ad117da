/**
 * The part of a logger the stores use. pino's `Logger` fits it, and tests can
 * pass a small recorder instead of silencing a real logger.
 */
export interface StoreLogFn {
  (obj: object, msg?: string): void
  (msg: string): void
}

export interface StoreLogger {
  info: StoreLogFn
  warn: StoreLogFn
  error: StoreLogFn
}
