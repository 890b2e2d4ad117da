import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui/button'
import { EmptyState, PageHeader } from '~/components/ui/card'
import { listQuestionSets } from '~/models/question-sets.server'
import { requireOrganiser } from '~/utils/organiser.server'

export const meta: MetaFunction = () => [{ title: 'Bộ câu hỏi đã lưu · Thi trực tiếp' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  return { sets: await listQuestionSets(context.services.db, user.organisationId) }
}

export default function QuestionSets() {
  const { t, i18n } = useTranslation()
  const { sets } = useLoaderData<typeof loader>()
  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })
  return (
    <div>
      <PageHeader
        title={t('live.sets.title')}
        lead={t('live.sets.lead')}
        actions={
          <>
            {sets.length > 0 ? (
              <Link to="/organiser/live/sets/new" className={buttonClass('primary')}>
                {t('live.sets.create')}
              </Link>
            ) : null}
            <Link to="/organiser/live" className={buttonClass('secondary')}>
              {t('live.sets.back')}
            </Link>
          </>
        }
      />
      {sets.length === 0 ? (
        <EmptyState
          title={t('live.sets.empty')}
          action={
            <Link to="/organiser/live/sets/new" className={buttonClass('primary')}>
              {t('live.sets.createFirst')}
            </Link>
          }
        >
          {t('live.sets.emptyHint')}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white" aria-label={t('live.sets.listLabel')}>
          {sets.map((s) => (
            <li key={s.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link to={`/organiser/live/sets/${s.id}`} className="font-medium">
                    {s.name}
                  </Link>
                  {s.blockedCount > 0 ? (
                    <span className="rounded-full bg-warn-50 px-2 py-0.5 text-xs font-medium text-warn-700">{t('live.sets.blocked', { count: s.blockedCount })}</span>
                  ) : null}
                </p>
                {s.description ? <p className="mt-1 text-sm text-ink-700">{s.description}</p> : null}
                <p className="mt-1 text-sm text-ink-600">
                  {t('live.sets.count', { count: s.questionCount })} · {t('live.sets.updated', { date: dateFormat.format(new Date(s.updatedAt)) })}
                  {s.createdBy ? ` · ${t('live.sets.createdBy', { name: s.createdBy })}` : ''}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link to={`/organiser/live?set=${encodeURIComponent(s.id)}`} className={buttonClass('primary', 'sm')}>
                  {t('live.sets.startSession')}
                </Link>
                <Link to={`/organiser/live/sets/${s.id}`} className={buttonClass('secondary', 'sm')}>
                  {t('live.sets.edit')}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
