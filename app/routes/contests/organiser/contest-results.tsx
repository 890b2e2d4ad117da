import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass } from '~/components/ui/button'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { SelectField } from '~/components/ui/field'
import { formatDuration } from '~/core/contest/vietnam-time'
import { flattenTree } from '~/core/units/unit-tree'
import { contestStandingRows, fieldLabels, roundResultRows, unitFilterSet } from '~/models/contests/contest-results.server'
import { organisationUnits } from '~/models/contests/contest.server'
import { ContestTabs } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'

export const meta: MetaFunction = () => [{ title: 'Kết quả · Quản trị · Thi Pháp Luật' }]

const PAGE = 50

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest } = await requireOrganiserContest(request, context, params.contestId)
  const db = context.services.db
  const url = new URL(request.url)
  const finalised = contest.rounds.filter((r) => r.status === 'FINALISED')
  const roundParam = url.searchParams.get('round')
  const selected = roundParam === 'all' ? 'all' : (contest.rounds.find((r) => r.id === roundParam)?.id ?? finalised[finalised.length - 1]?.id ?? 'all')
  const unitId = url.searchParams.get('unit') || null
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const unitIds = await unitFilterSet(db, user.organisationId, unitId)
  const units = flattenTree(await organisationUnits(db, user.organisationId)).map((u) => ({ id: u.id, label: `${'\u2003'.repeat(u.depth)}${u.name}` }))
  const base = {
    contest: { id: contest.id, title: contest.title },
    rounds: contest.rounds.map((r) => ({ id: r.id, title: r.title, finalised: r.status === 'FINALISED' })),
    selected,
    unitId,
    units,
    page,
    pageSize: PAGE,
  }
  if (selected === 'all') {
    const rows = await contestStandingRows(db, contest.id, unitIds)
    return { ...base, mode: 'all' as const, total: rows.length, standings: rows.slice((page - 1) * PAGE, page * PAGE), rows: [], fields: [], roundFinalised: true }
  }
  const round = contest.rounds.find((r) => r.id === selected)
  if (round?.status !== 'FINALISED') {
    return { ...base, mode: 'round' as const, total: 0, standings: [], rows: [], fields: [], roundFinalised: false }
  }
  const { rows, total } = await roundResultRows(db, selected, { unitIds, skip: (page - 1) * PAGE, take: PAGE })
  return { ...base, mode: 'round' as const, total, standings: [], rows, fields: fieldLabels(contest.registrationFields), roundFinalised: true }
}

export default function ContestResults() {
  const { t } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const exportParams = new URLSearchParams({ round: data.selected, ...(data.unitId ? { unit: data.unitId } : {}) })
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize))
  const pageLink = (p: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(p))
    return `?${next}`
  }
  return (
    <div>
      <PageHeader title={t('contests.results.title')} lead={data.contest.title} />
      <ContestTabs contestId={data.contest.id} />
      <Form method="get" className="mb-4 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
        <SelectField label={t('contests.results.round')} name="round" defaultValue={data.selected}>
          <option value="all">{t('contests.results.wholeContest')}</option>
          {data.rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
              {r.finalised ? '' : ` (${t('contests.results.notFinalised')})`}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('contests.results.unit')} name="unit" defaultValue={data.unitId ?? ''}>
          <option value="">{t('contests.results.allUnits')}</option>
          {data.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t('contests.results.filter')}
        </Button>
        <a href={`/organiser/contests/${data.contest.id}/results.xlsx?${exportParams}`} className={buttonClass('primary')} download>
          {t('contests.results.export')}
        </a>
      </Form>
      {!data.roundFinalised ? (
        <EmptyState title={t('contests.results.notFinalisedTitle')}>{t('contests.results.notFinalisedLead')}</EmptyState>
      ) : data.total === 0 ? (
        <EmptyState title={t('contests.results.emptyTitle')}>{t('contests.results.empty')}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-700">{t('contests.results.count', { count: data.total })}</p>
          <div className="overflow-x-auto rounded-xl border border-ink-200 bg-white">
            {data.mode === 'round' ? (
              <table className="w-full text-left text-sm">
                <thead className="bg-ink-50">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t('contests.results.rank')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.name')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.unitCol')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.score')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.prediction')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.time')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.prize')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.tabSwitches')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.userId} className="border-t border-ink-100">
                      <td className="px-3 py-2 font-medium">{r.rank}</td>
                      <td className="px-3 py-2">
                        {r.fullName}
                        <span className="block text-xs text-ink-600">{r.phone ?? r.email ?? ''}</span>
                      </td>
                      <td className="px-3 py-2">{r.unitName ?? '—'}</td>
                      <td className="px-3 py-2">
                        {r.score}/{r.maxScore}
                      </td>
                      <td className="px-3 py-2">{r.prediction === null ? '—' : `${r.prediction} (±${r.predictionDiff})`}</td>
                      <td className="px-3 py-2">{formatDuration(r.timeTakenMs)}</td>
                      <td className="px-3 py-2">{r.prize ? t(`contests.prize.${r.prize}`) : ''}</td>
                      <td className="px-3 py-2">{r.tabSwitches > 0 ? <span className="rounded bg-warn-50 px-1.5 text-warn-700">{r.tabSwitches}</span> : 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <table className="w-full text-left text-sm">
                <thead className="bg-ink-50">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t('contests.results.rank')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.name')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.unitCol')}</th>
                    {data.rounds.filter((r) => r.finalised).map((r) => (
                      <th key={r.id} scope="col" className="px-3 py-2">{r.title}</th>
                    ))}
                    <th scope="col" className="px-3 py-2">{t('contests.results.total')}</th>
                    <th scope="col" className="px-3 py-2">{t('contests.results.time')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.standings.map((s) => (
                    <tr key={s.userId} className="border-t border-ink-100">
                      <td className="px-3 py-2 font-medium">{s.rank}</td>
                      <td className="px-3 py-2">{s.fullName}</td>
                      <td className="px-3 py-2">{s.unitName ?? '—'}</td>
                      {data.rounds.filter((r) => r.finalised).map((r) => (
                        <td key={r.id} className="px-3 py-2">{s.byRound[r.id] ?? '—'}</td>
                      ))}
                      <td className="px-3 py-2 font-medium">{s.totalScore}</td>
                      <td className="px-3 py-2">{formatDuration(s.totalTimeMs)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          {pages > 1 ? (
            <nav aria-label={t('contests.results.pages')} className="mt-3 flex items-center gap-3 text-sm">
              {data.page > 1 ? <Link to={pageLink(data.page - 1)}>← {t('contests.results.prev')}</Link> : null}
              <span>{t('contests.results.pageOf', { page: data.page, pages })}</span>
              {data.page < pages ? <Link to={pageLink(data.page + 1)}>{t('contests.results.next')} →</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  )
}
