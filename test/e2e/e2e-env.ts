/** The environment of every server the end-to-end tests start. */
export function startE2eEnvironment(databaseUrl: string, port = Number(process.env.E2E_PORT ?? 3100)): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/3',
    SESSION_SECRET: 'e2e-session-secret-that-is-long-enough-123',
    CERTIFICATE_SECRET: 'e2e-certificate-secret-that-is-long-enough',
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    DATA_DIR: 'data/e2e',
    MAX_BODY_MB: '12',
  }
}
