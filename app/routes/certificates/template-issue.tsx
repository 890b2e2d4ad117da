import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator, useSearchParams } from '@remix-run/react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { ProgressBar } from '~/components/ui/progress-bar'
import { cn } from '~/components/ui/cn'
import { listTemplateCertificates, revokeCertificate, templateIssueSummary } from '~/models/certificates/certificates.server'
import { declaredCertificateRule, issueLivePodium, requestContestIssue, requestRoundIssue } from '~/models/certificates/issue.server'
import { listTemplateJobs } from '~/models/certificates/jobs.server'
import { findTemplate } from '~/models/certificates/templates.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { REVOKE_REASON_MAX } from '~/core/certificates/stored-data'
import { formatDate, scoreText } from './format'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Cấp giấy chứng nhận: ${data?.template.name ?? ''} · Thi Pháp Luật` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const template = await findTemplate(db, user.organisationId, params.templateId ?? '')
  if (!template) throw new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const filter = {
    q: url.searchParams.get('q')?.slice(0, 100) ?? '',
    roundId: url.searchParams.get('round') ?? '',
    page: Number(url.searchParams.get('page') ?? 1) || 1,
  }
  const [rounds, summary, liveSessions, jobs, list] = await Promise.all([
    db.round.findMany({ where: { contestId: template.contestId }, orderBy: { position: 'asc' }, select: { id: true, title: true, status: true, rules: true } }),
    templateIssueSummary(db, template.id),
    db.liveSession.findMany({
      where: { organisationId: user.organisationId, status: 'ENDED' },
      orderBy: { endedAt: 'desc' },
      take: 50,
      select: { id: true, title: true, endedAt: true },
    }),
    listTemplateJobs(db, template.id),
    listTemplateCertificates(db, user.organisationId, template.id, { q: filter.q, roundId: filter.roundId || null, page: filter.page }),
  ])
  const counts = (roundId: string | null, liveSessionId: string | null) =>
    summary.find((s) => s.roundId === roundId && s.liveSessionId === liveSessionId) ?? { issued: 0, revoked: 0 }
  return {
    template: { id: template.id, name: template.name, contestId: template.contestId, contestTitle: template.contest.title, rules: template.rules },
    rounds: rounds.map(({ rules, ...r }) => {
      const declared = declaredCertificateRule(rules)
      const differs =
        declared !== null && (declared.prizeWinners !== template.rules.prizeWinners || declared.minScorePercent !== template.rules.minScorePercent)
      return { ...r, ...counts(r.id, null), declared, differs }
    }),
    liveSessions: liveSessions.map((s) => ({ id: s.id, title: s.title, endedAt: s.endedAt?.toISOString() ?? null, ...counts(null, s.id) })),
    jobs: jobs.map((j) => ({ ...j, createdAt: j.createdAt.toISOString(), finishedAt: j.finishedAt?.toISOString() ?? null })),
    list: {
      ...list,
      certificates: list.certificates.map((c) => ({ ...c, issuedAt: c.issuedAt.toISOString(), revokedAt: c.revokedAt?.toISOString() ?? null })),
    },
    filter,
  }
}

type ActionResult = { intent: string; id?: string; message: string; field?: string }

export async function action({ request, context, params }: ActionFunctionArgs): Promise<ActionResult | Response> {
  const user = await requireOrganiser(request, context)
  const formData = await readForm(request, context)
  const { db, extensions } = context.services
  const templateId = params.templateId ?? ''
  const here = `/organiser/certificates/templates/${templateId}/issue`
  const intent = String(formData.get('intent') ?? '')

  if (intent === 'issue-round') {
    const result = await requestRoundIssue(db, user, templateId, String(formData.get('roundId') ?? ''))
    if (!result.ok) return { intent, id: String(formData.get('roundId') ?? ''), message: result.message }
    extensions.certificateJobs?.wake()
    return redirectWithToast(request, context, here, {
      kind: 'success',
      message: result.alreadyQueued ? 'Vòng thi này đang được cấp; tiến độ ở bên dưới.' : 'Đã bắt đầu cấp giấy chứng nhận; theo dõi tiến độ ở bên dưới.',
    })
  }
  if (intent === 'issue-contest') {
    const result = await requestContestIssue(db, user, templateId)
    if (!result.ok) return { intent, message: result.message }
    extensions.certificateJobs?.wake()
    const skipped = result.skipped.length ? ` Bỏ qua vòng chưa chốt kết quả: ${result.skipped.join(', ')}.` : ''
    return redirectWithToast(request, context, here, {
      kind: 'success',
      message: `Đã bắt đầu cấp cho ${result.queued.length} vòng thi đã chốt kết quả.${skipped}`,
    })
  }
  if (intent === 'issue-live') {
    const liveSessionId = String(formData.get('liveSessionId') ?? '')
    if (!liveSessionId) return { intent, message: 'Chọn một sự kiện trực tiếp đã kết thúc.' }
    const result = await issueLivePodium(db, user, templateId, liveSessionId)
    if (!result.ok) return { intent, message: result.message }
    return redirectWithToast(request, context, here, {
      kind: 'success',
      message:
        result.created === 0
          ? `Tốp 3 của sự kiện này đã có giấy chứng nhận (${result.total}); không cấp thêm.`
          : `Đã cấp ${result.created} giấy chứng nhận cho tốp 3 sự kiện trực tiếp.`,
    })
  }
  if (intent === 'revoke') {
    const id = String(formData.get('certificateId') ?? '')
    const result = await revokeCertificate(db, user, id, String(formData.get('reason') ?? ''))
    if (!result.ok) return { intent, id, message: result.message, field: result.field }
    const back = new URL(request.url)
    return redirectWithToast(request, context, `${here}${back.search}`, { kind: 'success', message: 'Đã thu hồi giấy chứng nhận. Trang xác minh sẽ báo đã thu hồi.' })
  }
  throw new Response('Unknown intent', { status: 400 })
}

const ACTIVE = new Set(['QUEUED', 'RUNNING'])

export default function TemplateIssue() {
  const { t, i18n } = useTranslation()
  const { template, rounds, liveSessions, jobs, list, filter } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const revalidator = useRevalidator()
  const [searchParams] = useSearchParams()
  const running = jobs.some((j) => ACTIVE.has(j.status))

  // While a job runs, reload its progress every second (the job lives on the server; a page reload shows the same).
  useEffect(() => {
    if (!running) return
    const id = setInterval(() => {
      if (revalidator.state === 'idle' && document.visibilityState === 'visible') revalidator.revalidate()
    }, 1000)
    return () => clearInterval(id)
  }, [running, revalidator])

  const errorFor = (intent: string, id?: string) => (actionData && actionData.intent === intent && (id === undefined || actionData.id === id) ? actionData.message : null)
  const submitting = (intent: string, id?: string) =>
    navigation.state === 'submitting' && navigation.formData?.get('intent') === intent && (id === undefined || navigation.formData.get('roundId') === id)
  const zipHref = (query: string) => `/organiser/certificates/templates/${template.id}/zip?${query}`
  const pageHref = (page: number) => {
    const next = new URLSearchParams(searchParams)
    next.set('page', String(page))
    return `?${next}`
  }

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to={`/organiser/certificates/${template.contestId}`}>← {template.contestTitle}</Link>
      </p>
      <PageHeader
        title={t('certificates.issueTitle', { name: template.name })}
        lead={t('certificates.issueLead')}
        actions={
          <Link to={`/organiser/certificates/templates/${template.id}`} className={buttonClass('secondary', 'md', 'whitespace-nowrap')}>
            {t('certificates.editTemplate')}
          </Link>
        }
      />

      {jobs.length > 0 ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg">{t('certificates.jobs')}</h2>
          <ul className="space-y-4" aria-label={t('certificates.jobs')}>
            {jobs.slice(0, 5).map((job) => (
              <li key={job.id} data-testid="certificate-job">
                <ProgressBar
                  value={job.done}
                  max={job.status === 'DONE' ? Math.max(job.total, job.done, 1) : job.total}
                  label={`${job.round.title}: ${t(`certificates.jobStatus.${job.status}`)}`}
                />
                <p className="mt-1 text-sm text-ink-600">
                  {t('certificates.jobCounts', { done: job.done, total: job.total, created: job.created })}
                  {job.finishedAt ? ` · ${formatDate(job.finishedAt, i18n.language, true)}` : ''}
                </p>
                {job.error ? <p className="text-sm text-bad-700">{job.error}</p> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card className="mb-6">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg">{t('certificates.byRound')}</h2>
          {rounds.length > 1 ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="intent" value="issue-contest" />
              <Button type="submit" size="sm" variant="secondary" disabled={submitting('issue-contest')}>
                {t('certificates.issueAllRounds')}
              </Button>
            </Form>
          ) : null}
        </div>
        {errorFor('issue-contest') ? (
          <Alert tone="error" className="mb-3">
            {errorFor('issue-contest')}
          </Alert>
        ) : null}
        {rounds.length === 0 ? (
          <EmptyState title={t('certificates.noRounds')} />
        ) : (
          <ul className="divide-y divide-ink-200" aria-label={t('certificates.byRound')}>
            {rounds.map((round) => (
              <li key={round.id} className="py-3">
                <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-medium">{round.title}</p>
                    <p className="text-sm text-ink-600">
                      <span className={cn('mr-2 rounded px-2 py-0.5 text-xs', round.status === 'FINALISED' ? 'bg-ok-50 text-ok-700' : 'bg-warn-50 text-warn-700')}>
                        {t(`certificates.roundStatus.${round.status}`)}
                      </span>
                      {t('certificates.issuedRevoked', { issued: round.issued, revoked: round.revoked })}
                    </p>
                    {round.declared ? (
                      <p className={cn('text-sm', round.differs ? 'text-warn-700' : 'text-ink-600')}>
                        {t('certificates.declaredRule', {
                          rule: [
                            round.declared.prizeWinners ? t('certificates.declaredPrize') : null,
                            round.declared.minScorePercent !== null ? t('certificates.declaredThreshold', { percent: round.declared.minScorePercent }) : null,
                          ]
                            .filter(Boolean)
                            .join(', '),
                        })}
                        {round.differs ? ` ${t('certificates.declaredRuleDiffers')}` : ''}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <Form method="post">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="issue-round" />
                      <input type="hidden" name="roundId" value={round.id} />
                      <Button type="submit" size="sm" className="whitespace-nowrap" disabled={submitting('issue-round', round.id)} aria-label={`${t('certificates.issueRound')}: ${round.title}`}>
                        {t('certificates.issueRound')}
                      </Button>
                    </Form>
                    {round.issued - round.revoked > 0 ? (
                      <a href={zipHref(`round=${round.id}`)} className={buttonClass('secondary', 'sm', 'whitespace-nowrap')} download aria-label={`${t('certificates.downloadZip')}: ${round.title}`}>
                        {t('certificates.downloadZip')}
                      </a>
                    ) : null}
                  </div>
                </div>
                {errorFor('issue-round', round.id) ? (
                  <Alert tone="error" className="mt-2">
                    {errorFor('issue-round', round.id)}
                  </Alert>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {template.rules.livePodium ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg">{t('certificates.byLive')}</h2>
          {errorFor('issue-live') ? (
            <Alert tone="error" className="mb-3">
              {errorFor('issue-live')}
            </Alert>
          ) : null}
          {liveSessions.length === 0 ? (
            <p className="text-sm text-ink-600">{t('certificates.noLiveSessions')}</p>
          ) : (
            <>
              <Form method="post" className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
                <CsrfInput />
                <input type="hidden" name="intent" value="issue-live" />
                <SelectField label={t('certificates.liveSession')} name="liveSessionId" className="flex-1">
                  {liveSessions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                      {s.endedAt ? ` (${formatDate(s.endedAt, i18n.language)})` : ''}
                    </option>
                  ))}
                </SelectField>
                <Button type="submit" disabled={submitting('issue-live')}>
                  {t('certificates.issuePodium')}
                </Button>
              </Form>
              <ul className="space-y-1 text-sm">
                {liveSessions
                  .filter((s) => s.issued > 0)
                  .map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-2">
                      <span>
                        {s.title}: {t('certificates.issuedRevoked', { issued: s.issued, revoked: s.revoked })}
                      </span>
                      {s.issued - s.revoked > 0 ? (
                        <a href={zipHref(`live=${s.id}`)} download>
                          {t('certificates.downloadZip')}
                        </a>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </>
          )}
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 text-lg">{t('certificates.issuedList', { count: list.total })}</h2>
        <Form method="get" className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end" role="search">
          <TextField label={t('certificates.search')} name="q" defaultValue={filter.q} className="flex-1" type="search" />
          <SelectField label={t('certificates.filterRound')} name="round" defaultValue={filter.roundId}>
            <option value="">{t('certificates.allRounds')}</option>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary">
            {t('certificates.filter')}
          </Button>
        </Form>
        {list.certificates.length === 0 ? (
          <EmptyState title={filter.q || filter.roundId ? t('certificates.noMatches') : t('certificates.noneIssued')} />
        ) : (
          <ul className="divide-y divide-ink-200" aria-label={t('certificates.issuedListLabel')}>
            {list.certificates.map((c) => {
              const error = errorFor('revoke', c.id)
              return (
                <li key={c.id} className="py-3" data-testid="issued-certificate">
                  <div className="flex flex-col gap-2 md:flex-row md:items-start md:justify-between">
                    <div className="min-w-0">
                      <p className="font-medium">
                        {c.holderName}
                        {c.revokedAt ? <span className="ml-2 rounded bg-bad-50 px-2 py-0.5 text-xs text-bad-700">{t('certificates.revoked')}</span> : null}
                      </p>
                      <p className="text-sm text-ink-600">
                        {[c.unitName, c.target, c.prizeLabel, c.rank ? t('certificates.rankN', { rank: c.rank }) : null, scoreText(c.score, c.maxScore)]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      <p className="text-xs text-ink-600">
                        <span className="font-mono">{c.serial}</span> · {formatDate(c.issuedAt, i18n.language)}
                      </p>
                      {c.revokedAt ? (
                        <p className="text-sm text-bad-700">{t('certificates.revokedBecause', { reason: c.revokedReason, date: formatDate(c.revokedAt, i18n.language) })}</p>
                      ) : null}
                    </div>
                    {!c.revokedAt ? (
                      <div className="flex shrink-0 flex-wrap items-start gap-2">
                        <a href={`/organiser/certificates/issued/${c.id}/pdf`} className={buttonClass('secondary', 'sm')} download aria-label={`${t('certificates.downloadPdf')}: ${c.holderName}`}>
                          {t('certificates.downloadPdf')}
                        </a>
                        <details open={Boolean(error)} className="w-full md:w-72">
                          <summary className={buttonClass('ghost', 'sm', 'cursor-pointer list-none')}>{t('certificates.revoke')}</summary>
                          <Form method="post" className="mt-2 space-y-2" noValidate>
                            <CsrfInput />
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="certificateId" value={c.id} />
                            <TextField label={t('certificates.revokeReason', { name: c.holderName })} name="reason" maxLength={REVOKE_REASON_MAX} required errors={error} />
                            <Button type="submit" size="sm" variant="danger">
                              {t('certificates.confirmRevoke')}
                            </Button>
                          </Form>
                        </details>
                      </div>
                    ) : null}
                  </div>
                </li>
              )
            })}
          </ul>
        )}
        {list.pages > 1 ? (
          <nav aria-label={t('certificates.pages')} className="mt-4 flex items-center gap-3 text-sm">
            {list.page > 1 ? <Link to={pageHref(list.page - 1)}>{t('certificates.previousPage')}</Link> : null}
            <span>{t('certificates.pageOf', { page: list.page, pages: list.pages })}</span>
            {list.page < list.pages ? <Link to={pageHref(list.page + 1)}>{t('certificates.nextPage')}</Link> : null}
          </nav>
        ) : null}
      </Card>
    </div>
  )
}
