import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { contestStatistics } from '~/models/contests/contest-stats.server'
import { findPublicContest } from '~/models/contests/participant.server'
import { DailyActivityChart, RankedBars, ScoreDistributionChart, StatTile } from './charts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Thống kê · ${data?.contest.title ?? ''} · Thi Pháp Luật` }]

export async function loader({ context, params }: LoaderFunctionArgs) {
  const contest = await findPublicContest(context.services.db, params.slug ?? '')
  if (!contest) throw new Response('Không tìm thấy cuộc thi', { status: 404, statusText: 'Not Found' })
  const stats = await contestStatistics(context.services.db, contest, {
    roundIds: contest.rounds.map((r) => r.id),
    // Scores are published only for rounds whose results are frozen.
    scoreRoundIds: contest.rounds.filter((r) => r.status === 'FINALISED').map((r) => r.id),
  })
  return { contest: { slug: contest.slug, title: contest.title }, stats }
}

export default function PublicStats() {
  const { t } = useTranslation()
  const { contest, stats } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-6">
      <div>
        <Link to={`/contests/${contest.slug}`} className="text-sm">
          ← {contest.title}
        </Link>
        <h1 className="mt-1 text-2xl sm:text-3xl">{t('contests.stats.publicTitle')}</h1>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile label={t('contests.stats.registrations')} value={stats.totals.registrations.toLocaleString('vi-VN')} />
        <StatTile label={t('contests.stats.people')} value={stats.totals.participants.toLocaleString('vi-VN')} />
        <StatTile label={t('contests.stats.attempts')} value={stats.totals.attempts.toLocaleString('vi-VN')} />
        <StatTile label={t('contests.stats.allCorrectPeople')} value={stats.scores ? stats.scores.peopleAllCorrect.toLocaleString('vi-VN') : '—'} />
      </div>
      {stats.totals.attempts === 0 ? <p className="text-ink-600">{t('contests.stats.none')}</p> : null}
      <DailyActivityChart days={stats.perDay} />
      <div className="grid gap-6 lg:grid-cols-2">
        <RankedBars title={t('contests.stats.byArea')} items={stats.byArea.map((u) => ({ name: u.name, value: u.participants }))} />
        <RankedBars title={t('contests.stats.byUnit')} items={stats.byUnit.map((u) => ({ name: u.name, value: u.participants }))} />
      </div>
      {stats.scores ? (
        <ScoreDistributionChart bins={stats.scores.bins} maxScore={stats.scores.maxScore} />
      ) : (
        <p className="rounded-xl border border-dashed border-ink-300 bg-white p-4 text-ink-700">{t('contests.stats.scoresAfterClose')}</p>
      )}
      <section aria-labelledby="rounds-stats" className="rounded-xl border border-ink-200 bg-white p-4">
        <h2 id="rounds-stats" className="text-lg">
          {t('contests.stats.perRound')}
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-ink-200">
                <th scope="col" className="py-2">{t('contests.stats.round')}</th>
                <th scope="col">{t('contests.stats.people')}</th>
                <th scope="col">{t('contests.stats.attempts')}</th>
                <th scope="col">{t('contests.stats.allCorrectPeople')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.rounds.map((r) => (
                <tr key={r.id} className="border-b border-ink-100">
                  <td className="py-2">{r.title}</td>
                  <td>{r.participants.toLocaleString('vi-VN')}</td>
                  <td>{r.attempts.toLocaleString('vi-VN')}</td>
                  <td>{r.actualAllCorrect ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  )
}
