import { spawn } from 'node:child_process'
import { createClient } from 'redis'
import { recreateDatabase } from '../setup/test-database'
import { startE2eEnvironment } from './e2e-env'

/** Playwright's web server: a fresh database, then the production build on E2E_PORT. */
const databaseUrl = await recreateDatabase(process.env.E2E_DB ?? 'tpl_e2e')
const env = startE2eEnvironment(databaseUrl)
// A dedicated Redis database: rate limits and live games of an earlier run must not leak in.
const redis = createClient({ url: env.REDIS_URL })
redis.on('error', () => {})
await redis.connect()
await redis.flushDb()
await redis.quit()
const child = spawn(process.execPath, ['dist/server.js'], { env: { ...process.env, ...env }, stdio: 'inherit' })
const stop = () => child.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
child.on('exit', (code) => process.exit(code ?? 0))
