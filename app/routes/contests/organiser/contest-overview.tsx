import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { readEligibility } from '~/core/contest/eligibility'
import { readRegistrationFields } from '~/core/contest/registration-fields'
import { roundPhase } from '~/core/contest/round-phase'
import { formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { cloneContest, setContestStatus } from '~/models/contests/contest.server'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { ContestTabs, StatusBadge } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'

export const meta: MetaFunction = () => [{ title: 'Cuộc thi · Quản trị · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { contest } = await requireOrganiserContest(request, context, params.contestId)
  const now = new Date()
  const eligibility = readEligibility(contest.eligibility)
  const units = eligibility.unitIds.length
    ? await context.services.db.unit.findMany({ where: { id: { in: eligibility.unitIds } }, select: { name: true } })
    : []
  return {
    contest: {
      id: contest.id,
      slug: contest.slug,
      title: contest.title,
      status: contest.status,
      registrations: contest._count.registrations,
      minAge: eligibility.minAge ?? null,
      maxAge: eligibility.maxAge ?? null,
      units: units.map((u) => u.name),
      fields: readRegistrationFields(contest.registrationFields).map((f) => f.label),
    },
    rounds: contest.rounds.map((r) => ({
      id: r.id,
      title: r.title,
      opensAt: r.opensAt.toISOString(),
      closesAt: r.closesAt.toISOString(),
      phase: roundPhase(r, now),
      attempts: r._count.attempts,
    })),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { contest, actor } = await requireOrganiserContest(request, context, params.contestId)
  const formData = await readForm(request, context)
  const intent = formData.get('intent')
  const db = context.services.db
  const back = `/organiser/contests/${contest.id}`
  if (intent === 'clone') {
    const r = await cloneContest(db, actor, contest.id)
    if (!r.ok) return redirectWithToast(request, context, back, { kind: 'error', message: r.message })
    return redirectWithToast(request, context, `/organiser/contests/${r.value.id}`, { kind: 'success', message: 'Đã nhân bản cuộc thi. Các vòng thi của bản sao đang ở dạng nháp.' })
  }
  const to = intent === 'publish' ? 'PUBLISHED' : intent === 'archive' ? 'ARCHIVED' : intent === 'draft' ? 'DRAFT' : null
  if (!to) return redirectWithToast(request, context, back, { kind: 'error', message: 'Thao tác không hợp lệ' })
  const r = await setContestStatus(db, actor, contest.id, to)
  const messages = { PUBLISHED: 'Đã công bố cuộc thi: người dự thi có thể xem và đăng ký.', ARCHIVED: 'Đã lưu trữ cuộc thi.', DRAFT: 'Cuộc thi đã về bản nháp.' }
  return redirectWithToast(request, context, back, r.ok ? { kind: 'success', message: messages[to] } : { kind: 'error', message: r.message })
}

function IntentButton({ intent, label, variant = 'secondary' }: { intent: string; label: string; variant?: 'primary' | 'secondary' | 'danger' }) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </Form>
  )
}

export default function ContestOverview() {
  const { t } = useTranslation()
  const { contest, rounds } = useLoaderData<typeof loader>()
  return (
    <div>
      <PageHeader
        title={contest.title}
        lead={<StatusBadge status={contest.status} label={t(`contests.contestStatus.${contest.status}`)} />}
        actions={
          <>
            <Link to={`/organiser/contests/${contest.id}/edit`} className={buttonClass('secondary')}>
              {t('contests.overview.edit')}
            </Link>
            {contest.status === 'DRAFT' ? <IntentButton intent="publish" label={t('contests.overview.publish')} variant="primary" /> : null}
            {contest.status === 'PUBLISHED' ? (
              <Link to={`/contests/${contest.slug}`} className={buttonClass('secondary')}>
                {t('contests.overview.viewPublic')}
              </Link>
            ) : null}
            {contest.status === 'PUBLISHED' ? <IntentButton intent="archive" label={t('contests.overview.archive')} /> : null}
            {contest.status === 'ARCHIVED' ? <IntentButton intent="publish" label={t('contests.overview.republish')} /> : null}
            <IntentButton intent="clone" label={t('contests.overview.clone')} />
          </>
        }
      />
      <ContestTabs contestId={contest.id} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="rounds-heading">
          <div className="mb-3 flex items-center justify-between">
            <h2 id="rounds-heading" className="text-lg">
              {t('contests.overview.rounds')}
            </h2>
            <Link to={`/organiser/contests/${contest.id}/rounds/new`} className={buttonClass('primary', 'sm')}>
              {t('contests.overview.addRound')}
            </Link>
          </div>
          {rounds.length === 0 ? (
            <EmptyState title={t('contests.overview.noRoundsTitle')}>{t('contests.overview.noRounds')}</EmptyState>
          ) : (
            <ul className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white">
              {rounds.map((r) => (
                <li key={r.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <Link to={`/organiser/contests/${contest.id}/rounds/${r.id}`} className="font-medium">
                      {r.title}
                    </Link>
                    <p className="text-sm text-ink-600">
                      {formatVietnamDateTime(r.opensAt)} → {formatVietnamDateTime(r.closesAt)} · {t('contests.overview.attempts', { count: r.attempts })}
                    </p>
                  </div>
                  <StatusBadge status={r.phase} label={t(`contests.phase.${r.phase}`)} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <Card className="space-y-2 text-sm">
          <h2 className="text-base">{t('contests.overview.facts')}</h2>
          <p>{t('contests.overview.registrations', { count: contest.registrations })}</p>
          <p>
            {t('contests.overview.age')}:{' '}
            {contest.minAge === null && contest.maxAge === null
              ? t('contests.overview.anyAge')
              : `${contest.minAge ?? 0}–${contest.maxAge ?? '∞'}`}
          </p>
          <p>
            {t('contests.overview.units')}: {contest.units.length ? contest.units.join(', ') : t('contests.overview.allUnits')}
          </p>
          <p>
            {t('contests.overview.fields')}: {contest.fields.length ? contest.fields.join(', ') : '—'}
          </p>
        </Card>
      </div>
    </div>
  )
}
