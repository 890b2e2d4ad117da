import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { roundPhase } from '~/core/contest/round-phase'
import { formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { listPublicContests } from '~/models/contests/participant.server'
import { StatusBadge } from './organiser/contest-tabs'

export const meta: MetaFunction = () => [{ title: 'Cuộc thi · Thi Pháp Luật' }]

export async function loader({ context }: LoaderFunctionArgs) {
  const now = new Date()
  const contests = await listPublicContests(context.services.db)
  return {
    contests: contests.map((c) => {
      const rounds = c.rounds.map((r) => ({ title: r.title, phase: roundPhase(r, now), opensAt: r.opensAt.toISOString(), closesAt: r.closesAt.toISOString() }))
      const current = rounds.find((r) => r.phase === 'open') ?? rounds.find((r) => r.phase === 'upcoming') ?? rounds[rounds.length - 1] ?? null
      return {
        slug: c.slug,
        title: c.title,
        description: c.description.slice(0, 280),
        organiser: c.organisation.name,
        banner: c.bannerMime ? `/contests/${c.slug}/banner` : c.bannerUrl,
        registrations: c._count.registrations,
        current,
      }
    }),
  }
}

export default function ContestsList() {
  const { t } = useTranslation()
  const { contests } = useLoaderData<typeof loader>()
  return (
    <div>
      <PageHeader title={t('contests.public.title')} lead={t('contests.public.lead')} />
      {contests.length === 0 ? (
        <EmptyState title={t('contests.public.emptyTitle')}>{t('contests.public.empty')}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {contests.map((c) => (
            <li key={c.slug} className="flex flex-col overflow-hidden rounded-xl border border-ink-200 bg-white shadow-sm">
              {c.banner ? <img src={c.banner} alt="" className="h-36 w-full object-cover" /> : <div aria-hidden className="h-2 bg-brand-700" />}
              <div className="flex flex-1 flex-col gap-2 p-4">
                <h2 className="text-lg">
                  <Link to={`/contests/${c.slug}`} className="text-ink-900">
                    {c.title}
                  </Link>
                </h2>
                <p className="text-sm text-ink-600">{c.organiser}</p>
                {c.description ? <p className="line-clamp-3 text-sm text-ink-700">{c.description}</p> : null}
                <div className="mt-auto flex flex-wrap items-center gap-2 pt-2 text-sm">
                  {c.current ? (
                    <>
                      <StatusBadge status={c.current.phase} label={`${c.current.title}: ${t(`contests.phase.${c.current.phase}`)}`} />
                      <span className="text-ink-600">
                        {c.current.phase === 'upcoming' ? t('contests.public.opensAt', { at: formatVietnamDateTime(c.current.opensAt) }) : t('contests.public.closesAt', { at: formatVietnamDateTime(c.current.closesAt) })}
                      </span>
                    </>
                  ) : (
                    <span className="text-ink-600">{t('contests.public.noRounds')}</span>
                  )}
                </div>
                <p className="text-sm text-ink-600">{t('contests.public.registered', { count: c.registrations })}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
