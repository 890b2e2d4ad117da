import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { contestAuditTrail } from '~/models/contests/contest.server'
import { ContestTabs } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'

export const meta: MetaFunction = () => [{ title: 'Nhật ký thay đổi · Quản trị · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest } = await requireOrganiserContest(request, context, params.contestId)
  const rows = await contestAuditTrail(context.services.db, user.organisationId, contest.id)
  return {
    contest: { id: contest.id, title: contest.title },
    rows: rows.map((r) => ({ id: r.id, action: r.action, at: r.at.toISOString(), actor: r.actor?.fullName ?? null, roundTitle: r.roundTitle, data: JSON.stringify(r.data, null, 2) })),
  }
}

export default function AuditTrail() {
  const { t, i18n } = useTranslation()
  const { contest, rows } = useLoaderData<typeof loader>()
  const label = (action: string) => (i18n.exists(`contests.audit.actions.${action}`) ? t(`contests.audit.actions.${action}`) : action)
  return (
    <div className="space-y-6">
      <PageHeader title={t('contests.audit.title')} lead={contest.title} />
      <ContestTabs contestId={contest.id} />
      {rows.length === 0 ? (
        <EmptyState title={t('contests.audit.empty')} />
      ) : (
        <ol className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white">
          {rows.map((r) => (
            <li key={r.id} className="p-3 text-sm">
              <div className="flex flex-wrap justify-between gap-2">
                <span>
                  <strong>{label(r.action)}</strong>
                  {r.roundTitle ? ` · ${r.roundTitle}` : ''} · {r.actor ?? t('contests.audit.system')}
                </span>
                <time dateTime={r.at} className="text-ink-600">
                  {formatVietnamDateTime(r.at)}
                </time>
              </div>
              <details className="mt-1">
                <summary className="cursor-pointer text-ink-600">{t('contests.audit.details')}</summary>
                <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-ink-50 p-2 text-xs">{r.data}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
