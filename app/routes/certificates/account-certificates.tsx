import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui/button'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { listOwnCertificates } from '~/models/certificates/certificates.server'
import { requireUser } from '~/utils/auth.server'
import { verificationCodeFor } from '~/utils/certificates/verification-code.server'
import { formatDate, scoreText } from './format'

export const meta: MetaFunction = () => [{ title: 'Giấy chứng nhận của tôi · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { db, secrets } = context.services
  const certificates = await listOwnCertificates(db, user.id)
  return {
    certificates: certificates.map((c) => ({
      ...c,
      issuedAt: c.issuedAt.toISOString(),
      revokedAt: c.revokedAt?.toISOString() ?? null,
      // The holder's own code: the same one their QR code carries.
      code: verificationCodeFor(c.serial, secrets.certificate),
    })),
  }
}

export default function AccountCertificates() {
  const { t, i18n } = useTranslation()
  const { certificates } = useLoaderData<typeof loader>()
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link to="/account">← {t('nav.account')}</Link>
      </p>
      <PageHeader title={t('certificates.mine')} lead={t('certificates.mineLead')} />
      {certificates.length === 0 ? (
        <EmptyState title={t('certificates.mineEmpty')}>{t('certificates.mineEmptyHint')}</EmptyState>
      ) : (
        <ul className="grid gap-3" aria-label={t('certificates.mine')}>
          {certificates.map((c) => (
            <li key={c.id} className="rounded-xl border border-ink-200 bg-white p-4 shadow-sm" data-testid="my-certificate">
              <h2 className="text-lg font-semibold">{c.contestTitle}</h2>
              <p className="mt-1 text-ink-700">
                {[c.roundTitle, c.prizeLabel, c.rank ? t('certificates.rankN', { rank: c.rank }) : null, scoreText(c.score, c.maxScore)].filter(Boolean).join(' · ')}
              </p>
              <p className="mt-1 text-sm text-ink-600">
                {t('certificates.issuedOn', { date: formatDate(c.issuedAt, i18n.language) })} · <span className="font-mono">{c.serial}</span>
              </p>
              {c.revokedAt ? (
                <p className="mt-2 text-sm text-bad-700">{t('certificates.revokedBecause', { reason: c.revokedReason, date: formatDate(c.revokedAt, i18n.language) })}</p>
              ) : (
                <div className="mt-3 flex flex-wrap gap-2">
                  <a href={`/account/certificates/${c.id}/pdf`} className={buttonClass('primary', 'sm')} download>
                    {t('certificates.downloadPdf')}
                  </a>
                  <Link to={`/verify/${c.code}`} className={buttonClass('secondary', 'sm')}>
                    {t('certificates.checkOnline')}
                  </Link>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
