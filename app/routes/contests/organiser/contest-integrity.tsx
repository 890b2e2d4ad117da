import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { findDuplicateIdentities } from '~/core/contest/duplicate-identities'
import { formatVietnamDate } from '~/core/contest/vietnam-time'
import { ContestTabs } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'

export const meta: MetaFunction = () => [{ title: 'Kiểm tra gian lận · Quản trị · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { contest } = await requireOrganiserContest(request, context, params.contestId)
  const db = context.services.db
  const [registrations, switches] = await Promise.all([
    db.registration.findMany({
      where: { contestId: contest.id },
      select: { id: true, userId: true, unitId: true, createdAt: true, unit: { select: { name: true } }, user: { select: { fullName: true, dateOfBirth: true, phone: true, email: true } } },
    }),
    db.attempt.findMany({
      where: { round: { contestId: contest.id }, tabSwitches: { gt: 0 } },
      orderBy: { tabSwitches: 'desc' },
      take: 200,
      select: { id: true, number: true, tabSwitches: true, status: true, round: { select: { title: true } }, user: { select: { fullName: true, phone: true } } },
    }),
  ])
  const byId = new Map(registrations.map((r) => [r.id, r]))
  const groups = findDuplicateIdentities(
    registrations.map((r) => ({ registrationId: r.id, userId: r.userId, fullName: r.user.fullName, dateOfBirth: r.user.dateOfBirth?.toISOString() ?? null, unitId: r.unitId })),
  )
  return {
    contest: { id: contest.id, title: contest.title },
    duplicates: groups.map((g) => ({
      key: g.key,
      members: g.members.map((m) => {
        const r = byId.get(m.registrationId)
        return {
          registrationId: m.registrationId,
          fullName: r?.user.fullName ?? '',
          dateOfBirth: r?.user.dateOfBirth ? formatVietnamDate(r.user.dateOfBirth) : '',
          contact: r?.user.phone ?? r?.user.email ?? '',
          unitName: r?.unit?.name ?? '—',
          registeredAt: r?.createdAt.toISOString() ?? '',
        }
      }),
    })),
    switches: switches.map((s) => ({ id: s.id, round: s.round.title, number: s.number, tabSwitches: s.tabSwitches, open: s.status === 'OPEN', fullName: s.user.fullName, phone: s.user.phone })),
  }
}

export default function Integrity() {
  const { t } = useTranslation()
  const { contest, duplicates, switches } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-6">
      <PageHeader title={t('contests.integrity.title')} lead={contest.title} />
      <ContestTabs contestId={contest.id} />
      <p className="text-sm text-ink-700">{t('contests.integrity.lead')}</p>
      <section aria-labelledby="dup-heading" className="space-y-3">
        <h2 id="dup-heading" className="text-lg">
          {t('contests.integrity.duplicates', { count: duplicates.length })}
        </h2>
        {duplicates.length === 0 ? (
          <EmptyState title={t('contests.integrity.noDuplicates')} />
        ) : (
          duplicates.map((g) => (
            <div key={g.key} className="rounded-xl border border-warn-700 bg-white p-4">
              <ul className="divide-y divide-ink-100 text-sm">
                {g.members.map((m) => (
                  <li key={m.registrationId} className="flex flex-wrap justify-between gap-2 py-2">
                    <span className="font-medium">{m.fullName}</span>
                    <span>{m.dateOfBirth}</span>
                    <span>{m.unitName}</span>
                    <span className="text-ink-600">{m.contact}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="tab-heading" className="space-y-3">
        <h2 id="tab-heading" className="text-lg">
          {t('contests.integrity.tabSwitches')}
        </h2>
        {switches.length === 0 ? (
          <EmptyState title={t('contests.integrity.noSwitches')} />
        ) : (
          <div className="overflow-x-auto rounded-xl border border-ink-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-ink-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('contests.results.name')}</th>
                  <th scope="col" className="px-3 py-2">{t('contests.stats.round')}</th>
                  <th scope="col" className="px-3 py-2">{t('contests.integrity.attempt')}</th>
                  <th scope="col" className="px-3 py-2">{t('contests.results.tabSwitches')}</th>
                </tr>
              </thead>
              <tbody>
                {switches.map((s) => (
                  <tr key={s.id} className="border-t border-ink-100">
                    <td className="px-3 py-2">
                      {s.fullName} <span className="block text-xs text-ink-600">{s.phone}</span>
                    </td>
                    <td className="px-3 py-2">{s.round}</td>
                    <td className="px-3 py-2">
                      {s.number}
                      {s.open ? ` (${t('contests.start.inProgress')})` : ''}
                    </td>
                    <td className="px-3 py-2">
                      <span className="rounded bg-warn-50 px-1.5 font-medium text-warn-700">{s.tabSwitches}</span>
                    </td>
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
