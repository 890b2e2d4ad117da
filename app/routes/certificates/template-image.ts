import type { LoaderFunctionArgs } from '@remix-run/node'
import { readTemplateImage } from '~/models/certificates/templates.server'
import { requireOrganiser } from '~/utils/organiser.server'

/** The uploaded logo or signature, for the thumbnail on the template page. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const kind = params.kind === 'logo' || params.kind === 'signature' ? params.kind : null
  const image = kind ? await readTemplateImage(context.services.db, user.organisationId, params.templateId ?? '', kind) : null
  if (!image) throw new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(image.bytes), {
    headers: { 'Content-Type': image.mime, 'Cache-Control': 'private, max-age=0, must-revalidate', 'X-Content-Type-Options': 'nosniff' },
  })
}
