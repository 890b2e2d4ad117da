import type { LoaderFunctionArgs } from '@remix-run/node'
import { DEFAULT_CERTIFICATE_TEMPLATE } from '~/core/certificates/template'
import { verificationUrl } from '~/core/certificates/stored-data'
import { findTemplate, loadTemplateForRendering } from '~/models/certificates/templates.server'
import { renderCertificatePdf } from '~/utils/certificates/render-certificate.server'
import { verificationCodeFor } from '~/utils/certificates/verification-code.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { decodePreviewContent } from './preview-param.server'

/**
 * The template drawn with sample data, shown in an <iframe> on the template
 * page (server/certificates/http-routes.ts lets this one response be framed
 * by the site). `c` carries unsaved wording; without it the saved one is used.
 */

/** A serial of the right shape that is never issued: its QR code leads to "invalid". */
const SAMPLE_SERIAL = 'TPL-MAUXEMTRUOCAAAAA'

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db, publicUrl, secrets } = context.services
  const template = await findTemplate(db, user.organisationId, params.templateId ?? '')
  if (!template) throw new Response('Not found', { status: 404 })
  const param = new URL(request.url).searchParams.get('c')
  const content = param ? decodePreviewContent(param) : template.content
  if (!content) {
    return new Response('Nội dung xem trước không hợp lệ. Hãy sửa các lỗi trong biểu mẫu.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { assets } = await loadTemplateForRendering(db, template.id)
  const pdf = await renderCertificatePdf(content ?? DEFAULT_CERTIFICATE_TEMPLATE, {
    holderName: 'Nguyễn Thị Ngọc Ánh',
    unitName: 'Trường THPT Chu Văn An, quận Ba Đình',
    contestTitle: template.contest.title,
    roundTitle: 'Vòng chung kết',
    score: 9.5,
    maxScore: 10,
    rank: 1,
    prizeLabel: 'Giải Nhất',
    issuedAt: new Date(),
    serial: SAMPLE_SERIAL,
    verifyUrl: verificationUrl(publicUrl, verificationCodeFor(SAMPLE_SERIAL, secrets.certificate)),
  }, assets)
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="xem-truoc-giay-chung-nhan.pdf"',
      'Cache-Control': 'private, no-store',
    },
  })
}
