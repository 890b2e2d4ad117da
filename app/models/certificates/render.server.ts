import type { Readable } from 'node:stream'
import { type IssueReason, certificateRenderData, readStoredCertificateData, verificationUrl } from '~/core/certificates/stored-data'
import type { CertificateTemplate } from '~/core/certificates/template'
import { type CertificateZipItem, defaultFileName, renderCertificatesZip } from '~/utils/certificates/certificates-zip.server'
import { type CertificateAssets, renderCertificatePdf } from '~/utils/certificates/render-certificate.server'
import { verificationCodeFor } from '~/utils/certificates/verification-code.server'
import type { Db } from '~/utils/db.server'
import { loadTemplateForRendering } from './templates.server'

/** Drawing issued certificates: one PDF, or a streamed ZIP paged out of the database. */

export interface RenderSettings {
  publicUrl: string
  secret: string
}

export function certificateZipItem(
  certificate: { serial: string; data: unknown },
  template: { content: CertificateTemplate; assets: CertificateAssets },
  settings: RenderSettings,
): CertificateZipItem {
  const stored = readStoredCertificateData(certificate.data)
  const url = verificationUrl(settings.publicUrl, verificationCodeFor(certificate.serial, settings.secret))
  const data = certificateRenderData(stored, certificate.serial, url)
  return { template: template.content, assets: template.assets, data, fileName: defaultFileName(data) }
}

export async function renderIssuedCertificate(
  db: Db,
  certificate: { serial: string; templateId: string; data: unknown },
  settings: RenderSettings,
): Promise<{ pdf: Buffer; fileName: string }> {
  const template = await loadTemplateForRendering(db, certificate.templateId)
  const item = certificateZipItem(certificate, template, settings)
  return { pdf: await renderCertificatePdf(item.template, item.data, item.assets), fileName: item.fileName ?? `${certificate.serial}.pdf` }
}

export interface ZipSelection {
  templateId: string
  roundId?: string | null
  liveSessionId?: string | null
}

/** Certificates to put in a ZIP, in pages by id: memory holds one page, whatever the round's size. Revoked ones are left out. */
export async function* certificatesForZip(db: Db, selection: ZipSelection, settings: RenderSettings, pageSize = 100) {
  const template = await loadTemplateForRendering(db, selection.templateId)
  let cursor: string | undefined
  for (;;) {
    const page = await db.certificate.findMany({
      where: {
        templateId: selection.templateId,
        revokedAt: null,
        ...(selection.roundId ? { roundId: selection.roundId } : {}),
        ...(selection.liveSessionId ? { liveSessionId: selection.liveSessionId } : {}),
      },
      orderBy: { id: 'asc' },
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, serial: true, data: true },
    })
    for (const certificate of page) yield certificateZipItem(certificate, template, settings)
    if (page.length < pageSize) return
    cursor = page[page.length - 1].id
  }
}

export function renderZipFromDatabase(
  db: Db,
  selection: ZipSelection,
  settings: RenderSettings,
  onProgress?: (done: number) => void,
): Readable {
  return renderCertificatesZip(certificatesForZip(db, selection, settings), onProgress)
}

export const REASON_LABELS_VI: Record<IssueReason, string> = {
  prize: 'Đạt giải',
  threshold: 'Đạt ngưỡng điểm',
  podium: 'Tốp 3 trực tiếp',
}
