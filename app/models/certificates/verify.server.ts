import { parseVerificationCode } from '~/core/certificates/code-format'
import { verifyCode } from '~/utils/certificates/verification-code.server'
import type { Db } from '~/utils/db.server'
import { findCertificateBySerial } from './certificates.server'

/**
 * What the public page says about a code. A forged code (bad signature) and
 * a well-signed code for a serial that does not exist get the same answer
 * after the same work (one lookup by serial), so the page reveals neither
 * which serials exist nor whether a signature was close.
 */

export type VerifiedCertificate = NonNullable<Awaited<ReturnType<typeof findCertificateBySerial>>>

export type VerificationOutcome =
  | { status: 'malformed' }
  | { status: 'invalid' }
  | { status: 'valid'; certificate: VerifiedCertificate }
  | { status: 'revoked'; certificate: VerifiedCertificate }

export async function verifyCertificateCode(db: Db, secret: string, code: string): Promise<VerificationOutcome> {
  const checked = verifyCode(code, secret)
  const parsed = parseVerificationCode(code)
  if (!parsed || (!checked.ok && checked.reason === 'malformed')) return { status: 'malformed' }
  // The serial is looked up whatever the signature says, then the answer is chosen.
  const certificate = await findCertificateBySerial(db, parsed.serial)
  if (!checked.ok || !certificate) return { status: 'invalid' }
  return certificate.revokedAt ? { status: 'revoked', certificate } : { status: 'valid', certificate }
}
