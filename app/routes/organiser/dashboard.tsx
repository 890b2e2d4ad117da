import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '~/components/ui/card'
import { requireOrganiser } from '~/utils/organiser.server'

export const meta: MetaFunction = () => [{ title: 'Quản trị · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db } = context.services
  const where = { organisationId: user.organisationId }
  const [units, banks, contests, live, recent] = await Promise.all([
    db.unit.count({ where }),
    db.questionBank.count({ where }),
    db.contest.count({ where }),
    db.liveSession.count({ where }),
    db.auditLog.findMany({ where, orderBy: { at: 'desc' }, take: 8, select: { id: true, action: true, at: true, actor: { select: { fullName: true } } } }),
  ])
  return { counts: { units, banks, contests, live }, recent: recent.map((r) => ({ ...r, at: r.at.toISOString() })) }
}

export default function Dashboard() {
  const { t } = useTranslation()
  const { counts, recent } = useLoaderData<typeof loader>()
  const tiles = [
    { label: t('nav.units'), value: counts.units, to: '/organiser/units' },
    { label: t('nav.banks'), value: counts.banks, to: '/organiser/banks' },
    { label: t('nav.contests'), value: counts.contests, to: '/organiser/contests' },
    { label: t('nav.live'), value: counts.live, to: '/organiser/live' },
  ]
  return (
    <div>
      <PageHeader title={t('nav.organiser')} />
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {tiles.map((tile) => (
          <Link key={tile.to} to={tile.to} className="no-underline hover:no-underline">
            <Card className="hover:border-brand-700">
              <p className="text-sm text-ink-600">{tile.label}</p>
              <p className="mt-1 text-3xl font-semibold text-ink-900">{tile.value}</p>
            </Card>
          </Link>
        ))}
      </div>
      <h2 className="mb-3 mt-8 text-lg">Hoạt động gần đây</h2>
      {recent.length === 0 ? (
        <p className="text-ink-600">Chưa có thay đổi nào.</p>
      ) : (
        <ul className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white">
          {recent.map((r) => (
            <li key={r.id} className="flex justify-between gap-4 px-4 py-2 text-sm">
              <span>
                <code>{r.action}</code> · {r.actor?.fullName ?? '—'}
              </span>
              <time dateTime={r.at} className="text-ink-600">
                {new Date(r.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}
              </time>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
