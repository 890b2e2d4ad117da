import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Alert } from '~/components/ui/alert'
import { cn } from '~/components/ui/cn'
import { readLayout } from '~/core/contest/attempt-layout'
import { formatDuration } from '~/core/contest/vietnam-time'
import { getVersions } from '~/models/contests/question-versions.server'
import { attemptReview } from '~/models/contests/participant.server'
import { requireUser } from '~/utils/auth.server'
import { requirePublicRound } from './round-page.server'

export const meta: MetaFunction = () => [{ title: 'Xem lại bài thi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const { round, rules } = await requirePublicRound(context, params.slug, params.roundId)
  const roundUrl = `/contests/${round.contest.slug}/rounds/${round.id}`
  const a = await attemptReview(context.services.db, params.attemptId ?? '', user.id)
  if (!a || a.roundId !== round.id) {
    // Someone else's attempt, or a round still open: the same answer, so nothing leaks about which.
    throw new Response('Bài thi chưa có kết quả hoặc không phải của bạn', { status: 404, statusText: 'Not Found' })
  }
  const reveal = rules.revealAnswers === 'after_close'
  const layout = readLayout(a.layout)
  const versions = await getVersions(context.services.db, layout.questions.map((q) => q.versionId))
  const byId = new Map(versions.map((v) => [v.id, v]))
  const chosen = new Map(a.answers.map((x) => [x.questionVersionId, x]))
  return {
    roundUrl,
    round: { title: round.title },
    attempt: { number: a.number, score: a.score ?? 0, maxScore: a.maxScore, timeTakenMs: a.timeTakenMs ?? 0, prediction: a.prediction, expired: a.status === 'EXPIRED' },
    reveal,
    questions: layout.questions.map((q) => {
      const v = byId.get(q.versionId)
      const answer = chosen.get(q.versionId)
      const optionsById = new Map((v?.options ?? []).map((o) => [o.id, o]))
      return {
        versionId: q.versionId,
        stem: v?.stem ?? '',
        correct: reveal ? (answer?.correct ?? false) : null,
        options: q.optionIds.map((id) => ({
          id,
          text: optionsById.get(id)?.text ?? '',
          chosen: answer?.optionIds.includes(id) ?? false,
          right: reveal ? (optionsById.get(id)?.correct ?? false) : null,
        })),
        explanation: reveal ? (v?.explanation ?? null) : null,
        source: reveal && v ? { document: v.sourceDocument, article: v.sourceArticle, url: v.sourceUrl } : null,
      }
    }),
  }
}

export default function AttemptReview() {
  const { t } = useTranslation()
  const { roundUrl, round, attempt, reveal, questions } = useLoaderData<typeof loader>()
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link to={roundUrl} className="text-sm">
        ← {round.title}
      </Link>
      <h1 className="text-2xl">{t('contests.review.title', { n: attempt.number })}</h1>
      <p className="text-lg">
        {t('contests.start.score', { score: attempt.score, max: attempt.maxScore })} · {formatDuration(attempt.timeTakenMs)}
        {attempt.prediction !== null ? ` · ${t('contests.review.prediction', { value: attempt.prediction })}` : ''}
      </p>
      {attempt.expired ? <Alert tone="info">{t('contests.review.expired')}</Alert> : null}
      {!reveal ? <Alert tone="info">{t('contests.review.notRevealed')}</Alert> : null}
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <li key={q.versionId} className="rounded-xl border border-ink-200 bg-white p-4">
            <p className="text-sm font-medium text-ink-700">
              {t('contests.attempt.questionN', { n: i + 1 })}
              {q.correct !== null ? (
                <span className={cn('ml-2 rounded-full px-2 py-0.5 text-xs', q.correct ? 'bg-ok-50 text-ok-700' : 'bg-bad-50 text-bad-700')}>
                  {q.correct ? t('contests.review.right') : t('contests.review.wrong')}
                </span>
              ) : null}
            </p>
            <p className="mt-1 font-medium">{q.stem}</p>
            <ul className="mt-3 space-y-1">
              {q.options.map((o, j) => (
                <li key={o.id} className={cn('rounded-md border px-3 py-2 text-sm', o.right ? 'border-ok-700 bg-ok-50' : o.chosen && o.right === false ? 'border-bad-700 bg-bad-50' : 'border-ink-200')}>
                  <span className="font-semibold">{String.fromCharCode(65 + j)}.</span> {o.text}
                  {o.chosen ? <span className="ml-2 text-xs font-medium">({t('contests.review.yourChoice')})</span> : null}
                  {o.right ? <span className="ml-2 text-xs font-medium text-ok-700">({t('contests.review.key')})</span> : null}
                </li>
              ))}
            </ul>
            {q.explanation ? <p className="mt-3 text-sm text-ink-800">{q.explanation}</p> : null}
            {q.source ? (
              <p className="mt-2 text-sm text-ink-600">
                {t('contests.review.source')}: {q.source.document}
                {q.source.article ? `, ${q.source.article}` : ''}
                {q.source.url ? (
                  <>
                    {' '}
                    (<a href={q.source.url} rel="noreferrer noopener" target="_blank" className="underline">{t('contests.review.sourceLink')}</a>)
                  </>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  )
}
