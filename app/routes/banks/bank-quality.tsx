import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { ITEM_FLAGS } from '~/core/stats/item-analysis'
import { requireBank } from '~/models/banks.server'
import { MIN_RESPONSES_FOR_FLAGS, questionStatistics } from '~/models/question-quality.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { discriminationText, FacilityBar, FlagList } from './ui/quality-figures'

export const meta: MetaFunction = () => [{ title: 'Chất lượng câu hỏi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const flaggedOnly = new URL(request.url).searchParams.get('flagged') === '1'
  const stats = [...(await questionStatistics(db, bank.id)).values()]
  const stems = await db.question.findMany({
    where: { id: { in: stats.map((s) => s.questionId) } },
    select: { id: true, currentVersion: { select: { stem: true } } },
  })
  const stemOf = new Map(stems.map((q) => [q.id, q.currentVersion?.stem ?? '']))
  const rows = stats
    .map((s) => ({ ...s, stem: stemOf.get(s.questionId) ?? '' }))
    .sort((a, b) => b.flags.length - a.flags.length || a.facility - b.facility || b.responses - a.responses)
  const flagCounts = Object.fromEntries(ITEM_FLAGS.map((f) => [f, rows.filter((r) => r.flags.includes(f)).length]))
  return {
    bank: { id: bank.id, name: bank.name },
    flaggedOnly,
    asked: rows.length,
    flagged: rows.filter((r) => r.flags.length).length,
    flagCounts,
    rows: flaggedOnly ? rows.filter((r) => r.flags.length) : rows,
    minResponses: MIN_RESPONSES_FOR_FLAGS,
  }
}

export default function BankQuality() {
  const { t } = useTranslation()
  const { bank, flaggedOnly, asked, flagged, flagCounts, rows, minResponses } = useLoaderData<typeof loader>()
  const base = `/organiser/banks/${bank.id}`
  return (
    <div>
      <PageHeader title={t('banks.quality.title')} lead={<Link to={base}>← {bank.name}</Link>} />
      {asked === 0 ? (
        <EmptyState title={t('banks.quality.emptyBank')}>{t('banks.quality.emptyHint')}</EmptyState>
      ) : (
        <>
          <Card className="mb-6">
            <p className="font-medium text-ink-900">{t('banks.quality.summary', { asked, flagged })}</p>
            <p className="mt-1 text-sm text-ink-600">
              {t('banks.quality.lead')} {t('banks.quality.fewResponses', { count: minResponses })}
            </p>
            <ul className="mt-3 grid gap-2 sm:grid-cols-3">
              {ITEM_FLAGS.map((f) => (
                <li key={f} className="rounded-lg bg-ink-50 p-3">
                  <p className="text-sm text-ink-600">{t(`banks.quality.flags.${f}`)}</p>
                  <p className="text-2xl font-semibold">{flagCounts[f]}</p>
                </li>
              ))}
            </ul>
          </Card>
          <nav className="mb-3 flex gap-2" aria-label={t('banks.quality.title')}>
            <Link to="?" className={buttonClass(flaggedOnly ? 'secondary' : 'primary', 'sm')} aria-current={!flaggedOnly ? 'page' : undefined}>
              {t('banks.quality.all')}
            </Link>
            <Link to="?flagged=1" className={buttonClass(flaggedOnly ? 'primary' : 'secondary', 'sm')} aria-current={flaggedOnly ? 'page' : undefined}>
              {t('banks.quality.flaggedOnly')}
            </Link>
          </nav>
          <div className="overflow-x-auto rounded-xl border border-ink-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('banks.quality.tableLabel')}</caption>
              <thead className="border-b border-ink-200 bg-ink-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('banks.quality.question')}</th>
                  <th scope="col" className="px-3 py-2">{t('banks.quality.asked')}</th>
                  <th scope="col" className="px-3 py-2">{t('banks.quality.facility')}</th>
                  <th scope="col" className="px-3 py-2">{t('banks.quality.discrimination')}</th>
                  <th scope="col" className="px-3 py-2">{t('banks.quality.averageTime')}</th>
                  <th scope="col" className="px-3 py-2">{t('banks.quality.flagsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.questionId} className="border-b border-ink-100 align-top">
                    <td className="max-w-md px-3 py-2">
                      <Link to={`${base}/questions/${r.questionId}`} className="line-clamp-2">
                        {r.stem}
                      </Link>
                    </td>
                    <td className="px-3 py-2 tabular-nums">{r.responses}</td>
                    <td className="px-3 py-2">
                      <FacilityBar value={r.facility} />
                    </td>
                    <td className="px-3 py-2 tabular-nums">{discriminationText(r.discrimination) ?? '—'}</td>
                    <td className="px-3 py-2 tabular-nums">
                      {r.averageTimeMs === null ? '—' : t('banks.quality.seconds', { value: (r.averageTimeMs / 1000).toFixed(1).replace('.', ',') })}
                    </td>
                    <td className="px-3 py-2">
                      <FlagList flags={r.flags} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  )
}
