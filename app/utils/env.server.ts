import { z } from 'zod'

/**
 * Every setting the app reads, validated once at start-up. A wrong value stops
 * the process with one line naming the variable (see server/index.ts).
 * .env.example lists the same variables.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v)

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL')
const redisUrl = z.string().refine((v) => /^rediss?:\/\/.+/.test(v), 'must be a redis:// or rediss:// URL')
const secret = z.string().min(32, 'must be at least 32 characters')

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.url({ error: 'must be an absolute http(s) URL' }).optional()),
    DATABASE_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().min(1).default('./data'),
    REDIS_URL: z.preprocess(emptyToUndefined, redisUrl.optional()),
    SESSION_SECRET: z.preprocess(emptyToUndefined, secret.optional()),
    CERTIFICATE_SECRET: z.preprocess(emptyToUndefined, secret.optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: z.preprocess(emptyToUndefined, bool.default(false)),
    SEED_DEMO: z.preprocess(emptyToUndefined, bool.optional()),
    MAX_BODY_MB: z.coerce.number().min(1).max(100).default(12),
    DB_CONNECT_RETRIES: z.coerce.number().int().min(0).max(100).default(8),
    METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  })
  .superRefine((env, ctx) => {
    // A real deployment (its own database) must bring its secrets; the embedded demo generates them.
    if (env.NODE_ENV !== 'production' || !env.DATABASE_URL) return
    for (const key of ['SESSION_SECRET', 'CERTIFICATE_SECRET'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production with a DATABASE_URL' })
    }
  })

export type Env = z.output<typeof envSchema>

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string }

/** Pure: parses a variables object; the message is one line naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const result = envSchema.safeParse(source)
  if (result.success) return { ok: true, env: result.data }
  const issue = result.error.issues[0]
  const name = String(issue.path[0] ?? 'environment')
  const value = source[name]
  const shown = value === undefined ? 'not set' : `got "${redact(name, value)}"`
  return { ok: false, message: `Invalid configuration: ${name} ${issue.message} (${shown}). See .env.example.` }
}

function redact(name: string, value: string): string {
  if (/SECRET|PASSWORD/.test(name)) return '***'
  if (/_URL$/.test(name)) return value.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@')
  return value.length > 80 ? `${value.slice(0, 77)}...` : value
}
