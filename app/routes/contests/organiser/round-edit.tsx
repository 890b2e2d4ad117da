import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, PageHeader } from '~/components/ui/card'
import { finaliseAllowedAt, roundPhase } from '~/core/contest/round-phase'
import { questionsPerAttempt, roundRulesSchema } from '~/core/contest/round-rules'
import { formatVietnamDateTime, toVietnamLocal } from '~/core/contest/vietnam-time'
import { checkRoundBank, closeRoundNow, findOrganiserRound, publishRound, unpublishRound, updateRound } from '~/models/contests/round.server'
import { finaliseRound } from '~/models/contests/round-finalise.server'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { RoundRulesSummary } from '../round-rules-summary'
import { ContestTabs, StatusBadge } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'
import { RoundEditor } from './round-editor'
import { roundEditorChoices } from './round-editor.server'
import { formDefaults, roundFormSchema, roundInputFromForm } from './round-form'

export const meta: MetaFunction = () => [{ title: 'Vòng thi · Quản trị · Thi Pháp Luật' }]

async function loadRound(request: Request, context: LoaderFunctionArgs['context'], params: LoaderFunctionArgs['params']) {
  const found = await requireOrganiserContest(request, context, params.contestId)
  const round = await findOrganiserRound(context.services.db, found.user.organisationId, found.contest.id, params.roundId ?? '')
  if (!round) throw new Response('Không tìm thấy vòng thi', { status: 404, statusText: 'Not Found' })
  return { ...found, round }
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest, round } = await loadRound(request, context, params)
  const now = new Date()
  const parsed = roundRulesSchema.safeParse(round.rules)
  const rules = parsed.success ? parsed.data : null
  const bank = rules && round.status === 'DRAFT' ? await checkRoundBank(context.services.db, user.organisationId, rules.draw) : null
  const [openAttempts, submitted] = await Promise.all([
    context.services.db.attempt.count({ where: { roundId: round.id, status: 'OPEN' } }),
    context.services.db.attempt.count({ where: { roundId: round.id, status: { not: 'OPEN' } } }),
  ])
  return {
    contest: { id: contest.id, title: contest.title, slug: contest.slug },
    round: {
      id: round.id,
      title: round.title,
      status: round.status,
      phase: roundPhase(round, now),
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      pinned: round.pinnedVersionIds.length,
      hasPrediction: round.predictionVersionId !== null,
      finalisedAt: round.finalisedAt?.toISOString() ?? null,
      actualAllCorrect: round.actualAllCorrect,
      results: round._count.results,
      canFinaliseAt: rules ? new Date(finaliseAllowedAt(round.closesAt, rules.graceSeconds)).toISOString() : null,
    },
    rules,
    questions: rules ? questionsPerAttempt(rules.draw) : 0,
    bankShortages: bank?.shortages.map((s) => s.message) ?? [],
    counts: { openAttempts, submitted },
    choices: round.status === 'DRAFT' ? await roundEditorChoices(context, user.organisationId) : null,
    defaults:
      round.status === 'DRAFT' && rules
        ? formDefaults({ title: round.title, opensAt: toVietnamLocal(round.opensAt), closesAt: toVietnamLocal(round.closesAt), rules })
        : null,
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { contest, round, actor } = await loadRound(request, context, params)
  const formData = await readForm(request, context)
  const intent = formData.get('intent')
  const db = context.services.db
  const here = `/organiser/contests/${contest.id}/rounds/${round.id}`
  const now = new Date()
  if (intent === 'publish') {
    const r = await publishRound(db, actor, contest.id, round.id, now)
    if (!r.ok) return { publishError: { message: r.message, shortages: r.shortages?.map((s) => s.message) ?? [] } }
    return redirectWithToast(request, context, here, { kind: 'success', message: `Đã công bố vòng thi. Thể lệ đã khoá; ${r.pinned} câu hỏi đã được chốt phiên bản.` })
  }
  if (intent === 'unpublish') {
    const r = await unpublishRound(db, actor, contest.id, round.id)
    return redirectWithToast(request, context, here, r.ok ? { kind: 'success', message: 'Đã huỷ công bố vòng thi.' } : { kind: 'error', message: r.message })
  }
  if (intent === 'close') {
    const r = await closeRoundNow(db, actor, contest.id, round.id, now)
    return redirectWithToast(request, context, here, r.ok ? { kind: 'success', message: 'Đã đóng vòng thi. Các lượt đang làm được nộp khi hết thời gian gia hạn.' } : { kind: 'error', message: r.message })
  }
  if (intent === 'finalise') {
    const r = await finaliseRound(db, { roundId: round.id, now, actor })
    if (!r.ok) return redirectWithToast(request, context, here, { kind: 'error', message: r.message })
    return redirectWithToast(request, context, here, {
      kind: 'success',
      message: r.alreadyFinalised ? 'Kết quả vòng thi đã được chốt trước đó; không có gì thay đổi.' : `Đã chốt kết quả: ${r.participants} người dự thi, ${r.actualAllCorrect} người trả lời đúng tất cả.`,
    })
  }
  const submission = parseWithZod(formData, { schema: roundFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const updated = await updateRound(db, actor, contest.id, round.id, roundInputFromForm(submission.value))
  if (!updated.ok) return submission.reply(updated.field ? { fieldErrors: { [updated.field]: [updated.message] } } : { formErrors: [updated.message] })
  return redirectWithToast(request, context, here, { kind: 'success', message: 'Đã lưu vòng thi.' })
}

function Intent({ intent, label, variant = 'secondary', confirm }: { intent: string; label: string; variant?: 'primary' | 'secondary' | 'danger'; confirm?: string }) {
  const navigation = useNavigation()
  return (
    <Form
      method="post"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault()
      }}
    >
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <Button type="submit" variant={variant} disabled={navigation.state === 'submitting'}>
        {label}
      </Button>
    </Form>
  )
}

