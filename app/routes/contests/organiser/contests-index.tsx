import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui/button'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { roundPhase } from '~/core/contest/round-phase'
import { formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { listOrganiserContests } from '~/models/contests/contest.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { StatusBadge } from './contest-tabs'

export const meta: MetaFunction = () => [{ title: 'Cuộc thi · Quản trị · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const now = new Date()
  const contests = await listOrganiserContests(context.services.db, user.organisationId)
  return {
    contests: contests.map((c) => ({
      id: c.id,
      slug: c.slug,
      title: c.title,
      status: c.status,
      registrations: c._count.registrations,
      rounds: c.rounds.length,
      openRounds: c.rounds.filter((r) => roundPhase(r, now) === 'open').length,
      firstOpens: c.rounds[0]?.opensAt.toISOString() ?? null,
    })),
  }
}

export default function OrganiserContests() {
  const { t } = useTranslation()
  const { contests } = useLoaderData<typeof loader>()
  return (
    <div>
      <PageHeader
        title={t('contests.organiser.title')}
        lead={t('contests.organiser.lead')}
        actions={
          <Link to="/organiser/contests/new" className={buttonClass('primary')}>
            {t('contests.organiser.create')}
          </Link>
        }
      />
      {contests.length === 0 ? (
        <EmptyState title={t('contests.organiser.emptyTitle')} action={<Link to="/organiser/contests/new" className={buttonClass('primary')}>{t('contests.organiser.create')}</Link>}>
          {t('contests.organiser.empty')}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white">
          {contests.map((c) => (
            <li key={c.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <Link to={`/organiser/contests/${c.id}`} className="text-lg font-medium">
                  {c.title}
                </Link>
                <p className="text-sm text-ink-600">
                  {t('contests.organiser.summary', { rounds: c.rounds, open: c.openRounds, registrations: c.registrations })}
                  {c.firstOpens ? ` · ${t('contests.organiser.firstOpens', { at: formatVietnamDateTime(c.firstOpens) })}` : ''}
                </p>
              </div>
              <StatusBadge status={c.status} label={t(`contests.contestStatus.${c.status}`)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
