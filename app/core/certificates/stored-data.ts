import { z } from 'zod'
import { type CertificateDataInput, certificateDataSchema } from './fill'

/**
 * What Certificate.data holds: every value printed on the certificate, frozen
 * when it is issued (a later change of name, unit or result does not change
 * a certificate already given). The serial lives in its own column and the
 * verification link is derived from it when the PDF is drawn, so a new
 * public address does not need every certificate rewritten.
 */

/** The longest revocation reason; shown on the public verification page. */
export const REVOKE_REASON_MAX = 500

export const ISSUE_REASONS = ['prize', 'threshold', 'podium'] as const
export type IssueReason = (typeof ISSUE_REASONS)[number]

const storedSchema = certificateDataSchema
  .omit({ serial: true, verifyUrl: true })
  .extend({ reason: z.enum(ISSUE_REASONS) })

export type StoredCertificateData = z.output<typeof storedSchema>
export type StoredCertificateDataInput = z.input<typeof storedSchema>

/** Normalised (NFC, spaces collapsed) and checked before it is stored: a row that cannot be drawn is never written. */
export function storedCertificateData(input: StoredCertificateDataInput): StoredCertificateData {
  return storedSchema.parse(input)
}

/** Back from the JSON column (issuedAt comes back as a string). */
export function readStoredCertificateData(json: unknown): StoredCertificateData {
  return storedSchema.parse(json)
}

/** JSON for the column: dates as ISO strings, no undefined keys. */
export function storedCertificateJson(data: StoredCertificateData): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue
    out[key] = value instanceof Date ? value.toISOString() : (value as string | number)
  }
  return out
}

export function certificateRenderData(stored: StoredCertificateData, serial: string, verifyUrl: string): CertificateDataInput {
  const { reason: _reason, ...data } = stored
  return { ...data, serial, verifyUrl }
}

/** `${publicUrl}/verify/<code>`: the address printed in the QR code. */
export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${code}`
}
