import { once } from 'node:events'
import { createRequire } from 'node:module'
import { Readable } from 'node:stream'
import type { Archiver, ZipOptions } from 'archiver'
import type { CertificateDataInput } from '~/core/certificates/fill'
import type { CertificateTemplateInput } from '~/core/certificates/template'
import { foldDiacritics, nfc } from '~/core/text/normalize'
import { type CertificateAssets, renderCertificatePdf } from './render-certificate.server'

/**
 * Many certificates as one ZIP, streamed: each PDF is rendered only after the
 * previous one has been taken by the archive, and the archive only takes it
 * when whoever reads the stream (an HTTP response, a file) keeps up. Memory
 * stays flat for 10,000 certificates; items may come from an async generator
 * that pages through the database.
 */

export interface CertificateZipItem {
  template: CertificateTemplateInput
  data: CertificateDataInput
  assets?: CertificateAssets
  /** Name inside the ZIP; default "<serial>-<ho-ten>.pdf". */
  fileName?: string
}

export type ZipProgress = (done: number, item: CertificateZipItem) => void

// archiver 7 (installed) exports a factory function; @types/archiver 8 describes
// archiver 8's classes and has no default export. Typed here against the
// shared Archiver stream type until the two versions agree.
const createArchive = createRequire(import.meta.url)('archiver') as (format: 'zip', options: ZipOptions) => Archiver

class StreamClosedError extends Error {
  constructor() {
    super('The ZIP stream was closed before all certificates were added')
  }
}

export function renderCertificatesZip(
  items: Iterable<CertificateZipItem> | AsyncIterable<CertificateZipItem>,
  onProgress?: ZipProgress,
): Readable {
  // PDFs are already compressed: storing them saves the CPU for rendering.
  const archive = createArchive('zip', { store: true })
  // Aborted if the reader closes the stream early. Not a long-lived promise in
  // a Promise.race: every race would leave a reaction on it holding that
  // entry, and with it the PDF, until the end of the batch.
  const closed = new AbortController()
  archive.once('close', () => closed.abort())

  const fill = async () => {
    const names = new Set<string>()
    let done = 0
    for await (const item of items) {
      if (closed.signal.aborted) throw new StreamClosedError()
      const pdf = await renderCertificatePdf(item.template, item.data, item.assets)
      const name = uniqueName(item.fileName ?? defaultFileName(item.data), names)
      const added = once(archive, 'entry', { signal: closed.signal })
      // As a stream, not a Buffer: zip-stream writes a stored Buffer without
      // waiting for the reader, so a slow reader made memory grow by one PDF
      // per certificate; a piped stream carries the back-pressure.
      archive.append(Readable.from([pdf], { objectMode: false }), { name })
      await added.catch((error: unknown) => {
        throw closed.signal.aborted ? new StreamClosedError() : error
      })
      done++
      onProgress?.(done, item)
    }
    await archive.finalize()
  }
  fill().catch((error: unknown) => {
    // A reader that went away (closed) needs no error; anything else fails the stream.
    if (error instanceof StreamClosedError) return
    archive.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return archive
}

/** "TPL-ABCD…-nguyen-thi-ngoc-anh.pdf": ASCII, so every unzip tool shows it the same. */
export function defaultFileName(data: Pick<CertificateDataInput, 'serial' | 'holderName'>): string {
  const slug = foldDiacritics(nfc(data.holderName))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${data.serial}${slug ? `-${slug}` : ''}.pdf`
}

function uniqueName(name: string, taken: Set<string>): string {
  const safe = name.replace(/[\\/]+/g, '_').replace(/^\.+/, '_') || 'giay-chung-nhan.pdf'
  let candidate = safe
  for (let n = 2; taken.has(candidate); n++) candidate = safe.replace(/(\.pdf)?$/i, ` (${n})$1`)
  taken.add(candidate)
  return candidate
}
