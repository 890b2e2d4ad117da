import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { roundPhase } from '~/core/contest/round-phase'
import { questionsPerAttempt } from '~/core/contest/round-rules'
import { formatDuration, formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { listOwnRoundCertificates } from '~/models/certificates/certificates.server'
import { startAttempt } from '~/models/contests/attempt.server'
import { myAttempts, myResult, registrationOf } from '~/models/contests/participant.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'
import { limit, waitInWords } from '~/utils/rate-limit.server'
import { redirectWithToast } from '~/utils/toast.server'
import { StatusBadge } from './organiser/contest-tabs'
import { ProvisionalBoard } from './provisional-board'
import { provisionalBoard, requirePublicRound } from './round-page.server'
import { RoundRulesSummary } from './round-rules-summary'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.round.title ?? 'Vòng thi'} · ${data?.contest.title ?? ''} · Thi Pháp Luật` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { round, rules } = await requirePublicRound(context, params.slug, params.roundId)
  const user = await getOptionalUser(request, context)
  const db = context.services.db
  const now = new Date()
  const phase = roundPhase(round, now)
  const finalised = phase === 'finalised'
  const registered = user ? (await registrationOf(db, round.contest.id, user.id)) !== null : false
  const attempts = user ? await myAttempts(db, round.id, user.id, finalised) : []
  const open = attempts.find((a) => a.status === 'OPEN') ?? null
  const result = user && finalised ? await myResult(db, round.id, user.id) : null
  const certificates = user && finalised ? await listOwnRoundCertificates(db, user.id, round.id) : []
  const board = phase === 'open' || phase === 'closed' ? await provisionalBoard(context, round.id, rules, user?.id ?? null) : null
  return {
    contest: { slug: round.contest.slug, title: round.contest.title },
    round: { id: round.id, title: round.title, phase, opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString(), actualAllCorrect: round.actualAllCorrect },
    rules,
    questions: questionsPerAttempt(rules.draw),
    hasPrediction: round.predictionVersionId !== null,
    signedIn: user !== null,
    registered,
    attempts,
    open: open ? { id: open.id, deadlineAt: open.deadlineAt } : null,
    attemptsLeft: rules.attemptsAllowed === null ? null : Math.max(0, rules.attemptsAllowed - attempts.length),
    result: result ? { ...result, prize: result.prize } : null,
    certificates,
    board,
    serverNow: now.toISOString(),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const { round } = await requirePublicRound(context, params.slug, params.roundId)
  await readForm(request, context)
  const here = `/contests/${round.contest.slug}/rounds/${round.id}`
  const limited = await limit(context, 'attemptStartPerUser', user.id)
  if (!limited.ok) return redirectWithToast(request, context, here, { kind: 'error', message: `Bạn bắt đầu lượt thi quá nhiều lần. Vui lòng thử lại sau ${waitInWords(limited.retryAfterSeconds)}.` })
  const started = await startAttempt(context.services.db, { roundId: round.id, userId: user.id, now: new Date() })
  if (started.ok) return redirectWithToast(request, context, `${here}/attempt`, { kind: 'info', message: 'Lượt thi đã bắt đầu. Mỗi câu trả lời được lưu ngay khi bạn chọn.' })
  if (started.code === 'open_attempt') return redirectWithToast(request, context, `${here}/attempt`, { kind: 'error', message: started.message })
  if (started.code === 'not_registered') return redirectWithToast(request, context, `/contests/${round.contest.slug}`, { kind: 'error', message: started.message })
  return redirectWithToast(request, context, here, { kind: 'error', message: started.message })
}

export default function RoundPage() {
  const { t } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const { contest, round, rules, attempts, open, result } = data
  const navigation = useNavigation()
  const location = useLocation()
  const base = `/contests/${contest.slug}/rounds/${round.id}`
  const finalised = round.phase === 'finalised'
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link to={`/contests/${contest.slug}`} className="text-sm">
          ← {contest.title}
        </Link>
        <h1 className="mt-1 text-2xl sm:text-3xl">{round.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-700">
          <StatusBadge status={round.phase} label={t(`contests.phase.${round.phase}`)} />
          {formatVietnamDateTime(round.opensAt)} → {formatVietnamDateTime(round.closesAt)}
        </p>
      </div>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.start.rulesTitle')}</h2>
        <RoundRulesSummary rules={rules} questions={data.questions} hasPrediction={data.hasPrediction} />
        <p className="text-sm text-ink-600">{t('contests.start.autosave')}</p>

        {round.phase === 'open' ? (
          !data.signedIn ? (
            <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`} className={buttonClass('primary', 'lg', 'w-full sm:w-auto')}>
              {t('contests.start.loginToStart')}
            </Link>
          ) : !data.registered ? (
            <>
              <Alert tone="info">{t('contests.start.registerFirst')}</Alert>
              <Link to={`/contests/${contest.slug}`} className={buttonClass('primary', 'lg', 'w-full sm:w-auto')}>
                {t('contests.register.title')}
              </Link>
            </>
          ) : open ? (
            <Link to={`${base}/attempt`} className={buttonClass('primary', 'lg', 'w-full sm:w-auto')}>
              {t('contests.start.resume', { at: formatVietnamDateTime(open.deadlineAt) })}
            </Link>
          ) : data.attemptsLeft === 0 ? (
            <Alert tone="info">{t('contests.start.noneLeft')}</Alert>
          ) : (
            <Form method="post">
              <CsrfInput />
              <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={navigation.state === 'submitting'}>
                {t('contests.start.start')}
              </Button>
              <p className="mt-2 text-sm text-ink-600">
                {data.attemptsLeft === null ? t('contests.start.unlimited') : t('contests.start.left', { count: data.attemptsLeft })}
              </p>
            </Form>
          )
        ) : round.phase === 'upcoming' ? (
          <Alert tone="info">{t('contests.start.upcoming', { at: formatVietnamDateTime(round.opensAt) })}</Alert>
        ) : round.phase === 'closed' ? (
          <Alert tone="info">{t('contests.start.closed')}</Alert>
        ) : null}
      </Card>

      {finalised ? (
        <Card className="space-y-2">
          <h2 className="text-lg">{t('contests.start.resultTitle')}</h2>
          <p>{t('contests.start.allCorrect', { count: round.actualAllCorrect ?? 0 })}</p>
          {result ? (
            <p className="text-lg">
              {t('contests.start.myRank', { rank: result.rank, score: result.score })}
              {result.prize ? <strong className="ml-2 text-brand-800">{t(`contests.prize.${result.prize}`)}</strong> : null}
            </p>
          ) : data.signedIn ? (
            <p className="text-ink-600">{t('contests.start.noResult')}</p>
          ) : null}
          {data.certificates.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              {data.certificates.map((c) => (
                <a key={c.id} href={`/account/certificates/${c.id}/pdf`} className={buttonClass('primary', 'sm')} download>
                  {t('certificates.downloadMine')}
                </a>
              ))}
              <Link to="/account/certificates" className={buttonClass('secondary', 'sm')}>
                {t('certificates.mine')}
              </Link>
            </div>
          ) : null}
          <Link to={`${base}/results`}>{t('contests.start.publicResults')}</Link>
        </Card>
      ) : null}

      {attempts.length > 0 ? (
        <section aria-labelledby="mine-heading" className="rounded-xl border border-ink-200 bg-white p-4">
          <h2 id="mine-heading" className="text-lg">
            {t('contests.start.myAttempts')}
          </h2>
          {!finalised ? <p className="mt-1 text-sm text-ink-600">{t('contests.start.scoresLater')}</p> : null}
          <ul className="mt-3 divide-y divide-ink-100">
            {attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {t('contests.start.attemptN', { n: a.number })} · <span className="text-ink-600">{formatVietnamDateTime(a.startedAt)}</span>
                </span>
                <span className="text-sm">
                  {a.status === 'OPEN'
                    ? t('contests.start.inProgress')
                    : `${t(`contests.attemptStatus.${a.status}`)}${a.timeTakenMs !== null ? ` · ${formatDuration(a.timeTakenMs)}` : ''}`}
                  {a.score !== null ? ` · ${t('contests.start.score', { score: a.score, max: a.maxScore })}` : ''}
                  {finalised && a.status !== 'OPEN' ? (
                    <>
                      {' · '}
                      <Link to={`${base}/attempts/${a.id}`}>{t('contests.start.review')}</Link>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {data.board !== null || round.phase === 'open' ? <ProvisionalBoard initial={data.board} url={`${base}/leaderboard`} live={round.phase === 'open'} /> : null}
    </div>
  )
}
