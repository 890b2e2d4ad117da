import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { type CertificateTemplate, certificateTemplateSchema } from '~/core/certificates/template'

/**
 * The wording being edited travels to the preview PDF in its URL (an
 * <iframe> can only GET): JSON, deflated, base64url. Vietnamese text
 * percent-encoded would be up to nine characters per letter; deflated it
 * fits comfortably in a URL. Decoding is bounded so a crafted value cannot
 * inflate into megabytes.
 */

const MAX_JSON_BYTES = 32 * 1024

export function encodePreviewContent(content: CertificateTemplate): string {
  return deflateRawSync(Buffer.from(JSON.stringify(content), 'utf8')).toString('base64url')
}

export function decodePreviewContent(param: string): CertificateTemplate | null {
  if (param.length > 8192 || !/^[A-Za-z0-9_-]+$/.test(param)) return null
  try {
    const json = inflateRawSync(Buffer.from(param, 'base64url'), { maxOutputLength: MAX_JSON_BYTES }).toString('utf8')
    const parsed = certificateTemplateSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