export default function RoundPage() {
  const { t } = useTranslation()
  const { contest, round, rules, questions, bankShortages, counts, choices, defaults } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const publishError = actionData && 'publishError' in actionData ? actionData.publishError : null
  const formResult = actionData && !('publishError' in actionData) ? actionData : undefined
  return (
    <div>
      <PageHeader
        title={round.title}
        lead={
          <>
            <Link to={`/organiser/contests/${contest.id}`}>{contest.title}</Link> · <StatusBadge status={round.phase} label={t(`contests.phase.${round.phase}`)} />
          </>
        }
      />
      <ContestTabs contestId={contest.id} />
      {publishError ? (
        <Alert tone="error" className="mb-6">
          <p className="font-medium">{publishError.message}</p>
          {publishError.shortages.length ? (
            <ul className="mt-1 list-disc pl-5">
              {publishError.shortages.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      {round.status === 'DRAFT' ? (
        <div className="space-y-6">
          <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium">{t('contests.round.draftTitle')}</p>
              <p className="text-sm text-ink-600">{t('contests.round.draftLead')}</p>
              {bankShortages.length ? (
                <Alert tone="warning" className="mt-2">
                  <p className="font-medium">{t('contests.round.cannotPublish')}</p>
                  <ul className="list-disc pl-5">
                    {bankShortages.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </Alert>
              ) : null}
            </div>
            <Intent intent="publish" label={t('contests.round.publish')} variant="primary" confirm={t('contests.round.publishConfirm')} />
          </Card>
          {choices && defaults ? (
            <RoundEditor contestId={contest.id} defaultValue={defaults} choices={choices} lastResult={formResult} submitLabel={t('contests.round.save')} />
          ) : (
            <Alert tone="error">{t('contests.round.rulesBroken')}</Alert>
          )}
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <Card className="space-y-3">
            <h2 className="text-lg">{t('contests.round.lockedRules')}</h2>
            <p className="text-sm text-ink-700">
              {formatVietnamDateTime(round.opensAt)} → {formatVietnamDateTime(round.closesAt)} ({t('contests.round.vietnamTime')})
            </p>
            {rules ? <RoundRulesSummary rules={rules} questions={questions} hasPrediction={round.hasPrediction} /> : null}
            <p className="text-sm text-ink-600">{t('contests.round.pinned', { count: round.pinned })}</p>
          </Card>
          <Card className="space-y-3">
            <h2 className="text-lg">{t('contests.round.actions')}</h2>
            <p className="text-sm">{t('contests.round.attemptCounts', { open: counts.openAttempts, done: counts.submitted })}</p>
            {round.phase === 'finalised' ? (
              <>
                <p className="text-sm">{t('contests.round.finalisedAt', { at: formatVietnamDateTime(round.finalisedAt ?? round.closesAt), count: round.results, allCorrect: round.actualAllCorrect ?? 0 })}</p>
                <Link to={`/organiser/contests/${contest.id}/results?round=${round.id}`} className={buttonClass('primary', 'md', 'w-full')}>
                  {t('contests.round.viewResults')}
                </Link>
                <Link to={`/contests/${contest.slug}/rounds/${round.id}/results`} className={buttonClass('secondary', 'md', 'w-full')}>
                  {t('contests.round.publicResults')}
                </Link>
              </>
            ) : null}
            {round.phase === 'upcoming' || round.phase === 'open' ? <Intent intent="close" label={t('contests.round.closeNow')} variant="danger" confirm={t('contests.round.closeConfirm')} /> : null}
            {round.phase === 'upcoming' || (round.phase === 'open' && counts.openAttempts + counts.submitted === 0) ? (
              <Intent intent="unpublish" label={t('contests.round.unpublish')} />
            ) : null}
            {round.phase === 'closed' ? (
              <>
                <p className="text-sm text-ink-700">{t('contests.round.finaliseHint', { at: round.canFinaliseAt ? formatVietnamDateTime(round.canFinaliseAt) : '' })}</p>
                <Intent intent="finalise" label={t('contests.round.finalise')} variant="primary" confirm={t('contests.round.finaliseConfirm')} />
              </>
            ) : null}
          </Card>
        </div>
      )}
    </div>
  )
}
