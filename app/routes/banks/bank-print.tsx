import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass } from '~/components/ui/button'
import { cn } from '~/components/ui/cn'
import { optionLetter } from '~/core/questions/question-draft'
import { filtersToParams, parseQuestionFilters } from '~/core/questions/question-filters'
import { requireBank } from '~/models/banks.server'
import { listQuestionsForExport } from '~/models/questions.server'
import { requireOrganiser } from '~/utils/organiser.server'

export const handle = { bare: true }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `In: ${data?.bank.name ?? ''} · Thi Pháp Luật` }]

const MODES = ['questions', 'key', 'both'] as const
type Mode = (typeof MODES)[number]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const url = new URL(request.url)
  const filters = parseQuestionFilters(url.searchParams)
  const raw = url.searchParams.get('mode')
  const mode: Mode = (MODES as readonly string[]).includes(raw ?? '') ? (raw as Mode) : 'both'
  const questions = await listQuestionsForExport(db, bank.id, filters)
  return {
    bank: { id: bank.id, name: bank.name },
    mode,
    selection: filtersToParams(filters).toString(),
    printedAt: new Date().toISOString(),
    questions: questions.map((q) => ({ id: q.id, type: q.type, stem: q.stem, options: q.options, source: q.source })),
  }
}

/** Questions with answer boxes for participants, and/or the answer key with sources, laid out for paper. */
export default function BankPrint() {
  const { t } = useTranslation()
  const { bank, mode, selection, printedAt, questions } = useLoaderData<typeof loader>()
  const modeHref = (m: Mode) => `?${new URLSearchParams([...new URLSearchParams(selection), ['mode', m]])}`
  const date = new Date(printedAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  const showQuestions = mode !== 'key'
  const showKey = mode !== 'questions'
  return (
    <div className="mx-auto max-w-3xl bg-white px-6 py-6 text-ink-900 print:max-w-none print:px-0 print:py-0">
      <div className="mb-6 flex flex-wrap items-center gap-2 print:hidden">
        <Link to={`/organiser/banks/${bank.id}?${selection}`} className={buttonClass('ghost', 'sm')}>
          ← {t('banks.print.back')}
        </Link>
        <nav aria-label={t('banks.bank.printSheet')} className="flex gap-1">
          {MODES.map((m) => (
            <Link key={m} to={modeHref(m)} aria-current={m === mode ? 'page' : undefined} className={buttonClass(m === mode ? 'primary' : 'secondary', 'sm')}>
              {t(`banks.print.${m}`)}
            </Link>
          ))}
        </nav>
        <Button size="sm" className="ml-auto" onClick={() => window.print()}>
          {t('banks.print.print')}
        </Button>
      </div>

      <header className="mb-6 border-b border-ink-300 pb-3">
        <h1 className="text-2xl">{bank.name}</h1>
        <p className="text-sm text-ink-600">{t('banks.print.generated', { date, count: questions.length })}</p>
      </header>

      {questions.length === 0 ? <p>{t('banks.print.empty')}</p> : null}

      {showQuestions && questions.length > 0 ? (
        <section aria-label={t('banks.print.questions')}>
          <div className="mb-6 grid gap-2 text-sm sm:grid-cols-2">
            <p>{t('banks.print.fullName')}</p>
            <p>{t('banks.print.unit')}</p>
          </div>
          <ol className="space-y-5">
            {questions.map((q, n) => (
              <li key={q.id} className="break-inside-avoid">
                <p className="whitespace-pre-wrap break-words font-medium">
                  {t('banks.print.number')} {n + 1}. {q.stem}
                </p>
                {q.type === 'prediction' ? (
                  <p className="mt-2">{t('banks.print.predictionLine')}</p>
                ) : (
                  <ul className="mt-2 space-y-1">
                    {q.options.map((o, i) => (
                      <li key={i} className="flex gap-2">
                        <span aria-hidden className="mt-0.5 inline-block h-4 w-4 shrink-0 border border-ink-900" />
                        <span>
                          <strong>{optionLetter(i)}.</strong> {o.text}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {showKey && questions.length > 0 ? (
        <section className={cn(showQuestions && 'mt-10 break-before-page')} aria-labelledby="key-title">
          <h2 id="key-title" className="mb-3 text-xl">
            {t('banks.print.keyTitle')}
          </h2>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink-900">
                <th scope="col" className="w-14 py-1 pr-2">{t('banks.print.number')}</th>
                <th scope="col" className="w-24 py-1 pr-2">{t('banks.print.answer')}</th>
                <th scope="col" className="py-1">{t('banks.bank.source')}</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q, n) => (
                <tr key={q.id} className="break-inside-avoid border-b border-ink-300 align-top">
                  <td className="py-1 pr-2">{n + 1}</td>
                  <td className="py-1 pr-2 font-semibold">
                    {q.type === 'prediction' ? '—' : q.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])).join(', ')}
                  </td>
                  <td className="py-1">{[q.source.article, q.source.document].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  )
}
