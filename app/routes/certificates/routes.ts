import { index, route, type RouteConfigEntry } from '@remix-run/route-config'

/** Pages of this feature area; app/routes.ts includes them. Paths are relative to app/. */
export const certificatesRoutes: RouteConfigEntry[] = [
  // The organiser layout again (own id), so the certificate pages keep the organiser menu.
  route('organiser/certificates', 'routes/organiser/layout.tsx', { id: 'routes/certificates/organiser-layout' }, [
    index('routes/certificates/contests.tsx'),
    route(':contestId', 'routes/certificates/contest.tsx'),
    route('templates/:templateId', 'routes/certificates/template-edit.tsx'),
    route('templates/:templateId/issue', 'routes/certificates/template-issue.tsx'),
  ]),
  // Files (PDF, images). The ZIP is an Express route: server/certificates/http-routes.ts.
  route('organiser/certificates/templates/:templateId/preview', 'routes/certificates/template-preview.ts'),
  route('organiser/certificates/templates/:templateId/image/:kind', 'routes/certificates/template-image.ts'),
  route('organiser/certificates/issued/:certificateId/pdf', 'routes/certificates/issued-pdf.ts'),
  // Participants.
  route('account/certificates', 'routes/certificates/account-certificates.tsx'),
  route('account/certificates/:certificateId/pdf', 'routes/certificates/account-certificate-pdf.ts'),
  // Public verification (the QR code on every certificate).
  route('verify', 'routes/certificates/verify-form.tsx'),
  route('verify/:code', 'routes/certificates/verify.tsx'),
]
