import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui/button'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { listContestsForCertificates } from '~/models/certificates/templates.server'
import { requireOrganiser } from '~/utils/organiser.server'

export const meta: MetaFunction = () => [{ title: 'Giấy chứng nhận · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  return { contests: await listContestsForCertificates(context.services.db, user.organisationId) }
}

export default function CertificateContests() {
  const { t } = useTranslation()
  const { contests } = useLoaderData<typeof loader>()
  return (
    <div>
      <PageHeader title={t('certificates.title')} lead={t('certificates.lead')} />
      {contests.length === 0 ? (
        <EmptyState
          title={t('certificates.noContests')}
          action={
            <Link to="/organiser/contests" className={buttonClass('primary')}>
              {t('certificates.goToContests')}
            </Link>
          }
        >
          {t('certificates.noContestsHint')}
        </EmptyState>
      ) : (
        <ul className="grid gap-3" aria-label={t('certificates.contestsList')}>
          {contests.map((c) => (
            <li key={c.id} className="rounded-xl border border-ink-200 bg-white p-4 shadow-sm">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <h2 className="text-lg font-semibold text-ink-900">{c.title}</h2>
                  <p className="mt-1 text-sm text-ink-600">
                    {t(`certificates.contestStatus.${c.status}`)} · {t('certificates.roundsCount', { count: c.rounds })} ·{' '}
                    {t('certificates.templatesCount', { count: c.templates })} · {t('certificates.issuedCount', { count: c.certificates })}
                  </p>
                </div>
                <Link to={`/organiser/certificates/${c.id}`} className={buttonClass('secondary', 'md', 'shrink-0')} aria-label={`${t('certificates.open')}: ${c.title}`}>
                  {t('certificates.open')}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
