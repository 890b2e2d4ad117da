import { describe, expect, it } from 'vitest'
import { parseEnv } from './env.server'

describe('parseEnv', () => {
  it('accepts an empty environment with embedded defaults', () => {
    const result = parseEnv({})
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.env.PORT).toBe(3000)
      expect(result.env.DATABASE_URL).toBeUndefined()
      expect(result.env.REDIS_URL).toBeUndefined()
    }
  })

  it('names the variable and the value in one line when a value is wrong', () => {
    const result = parseEnv({ PORT: 'abc' })
    expect(result).toEqual({ ok: false, message: expect.stringContaining('PORT') })
    if (!result.ok) {
      expect(result.message).toContain('"abc"')
      expect(result.message.split('\n')).toHaveLength(1)
    }
  })

  it('refuses a DATABASE_URL that is not a postgres URL', () => {
    const result = parseEnv({ DATABASE_URL: 'mysql://x@y/z' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^Invalid configuration: DATABASE_URL must be a postgres/)
  })

  it('hides passwords in URLs and secrets', () => {
    const bad = parseEnv({ REDIS_URL: 'http://user:hunter2@host' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.message).not.toContain('hunter2')
    const short = parseEnv({ SESSION_SECRET: 'short-secret' })
    expect(short.ok).toBe(false)
    if (!short.ok) expect(short.message).not.toContain('short-secret')
  })

  it('requires secrets for a production deployment with its own database', () => {
    const result = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@h/db' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain('SESSION_SECRET')
    const secret = 'x'.repeat(40)
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@h/db', SESSION_SECRET: secret, CERTIFICATE_SECRET: secret }).ok).toBe(true)
  })

  it('parses booleans strictly', () => {
    expect(parseEnv({ TRUST_PROXY: 'yes' }).ok).toBe(true)
    expect(parseEnv({ TRUST_PROXY: 'maybe' })).toMatchObject({ ok: false, message: expect.stringContaining('TRUST_PROXY') })
  })
})
