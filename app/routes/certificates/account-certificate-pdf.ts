import type { LoaderFunctionArgs } from '@remix-run/node'
import { findOwnCertificate } from '~/models/certificates/certificates.server'
import { renderIssuedCertificate } from '~/models/certificates/render.server'
import { requireUser } from '~/utils/auth.server'
import { goneResponse, pdfResponse } from './pdf-response.server'

/** A participant's own certificate. Someone else's answers exactly like one that does not exist (404). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { db, publicUrl, secrets } = context.services
  const certificate = await findOwnCertificate(db, user.id, params.certificateId ?? '')
  if (!certificate) throw new Response('Not found', { status: 404 })
  if (certificate.revokedAt) return goneResponse('Giấy chứng nhận này đã bị thu hồi nên không tải về được nữa.')
  const { pdf, fileName } = await renderIssuedCertificate(db, certificate, { publicUrl, secret: secrets.certificate })
  return pdfResponse(pdf, fileName)
}
