import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRootData, CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { cn } from '~/components/ui/cn'
import { acceptsAnswer } from '~/core/contest/attempt-clock'
import { formatDuration } from '~/core/contest/vietnam-time'
import { openAttemptView } from '~/models/contests/attempt.server'
import { finishAndRank } from '~/models/contests/provisional-board.server'
import { requireUser } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { overallStatus, type Refusal, useAnswerSaver } from './attempt/use-answer-saver'
import { useServerCountdown } from './attempt/use-server-countdown'
import { requirePublicRound } from './round-page.server'

export const handle = { bare: true }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.round.title ?? 'Làm bài'} · Thi Pháp Luật` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { round } = await requirePublicRound(context, params.slug, params.roundId)
  const roundUrl = `/contests/${round.contest.slug}/rounds/${round.id}`
  const db = context.services.db
  const view = await openAttemptView(db, round.id, user.id)
  if (!view) throw redirect(roundUrl)
  const now = new Date()
  if (!acceptsAnswer(now, new Date(view.attempt.deadlineAt), view.attempt.graceSeconds)) {
    // The participant came back after the deadline: close it now with what was saved (the sweeper would soon).
    await finishAndRank(db, context.services.stores.leaderboard, { attemptId: view.attempt.id, now, by: 'sweeper' })
    throw await redirectWithToast(request, context, roundUrl, { kind: 'info', message: 'Đã hết thời gian làm bài. Bài của bạn đã được nộp tự động với các câu đã lưu.' })
  }
  return {
    contest: { slug: round.contest.slug, title: round.contest.title },
    round: { id: round.id, title: round.title },
    ...view,
    serverNow: now.toISOString(),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const { round } = await requirePublicRound(context, params.slug, params.roundId)
  const formData = await readForm(request, context)
  const roundUrl = `/contests/${round.contest.slug}/rounds/${round.id}`
  const attemptId = String(formData.get('attemptId') ?? '')
  const { result, boardError } = await finishAndRank(context.services.db, context.services.stores.leaderboard, { attemptId, now: new Date(), by: 'participant', userId: user.id })
  if (boardError) context.services.logger.warn({ err: boardError, attemptId }, 'provisional leaderboard not updated')
  if (!result.ok) return redirectWithToast(request, context, roundUrl, { kind: 'error', message: result.message })
  const message = result.alreadyClosed
    ? 'Lượt thi này đã được nộp trước đó.'
    : result.late
      ? 'Bài nộp sau thời gian gia hạn: bài được chấm với các câu đã lưu trước khi hết giờ.'
      : 'Đã nộp bài. Điểm và đáp án sẽ được công bố khi vòng thi kết thúc.'
  return redirectWithToast(request, context, roundUrl, { kind: result.late ? 'info' : 'success', message })
}

type Question = ReturnType<typeof useLoaderData<typeof loader>>['questions'][number]

export default function AttemptPage() {
  const { t } = useTranslation()
  const data = useLoaderData<typeof loader>()
  const { attempt, questions, contest, round } = data
  const csrf = useRootData()?.csrfToken ?? ''
  const submit = useSubmit()
  const navigation = useNavigation()
  const roundUrl = `/contests/${contest.slug}/rounds/${round.id}`
  const endpoint = `/api/attempts/${attempt.id}`
  const hasPrediction = data.predictionStem !== null
  const total = questions.length + (hasPrediction ? 1 : 0)

  const [answers, setAnswers] = useState<Record<string, string[]>>(data.answers)
  const [prediction, setPrediction] = useState(attempt.prediction === null ? '' : String(attempt.prediction))
  const [index, setIndex] = useState(() => {
    const firstOpen = questions.findIndex((q) => !(data.answers[q.versionId]?.length))
    return firstOpen === -1 ? 0 : firstOpen
  })
  const [closed, setClosed] = useState<Refusal | null>(null)
  const [confirming, setConfirming] = useState(false)
  const submittedRef = useRef(false)
  const confirmRef = useRef<HTMLHeadingElement>(null)

  const saver = useAnswerSaver({ endpoint, onClosed: setClosed })
  const left = useServerCountdown(attempt.deadlineAt, data.serverNow)
  const answered = questions.filter((q) => (answers[q.versionId] ?? []).length > 0).length

  const body = useCallback(
    (fields: Record<string, string | string[]>) => {
      const p = new URLSearchParams({ csrf })
      for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x)
      return p
    },
    [csrf],
  )

  const choose = (q: Question, optionId: string) => {
    const current = answers[q.versionId] ?? []
    const next = q.type === 'multiple' ? (current.includes(optionId) ? current.filter((o) => o !== optionId) : [...current, optionId]) : [optionId]
    setAnswers((a) => ({ ...a, [q.versionId]: next }))
    saver.save(q.versionId, body({ intent: 'answer', versionId: q.versionId, optionIds: next }))
  }

  const savePrediction = (value: string) => {
    if (value.trim() === '') return
    saver.save('prediction', body({ intent: 'prediction', value }))
  }

  const doSubmit = useCallback(async () => {
    if (submittedRef.current) return
    submittedRef.current = true
    // Let answers in flight land first; the grace period covers this wait.
    await saver.flush(3000)
    submit({ csrf, attemptId: attempt.id }, { method: 'post', replace: true })
  }, [saver, submit, csrf, attempt.id])

  // Time is up: submit automatically with what was saved.
  useEffect(() => {
    if (left === 0 && !closed) void doSubmit()
  }, [left, closed, doSubmit])

  // Leaving the tab or the app is recorded: a flag for the organisers, not proof of anything.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        void fetch(endpoint, { method: 'POST', body: body({ intent: 'tab' }), keepalive: true, credentials: 'same-origin' }).catch(() => {})
      }
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => document.removeEventListener('visibilitychange', onVisibility)
  }, [endpoint, body])

  // Warn before closing the tab while an answer is still being saved.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (saver.pending && !submittedRef.current) e.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [saver.pending])

  // On a phone the confirmation is below the fold: bring it into view and give it focus.
  useEffect(() => {
    if (confirming) {
      confirmRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' })
      confirmRef.current?.focus()
    }
  }, [confirming])

  const status = overallStatus(saver.states)
  const lowTime = left <= 60_000
  const onPrediction = hasPrediction && index === questions.length
  const q = onPrediction ? null : questions[index]
  const state = q ? saver.states[q.versionId] : saver.states.prediction

  return (
    <div className="min-h-screen bg-ink-50">
      <header className="sticky top-0 z-10 border-b border-ink-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-2">
          <div className="min-w-0">
            <p className="truncate text-sm text-ink-600">{contest.title}</p>
            <p className="truncate font-medium">
              {round.title} · {t('contests.attempt.attemptN', { n: attempt.number })}
            </p>
          </div>
          <div className="text-right">
            <p
              role="timer"
              aria-label={t('contests.attempt.timeLeft')}
              className={cn('font-mono text-2xl font-semibold tabular-nums', lowTime ? 'text-bad-700' : 'text-ink-900')}
            >
              {formatDuration(left)}
            </p>
            <p aria-live="polite" className={cn('text-xs', status === 'error' ? 'text-bad-700' : 'text-ink-600')} data-save-status={status ?? 'none'}>
              {status === 'saving' ? t('contests.attempt.saving') : status === 'saved' ? t('contests.attempt.saved') : status === 'error' ? t('contests.attempt.saveError') : t('contests.attempt.notYet')}
            </p>
          </div>
        </div>
        <div className="mx-auto max-w-2xl px-4 pb-2">
          <div className="mb-1 flex justify-between text-xs text-ink-700">
            <span>{onPrediction ? t('contests.attempt.predictionStep') : t('contests.attempt.questionOf', { n: index + 1, total: questions.length })}</span>
            <span>{t('contests.attempt.answered', { n: answered, total: questions.length })}</span>
          </div>
          <div role="progressbar" aria-label={t('contests.attempt.progress')} aria-valuemin={0} aria-valuemax={total} aria-valuenow={index + 1} className="h-2 overflow-hidden rounded-full bg-ink-200">
            <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${Math.round(((index + 1) / total) * 100)}%` }} />
          </div>
        </div>
      </header>

      <main id="attempt" className="mx-auto max-w-2xl space-y-4 px-4 py-4">
        {lowTime && left > 0 ? <Alert tone="warning">{t('contests.attempt.lowTime')}</Alert> : null}
        {closed ? (
          <Alert tone="error">
            <p>{closed.message}</p>
            <Link to={roundUrl} className="mt-2 inline-block font-medium">
              {t('contests.attempt.backToRound')}
            </Link>
          </Alert>
        ) : null}

        {q ? (
          <section aria-labelledby="question-stem" className="rounded-xl border border-ink-200 bg-white p-4 shadow-sm">
            <p className="text-sm font-medium text-brand-800">{t('contests.attempt.questionN', { n: index + 1 })}</p>
            <h1 id="question-stem" className="mt-1 text-lg font-medium leading-snug sm:text-xl">
              {q.stem}
            </h1>
            <p className="mt-1 text-sm text-ink-600">{q.type === 'multiple' ? t('contests.attempt.chooseMany') : t('contests.attempt.chooseOne')}</p>
            <fieldset className="mt-4 space-y-2" disabled={closed !== null || left === 0}>
              <legend className="sr-only">{t('contests.attempt.options')}</legend>
              {q.options.map((o, i) => {
                const checked = (answers[q.versionId] ?? []).includes(o.id)
                return (
                  <label
                    key={o.id}
                    className={cn(
                      'flex min-h-[52px] cursor-pointer items-start gap-3 rounded-lg border-2 px-3 py-3 text-base',
                      checked ? 'border-brand-700 bg-brand-50' : 'border-ink-200 bg-white hover:border-ink-400',
                    )}
                  >
                    <input
                      type={q.type === 'multiple' ? 'checkbox' : 'radio'}
                      name={`q-${q.versionId}`}
                      value={o.id}
                      checked={checked}
                      onChange={() => choose(q, o.id)}
                      className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                    />
                    <span>
                      <span className="mr-1 font-semibold">{String.fromCharCode(65 + i)}.</span>
                      {o.text}
                    </span>
                  </label>
                )
              })}
            </fieldset>
          </section>
        ) : (
          <section aria-labelledby="prediction-stem" className="rounded-xl border border-ink-200 bg-white p-4 shadow-sm">
            <p className="text-sm font-medium text-brand-800">{t('contests.attempt.predictionTitle')}</p>
            <h1 id="prediction-stem" className="mt-1 text-lg font-medium leading-snug">
              {data.predictionStem}
            </h1>
            <label htmlFor="prediction" className="mt-4 block text-sm font-medium text-ink-700">
              {t('contests.attempt.predictionLabel')}
            </label>
            <input
              id="prediction"
              inputMode="numeric"
              pattern="[0-9 .,]*"
              autoComplete="off"
              value={prediction}
              disabled={closed !== null || left === 0}
              onChange={(e) => setPrediction(e.target.value)}
              onBlur={(e) => savePrediction(e.target.value)}
              className="mt-1 block w-full rounded-lg border border-ink-300 px-3 py-3 text-xl tabular-nums"
            />
            <p className="mt-1 text-sm text-ink-600">{t('contests.attempt.predictionHint')}</p>
            <Button variant="secondary" className="mt-3" onClick={() => savePrediction(prediction)} disabled={closed !== null || left === 0}>
              {t('contests.attempt.savePrediction')}
            </Button>
          </section>
        )}

        {state ? (
          <p className={cn('text-sm', state.status === 'error' ? 'text-bad-700' : 'text-ink-600')} role={state.status === 'error' ? 'alert' : undefined}>
            {state.status === 'saving' ? t('contests.attempt.saving') : state.status === 'saved' ? t('contests.attempt.savedThis') : (state.message ?? t('contests.attempt.saveErrorRetrying'))}
            {state.status === 'error' && state.retryable ? (
              <Button variant="ghost" size="sm" className="ml-2" onClick={() => saver.retry(q ? q.versionId : 'prediction')}>
                {t('contests.attempt.retry')}
              </Button>
            ) : null}
          </p>
        ) : null}

        <nav aria-label={t('contests.attempt.navigation')} className="flex gap-3">
          <Button variant="secondary" size="lg" className="flex-1" disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))}>
            ← {t('contests.attempt.previous')}
          </Button>
          {index < total - 1 ? (
            <Button size="lg" className="flex-1" onClick={() => setIndex((i) => Math.min(total - 1, i + 1))}>
              {t('contests.attempt.next')} →
            </Button>
          ) : (
            <Button size="lg" className="flex-1" onClick={() => setConfirming(true)} disabled={closed !== null}>
              {t('contests.attempt.finish')}
            </Button>
          )}
        </nav>

        <details className="rounded-xl border border-ink-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium">{t('contests.attempt.overview')}</summary>
          <ol className="mt-3 grid grid-cols-5 gap-2 sm:grid-cols-10">
            {questions.map((qq, i) => {
              const done = (answers[qq.versionId] ?? []).length > 0
              return (
                <li key={qq.versionId}>
                  <button
                    type="button"
                    onClick={() => setIndex(i)}
                    aria-current={i === index ? 'step' : undefined}
                    aria-label={t(done ? 'contests.attempt.jumpAnswered' : 'contests.attempt.jumpOpen', { n: i + 1 })}
                    className={cn('h-11 w-full rounded-md border text-sm font-medium', done ? 'border-brand-700 bg-brand-700 text-white' : 'border-ink-300 bg-white text-ink-800', i === index && 'ring-2 ring-brand-900 ring-offset-1')}
                  >
                    {i + 1}
                  </button>
                </li>
              )
            })}
          </ol>
        </details>

        {confirming || left === 0 ? (
          <section aria-labelledby="confirm-heading" className="rounded-xl border-2 border-brand-700 bg-white p-4">
            <h2 id="confirm-heading" ref={confirmRef} tabIndex={-1} className="text-lg">
              {left === 0 ? t('contests.attempt.timeUp') : t('contests.attempt.confirmTitle')}
            </h2>
            <p className="mt-1">
              {answered < questions.length ? t('contests.attempt.unanswered', { count: questions.length - answered }) : t('contests.attempt.allAnswered')}
            </p>
            <Form
              method="post"
              replace
              onSubmit={(e) => {
                e.preventDefault()
                void doSubmit()
              }}
              className="mt-3 flex gap-3"
            >
              <CsrfInput />
              <input type="hidden" name="attemptId" value={attempt.id} />
              <Button type="submit" size="lg" className="flex-1" disabled={navigation.state !== 'idle'}>
                {navigation.state !== 'idle' ? t('contests.attempt.submitting') : t('contests.attempt.submit')}
              </Button>
              {left > 0 ? (
                <Button variant="secondary" size="lg" onClick={() => setConfirming(false)}>
                  {t('contests.attempt.keepGoing')}
                </Button>
              ) : null}
            </Form>
          </section>
        ) : null}

        <p className="text-center text-xs text-ink-600">{t('contests.attempt.graceNote', { seconds: attempt.graceSeconds })}</p>
      </main>
    </div>
  )
}
