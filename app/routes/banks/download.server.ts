import { foldDiacritics } from '~/core/text/normalize'

/**
 * A file download: an ASCII name for old clients and the Vietnamese one
 * (RFC 6266 / 5987) for the rest. Never cached: banks change.
 */
export function downloadResponse(content: string | Uint8Array, fileName: string, contentType: string): Response {
  // A Buffer is not a BodyInit to TypeScript; a Blob of a copy is (files here are a few MB at most).
  const body: BodyInit = typeof content === 'string' ? content : new Blob([new Uint8Array(content)])
  const ascii = foldDiacritics(fileName).replace(/[^a-z0-9.]+/gi, '-').replace(/^-+|-+(?=\.)|-+$/g, '') || 'tep'
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
