import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import {
  CODE_MAC_BYTES,
  SERIAL_RANDOM_BYTES,
  formatSerial,
  formatVerificationCode,
  parseVerificationCode,
} from '~/core/certificates/code-format'

/**
 * Serials are random (not sequential) so nobody can enumerate certificates;
 * the verification code printed as a QR adds an HMAC so a code cannot be
 * made up without the server's secret, even for a serial that exists.
 */

export type CertificateSecret = string | Uint8Array

export const MIN_SECRET_BYTES = 32

/** Domain separation: the same secret may sign other things without their MACs being interchangeable. */
const MAC_CONTEXT = 'thi-phap-luat:certificate-code:v1:'

export type VerifyCodeResult =
  | { ok: true; serial: string }
  | { ok: false; reason: 'malformed' | 'bad_signature' }

export function generateSerial(random: (size: number) => Uint8Array = randomBytes): string {
  return formatSerial(random(SERIAL_RANDOM_BYTES))
}

function secretBytes(secret: CertificateSecret): Uint8Array {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new RangeError(`The certificate secret must be at least ${MIN_SECRET_BYTES} bytes`)
  }
  return bytes
}

function macFor(serial: string, key: Uint8Array): Buffer {
  return createHmac('sha256', key)
    .update(MAC_CONTEXT + serial, 'utf8')
    .digest()
    .subarray(0, CODE_MAC_BYTES)
}

/** The code printed on (and linked from) the certificate with this serial. */
export function verificationCodeFor(serial: string, secret: CertificateSecret): string {
  return formatVerificationCode(serial, macFor(serial, secretBytes(secret)))
}

/** A fresh serial and its code, for issuing one certificate. */
export function issueVerificationCode(
  secret: CertificateSecret,
  random: (size: number) => Uint8Array = randomBytes,
): { serial: string; code: string } {
  const serial = generateSerial(random)
  return { serial, code: verificationCodeFor(serial, secret) }
}

/**
 * Checks a code from a URL or typed by hand. A valid signature only says the
 * serial was issued by us; the caller still looks it up (it may be revoked).
 */
export function verifyCode(code: string, secret: CertificateSecret): VerifyCodeResult {
  // Checked first so a misconfigured secret fails loudly, whatever the input.
  const key = secretBytes(secret)
  const parsed = parseVerificationCode(code)
  if (!parsed) return { ok: false, reason: 'malformed' }
  const expected = macFor(parsed.serial, key)
  // Both are CODE_MAC_BYTES long (the parser guarantees it), as timingSafeEqual requires.
  if (!timingSafeEqual(expected, parsed.mac)) return { ok: false, reason: 'bad_signature' }
  return { ok: true, serial: parsed.serial }
}
