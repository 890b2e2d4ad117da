import { describe, expect, it } from 'vitest'
import {
  VERIFICATION_CODE_LENGTH,
  base32Decode,
  base32Encode,
  formatSerial,
  formatVerificationCode,
  isSerial,
  parseVerificationCode,
} from './code-format'

const bytes = (...values: number[]) => new Uint8Array(values)
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'))

describe('base32', () => {
  it('matches the RFC 4648 test vectors (unpadded lengths)', () => {
    expect(base32Encode(ascii('fooba'))).toBe('MZXW6YTB')
    expect(base32Encode(ascii('foobarbazq'))).toBe('MZXW6YTBOJRGC6TR')
    expect(base32Encode(bytes(0, 0, 0, 0, 0))).toBe('AAAAAAAA')
    expect(base32Encode(bytes(255, 255, 255, 255, 255))).toBe('77777777')
  })

  it('round-trips random bytes', () => {
    for (let n = 0; n < 200; n++) {
      const input = new Uint8Array(10).map(() => Math.floor(Math.random() * 256))
      const encoded = base32Encode(input)
      expect(encoded).toMatch(/^[A-Z2-7]{16}$/)
      expect(base32Decode(encoded)).toEqual(input)
    }
  })

  it('rejects lengths with left-over bits and characters outside the alphabet', () => {
    expect(() => base32Encode(bytes(1, 2, 3))).toThrow(RangeError)
    expect(base32Decode('MZXW6YT')).toBeNull()
    expect(base32Decode('MZXW6YT1')).toBeNull()
    expect(base32Decode('mzxw6ytb')).toBeNull()
  })
})

describe('serials and codes', () => {
  const serial = formatSerial(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))

  it('formats a serial from exactly 10 random bytes', () => {
    expect(serial).toBe('TPL-AEBAGBAFAYDQQCIK')
    expect(isSerial(serial)).toBe(true)
    expect(() => formatSerial(bytes(1, 2, 3))).toThrow(RangeError)
  })

  it('formats and parses a code of fixed length', () => {
    const mac = bytes(9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
    const code = formatVerificationCode(serial, mac)
    expect(code).toHaveLength(VERIFICATION_CODE_LENGTH)
    expect(code).toMatch(/^[A-Z0-9-]+$/)
    expect(parseVerificationCode(code)).toEqual({ serial, mac })
    // People type codes in lower case and paste them with spaces.
    expect(parseVerificationCode(`  ${code.toLowerCase()} `)).toEqual({ serial, mac })
  })

  it('refuses anything that is not exactly a code', () => {
    const code = formatVerificationCode(serial, bytes(9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
    for (const bad of [
      '',
      serial,
      code.slice(0, -1),
      `${code}A`,
      code.replace('TPL-', 'TPX-'),
      code.replace(/-(?=[^-]*$)/, '_'),
      `${code.slice(0, -1)}0`,
      `${code.slice(0, -1)}1`,
    ]) {
      expect(parseVerificationCode(bad)).toBeNull()
    }
  })
})
