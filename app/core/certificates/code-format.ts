/**
 * Shape of certificate serials and verification codes (pure; the HMAC lives in
 * app/utils/certificates/verification-code.server.ts).
 *
 *   serial  TPL-ABCDEFGHIJKLMNOP                      (10 random bytes)
 *   code    TPL-ABCDEFGHIJKLMNOP-QRSTUVWXYZ234567     (serial + 10-byte MAC)
 *
 * Base32 (RFC 4648 alphabet, upper case) because people read these aloud and
 * type them from paper: no 0/O or 1/I/l confusion, case does not matter, and
 * every character is URL-safe. 10 bytes are exactly 16 characters, so each
 * string has one encoding and changing any character changes the bytes.
 */

export const SERIAL_PREFIX = 'TPL'
export const SERIAL_RANDOM_BYTES = 10
/** 80 bits: forging a code takes ~2^80 online guesses. */
export const CODE_MAC_BYTES = 10

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const PART = '[A-Z2-7]{16}'

export const SERIAL_PATTERN = new RegExp(`^${SERIAL_PREFIX}-${PART}$`)
export const VERIFICATION_CODE_PATTERN = new RegExp(`^${SERIAL_PREFIX}-${PART}-${PART}$`)
/** Every code has this length; a shorter or longer input is malformed. */
export const VERIFICATION_CODE_LENGTH = SERIAL_PREFIX.length + 1 + 16 + 1 + 16

/** RFC 4648 base32 without padding; input length must be a multiple of 5 so no bits are left over. */
export function base32Encode(bytes: Uint8Array): string {
  if (bytes.length % 5 !== 0) throw new RangeError('base32Encode expects a multiple of 5 bytes')
  let out = ''
  for (let i = 0; i < bytes.length; i += 5) {
    // 40 bits do not fit a 32-bit int: split into a high byte and a low 32-bit word.
    const hi = bytes[i]
    const lo = ((bytes[i + 1] << 24) | (bytes[i + 2] << 16) | (bytes[i + 3] << 8) | bytes[i + 4]) >>> 0
    const value = hi * 2 ** 32 + lo
    for (let shift = 35; shift >= 0; shift -= 5) {
      out += BASE32_ALPHABET[Math.floor(value / 2 ** shift) % 32]
    }
  }
  return out
}

/** Inverse of base32Encode; null for any character outside the alphabet or a length not a multiple of 8. */
export function base32Decode(text: string): Uint8Array | null {
  if (text.length % 8 !== 0) return null
  const out = new Uint8Array((text.length / 8) * 5)
  for (let i = 0, o = 0; i < text.length; i += 8, o += 5) {
    let value = 0
    for (let j = 0; j < 8; j++) {
      const digit = BASE32_ALPHABET.indexOf(text[i + j])
      if (digit < 0) return null
      value = value * 32 + digit
    }
    const hi = Math.floor(value / 2 ** 32)
    const lo = value % 2 ** 32
    out[o] = hi
    out[o + 1] = (lo >>> 24) & 0xff
    out[o + 2] = (lo >>> 16) & 0xff
    out[o + 3] = (lo >>> 8) & 0xff
    out[o + 4] = lo & 0xff
  }
  return out
}

export function formatSerial(randomBytes: Uint8Array): string {
  if (randomBytes.length !== SERIAL_RANDOM_BYTES) {
    throw new RangeError(`A serial needs exactly ${SERIAL_RANDOM_BYTES} random bytes`)
  }
  return `${SERIAL_PREFIX}-${base32Encode(randomBytes)}`
}

export function isSerial(text: string): boolean {
  return SERIAL_PATTERN.test(text)
}

export function formatVerificationCode(serial: string, mac: Uint8Array): string {
  if (!isSerial(serial)) throw new RangeError('Not a certificate serial')
  if (mac.length !== CODE_MAC_BYTES) throw new RangeError(`The MAC must be ${CODE_MAC_BYTES} bytes`)
  return `${serial}-${base32Encode(mac)}`
}

/**
 * Splits a code typed or scanned by a person: surrounding spaces and lower case
 * are forgiven (base32 is case-insensitive), anything else is malformed.
 */
export function parseVerificationCode(input: string): { serial: string; mac: Uint8Array } | null {
  const code = input.trim().toUpperCase()
  if (code.length !== VERIFICATION_CODE_LENGTH || !VERIFICATION_CODE_PATTERN.test(code)) return null
  const serial = code.slice(0, SERIAL_PREFIX.length + 1 + 16)
  const mac = base32Decode(code.slice(serial.length + 1))
  if (!mac || mac.length !== CODE_MAC_BYTES) return null
  return { serial, mac }
}
