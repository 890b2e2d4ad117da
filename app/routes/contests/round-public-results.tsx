import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '~/components/ui/card'
import type { GroupRanking } from '~/core/contest/group-prizes'
import { formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { prizeWinners } from '~/models/contests/participant.server'
import { RankedBars } from './charts'
import { requirePublicRound } from './round-page.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Kết quả ${data?.round.title ?? ''} · ${data?.contest.title ?? ''} · Thi Pháp Luật` }]

const PRIZE_ORDER = ['FIRST', 'SECOND', 'THIRD', 'CONSOLATION'] as const

export async function loader({ context, params }: LoaderFunctionArgs) {
  const { round } = await requirePublicRound(context, params.slug, params.roundId)
  const finalised = round.status === 'FINALISED'
  const winners = finalised ? await prizeWinners(context.services.db, round.id) : []
  const groups = finalised ? (round.groupRanking as GroupRanking | null) : null
  const unitIds = groups ? [...groups.byParticipants.slice(0, 10), ...groups.byRate.slice(0, 10)].map((g) => g.unitId) : []
  const units = unitIds.length ? await context.services.db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : []
  const name = new Map(units.map((u) => [u.id, u.name]))
  return {
    contest: { slug: round.contest.slug, title: round.contest.title },
    round: { id: round.id, title: round.title, finalised, finalisedAt: round.finalisedAt?.toISOString() ?? null, actualAllCorrect: round.actualAllCorrect },
    // Names and units only, as published decisions list winners; no phone, no score details.
    winners: PRIZE_ORDER.map((prize) => ({ prize, people: winners.filter((w) => w.prize === prize).map((w) => ({ rank: w.rank, fullName: w.fullName, unitName: w.unitName })) })),
    byParticipants: groups?.byParticipants.slice(0, 10).map((g) => ({ name: name.get(g.unitId) ?? '', value: g.participants })) ?? [],
    byRate: groups?.byRate.slice(0, 10).map((g) => ({ name: name.get(g.unitId) ?? '', value: g.rate, note: `${(g.rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}% (${g.participants}/${g.headcount})` })) ?? [],
  }
}

export default function PublicResults() {
  const { t } = useTranslation()
  const { contest, round, winners, byParticipants, byRate } = useLoaderData<typeof loader>()
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link to={`/contests/${contest.slug}/rounds/${round.id}`} className="text-sm">
          ← {round.title}
        </Link>
        <h1 className="mt-1 text-2xl sm:text-3xl">{t('contests.results.publicTitle', { round: round.title })}</h1>
        <p className="text-ink-700">{contest.title}</p>
      </div>
      {!round.finalised ? (
        <EmptyState title={t('contests.results.notYetTitle')}>{t('contests.results.notYet')}</EmptyState>
      ) : (
        <>
          <p>
            {t('contests.results.frozenAt', { at: formatVietnamDateTime(round.finalisedAt ?? '') })} {t('contests.start.allCorrect', { count: round.actualAllCorrect ?? 0 })}
          </p>
          {winners.map((group) =>
            group.people.length ? (
              <section key={group.prize} aria-labelledby={`prize-${group.prize}`} className="rounded-xl border border-ink-200 bg-white p-4">
                <h2 id={`prize-${group.prize}`} className="text-lg text-brand-800">
                  {t(`contests.prize.${group.prize}`)} ({group.people.length})
                </h2>
                <ol className="mt-2 divide-y divide-ink-100">
                  {group.people.map((p) => (
                    <li key={p.rank} className="flex flex-wrap justify-between gap-2 py-2">
                      <span className="font-medium">{p.fullName}</span>
                      <span className="text-sm text-ink-600">{p.unitName ?? '—'}</span>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null,
          )}
          {winners.every((g) => g.people.length === 0) ? <p className="text-ink-600">{t('contests.results.noWinners')}</p> : null}
          <div className="grid gap-6 md:grid-cols-2">
            <RankedBars title={t('contests.results.groupByParticipants')} items={byParticipants} limit={10} />
            <RankedBars title={t('contests.results.groupByRate')} items={byRate} limit={10} />
          </div>
        </>
      )}
    </div>
  )
}
