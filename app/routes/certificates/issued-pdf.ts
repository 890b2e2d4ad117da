import type { LoaderFunctionArgs } from '@remix-run/node'
import { findCertificateForOrganiser } from '~/models/certificates/certificates.server'
import { renderIssuedCertificate } from '~/models/certificates/render.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { goneResponse, pdfResponse } from './pdf-response.server'

/** One issued certificate as a PDF, for the organiser of its contest. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db, publicUrl, secrets } = context.services
  const certificate = await findCertificateForOrganiser(db, user.organisationId, params.certificateId ?? '')
  if (!certificate) throw new Response('Not found', { status: 404 })
  if (certificate.revokedAt) return goneResponse('Giấy chứng nhận này đã bị thu hồi nên không tải về được nữa.')
  const { pdf, fileName } = await renderIssuedCertificate(db, certificate, { publicUrl, secret: secrets.certificate })
  return pdfResponse(pdf, fileName)
}
