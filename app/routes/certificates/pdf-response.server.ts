/** A PDF download: the file name in ASCII and in UTF-8 (RFC 6266), never cached by shared caches. */
export function pdfResponse(pdf: Buffer, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'private, no-store',
    },
  })
}

export function goneResponse(message: string): Response {
  return new Response(message, { status: 410, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
