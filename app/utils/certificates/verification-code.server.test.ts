import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { VERIFICATION_CODE_LENGTH, formatVerificationCode } from '~/core/certificates/code-format'
import { generateSerial, issueVerificationCode, verificationCodeFor, verifyCode } from './verification-code.server'

const SECRET = 'a-test-secret-that-is-long-enough-32+'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

describe('serials', () => {
  it('are random, unique and well-formed', () => {
    const serials = new Set(Array.from({ length: 2000 }, () => generateSerial()))
    expect(serials.size).toBe(2000)
    for (const s of serials) expect(s).toMatch(/^TPL-[A-Z2-7]{16}$/)
  })

  it('take their randomness from the injected source', () => {
    const zeros = (n: number) => new Uint8Array(n)
    expect(generateSerial(zeros)).toBe('TPL-AAAAAAAAAAAAAAAA')
  })
})

describe('verifyCode', () => {
  const { serial, code } = issueVerificationCode(SECRET)

  it('accepts the code issued for a serial, whatever its case or surrounding spaces', () => {
    expect(code).toHaveLength(VERIFICATION_CODE_LENGTH)
    expect(code.startsWith(`${serial}-`)).toBe(true)
    expect(verificationCodeFor(serial, SECRET)).toBe(code)
    expect(verifyCode(code, SECRET)).toEqual({ ok: true, serial })
    expect(verifyCode(` ${code.toLowerCase()}\n`, SECRET)).toEqual({ ok: true, serial })
    expect(verifyCode(code, Buffer.from(SECRET))).toEqual({ ok: true, serial })
  })

  it('rejects every single-character change, in the serial or in the signature', () => {
    const start = 'TPL-'.length
    for (let i = start; i < code.length; i++) {
      if (code[i] === '-') continue
      const replacement = ALPHABET[(ALPHABET.indexOf(code[i]) + 1 + (i % 31)) % 32]
      const tampered = code.slice(0, i) + replacement + code.slice(i + 1)
      expect(verifyCode(tampered, SECRET)).toEqual({ ok: false, reason: 'bad_signature' })
    }
  })

  it('rejects truncated, extended and garbled codes as malformed', () => {
    for (const bad of [code.slice(0, -1), code.slice(0, 20), serial, `${code}A`, code.replace(/-/g, ''), '', '💥']) {
      expect(verifyCode(bad, SECRET)).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it('rejects forged codes: random signatures, another secret, a signature moved to another serial', () => {
    for (let n = 0; n < 200; n++) {
      const forged = formatVerificationCode(serial, randomBytes(10))
      expect(verifyCode(forged, SECRET)).toEqual({ ok: false, reason: 'bad_signature' })
    }
    const other = issueVerificationCode('another-secret-that-is-also-long-enough')
    expect(verifyCode(other.code, SECRET)).toEqual({ ok: false, reason: 'bad_signature' })
    const moved = `${generateSerial()}-${code.slice(serial.length + 1)}`
    expect(verifyCode(moved, SECRET)).toEqual({ ok: false, reason: 'bad_signature' })
  })

  it('refuses a secret too short to be safe', () => {
    expect(() => verifyCode(code, 'short')).toThrow(/at least 32 bytes/)
    expect(() => issueVerificationCode('short')).toThrow(/at least 32 bytes/)
  })
})
