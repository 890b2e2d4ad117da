import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button } from '~/components/ui/button'
import { PageHeader } from '~/components/ui/card'
import { SelectField } from '~/components/ui/field'
import { cn } from '~/components/ui/cn'
import { contestStatistics } from '~/models/contests/contest-stats.server'
import { itemStatisticsForRounds } from '~/models/contests/item-statistics.server'
import { getVersions } from '~/models/contests/question-versions.server'
import { DailyActivityChart, RankedBars, ScoreDistributionChart, StatTile } from '../charts'
import { ContestTabs } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'

export const meta: MetaFunction = () => [{ title: 'Thống kê · Quản trị · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest } = await requireOrganiserContest(request, context, params.contestId)
  const db = context.services.db
  const url = new URL(request.url)
  const published = contest.rounds.filter((r) => r.status !== 'DRAFT')
  const roundParam = url.searchParams.get('round')
  const scope = published.find((r) => r.id === roundParam)
  const roundIds = scope ? [scope.id] : published.map((r) => r.id)
  // Organisers see scores of every published round, open ones included (participants never do).
  const stats = await contestStatistics(db, { id: contest.id, organisationId: user.organisationId }, { roundIds, scoreRoundIds: roundIds })
  const items = await itemStatisticsForRounds(db, roundIds)
  const versions = await getVersions(db, items.map((i) => i.questionId))
  const stems = new Map(versions.map((v) => [v.id, v.stem]))
  return {
    contest: { id: contest.id, title: contest.title, slug: contest.slug },
    rounds: published.map((r) => ({ id: r.id, title: r.title })),
    selected: scope?.id ?? '',
    stats,
    items: items
      .sort((a, b) => (a.discrimination ?? 2) - (b.discrimination ?? 2) || a.facility - b.facility)
      .map((i) => ({ ...i, stem: stems.get(i.questionId) ?? '' })),
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`

export default function OrganiserStats() {
  const { t } = useTranslation()
  const { contest, rounds, selected, stats, items } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-6">
      <PageHeader title={t('contests.stats.title')} lead={contest.title} actions={<Link to={`/contests/${contest.slug}/stats`}>{t('contests.stats.publicLink')}</Link>} />
      <ContestTabs contestId={contest.id} />
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <SelectField label={t('contests.stats.scope')} name="round" defaultValue={selected}>
          <option value="">{t('contests.stats.allRounds')}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t('contests.results.filter')}
        </Button>
      </Form>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <StatTile label={t('contests.stats.registrations')} value={stats.totals.registrations.toLocaleString('vi-VN')} />
        <StatTile label={t('contests.stats.people')} value={stats.totals.participants.toLocaleString('vi-VN')} />
        <StatTile label={t('contests.stats.attempts')} value={stats.totals.attempts.toLocaleString('vi-VN')} />
        <StatTile label={t('contests.stats.allCorrectAttempts')} value={stats.scores ? stats.scores.attemptsAllCorrect.toLocaleString('vi-VN') : '—'} />
        <StatTile label={t('contests.stats.mean')} value={stats.scores?.mean != null ? stats.scores.mean.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) : '—'} />
      </div>
      <DailyActivityChart days={stats.perDay} />
      <div className="grid gap-6 lg:grid-cols-2">
        <RankedBars title={t('contests.stats.byArea')} items={stats.byArea.map((u) => ({ name: u.name, value: u.participants }))} />
        <RankedBars title={t('contests.stats.byUnit')} items={stats.byUnit.map((u) => ({ name: u.name, value: u.participants }))} />
      </div>
      {stats.scores ? <ScoreDistributionChart bins={stats.scores.bins} maxScore={stats.scores.maxScore} /> : null}
      <section aria-labelledby="items-heading" className="rounded-xl border border-ink-200 bg-white p-4">
        <h2 id="items-heading" className="text-lg">
          {t('contests.stats.items')}
        </h2>
        <p className="mt-1 text-sm text-ink-600">{t('contests.stats.itemsLead')}</p>
        {items.length === 0 ? (
          <p className="mt-3 text-ink-600">{t('contests.stats.noData')}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="bg-ink-50">
                <tr>
                  <th scope="col" className="px-2 py-2">{t('contests.stats.question')}</th>
                  <th scope="col" className="px-2 py-2">{t('contests.stats.responses')}</th>
                  <th scope="col" className="px-2 py-2">{t('contests.stats.facility')}</th>
                  <th scope="col" className="px-2 py-2">{t('contests.stats.discrimination')}</th>
                  <th scope="col" className="px-2 py-2">{t('contests.stats.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.questionId} className="border-t border-ink-100 align-top">
                    <td className="max-w-md px-2 py-2">{i.stem}</td>
                    <td className="px-2 py-2">{i.responses}</td>
                    <td className="px-2 py-2">{pct(i.facility)}</td>
                    <td className={cn('px-2 py-2', i.discrimination !== null && i.discrimination < 0 ? 'text-bad-700' : '')}>{i.discrimination === null ? '—' : i.discrimination.toFixed(2)}</td>
                    <td className="px-2 py-2">{i.flags.map((f) => t(`contests.stats.flag.${f}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  )
}
