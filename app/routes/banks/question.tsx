import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { QUESTION_STATUSES, type QuestionStatus } from '~/core/questions/question-draft'
import { allowedStatusChanges, STATUS_LABELS_VI } from '~/core/questions/question-status'
import type { VersionChange } from '~/core/questions/version-diff'
import { requireBank } from '~/models/banks.server'
import { MIN_RESPONSES_FOR_FLAGS, questionStatistics } from '~/models/question-quality.server'
import { getQuestion, setQuestionStatus } from '~/models/questions.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { DifficultyBadge, StatusBadge, TagChip, TypeBadge } from './ui/badges'
import { LegalSource } from './ui/legal-source'
import { OptionsView } from './ui/options-view'
import { QualityTiles } from './ui/quality-figures'

export const meta: MetaFunction = () => [{ title: 'Câu hỏi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const question = await getQuestion(db, user.organisationId, bank.id, params.questionId ?? '')
  if (!question) throw new Response('Không tìm thấy câu hỏi', { status: 404, statusText: 'Not Found' })
  const stats = (await questionStatistics(db, bank.id, question.id)).get(question.id) ?? null
  return { bank: { id: bank.id, name: bank.name }, question, stats, minResponses: MIN_RESPONSES_FOR_FLAGS }
}

const statusSchema = z.object({ to: z.enum(QUESTION_STATUSES) })

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const formData = await readForm(request, context)
  const parsed = statusSchema.safeParse({ to: formData.get('to') })
  if (!parsed.success) return { error: 'Trạng thái không hợp lệ.' }
  const questionId = params.questionId ?? ''
  const result = await setQuestionStatus(db, user, bank.id, questionId, parsed.data.to)
  if (!result.ok) return { error: result.message }
  return redirectWithToast(request, context, `/organiser/banks/${bank.id}/questions/${questionId}`, {
    kind: 'success',
    message: `Đã chuyển trạng thái sang “${STATUS_LABELS_VI[parsed.data.to]}”.`,
  })
}

const STATUS_ACTION: Record<QuestionStatus, string> = { approved: 'banks.detail.approve', retired: 'banks.detail.retire', draft: '' }

function ChangeRows({ changes }: { changes: VersionChange[] }) {
  const { t } = useTranslation()
  const show = (field: VersionChange['field'], text: string) => {
    if (!text) return <em className="text-ink-600">{t('banks.history.empty')}</em>
    if (field === 'type') return t(`banks.type.${text}`)
    if (field === 'difficulty') return t(`banks.difficulty.${text}`)
    return text
  }
  return (
    <dl className="mt-2 space-y-3">
      {changes.map((c) => (
        <div key={c.field}>
          <dt className="text-sm font-medium text-ink-700">{t(`banks.history.fields.${c.field}`)}</dt>
          <dd className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
            <div className="whitespace-pre-wrap break-words rounded-md bg-bad-50 px-2 py-1 text-ink-900">
              <span className="font-semibold text-bad-700">− {t('banks.history.before')}: </span>
              {show(c.field, c.before)}
            </div>
            <div className="whitespace-pre-wrap break-words rounded-md bg-ok-50 px-2 py-1 text-ink-900">
              <span className="font-semibold text-ok-700">+ {t('banks.history.after')}: </span>
              {show(c.field, c.after)}
            </div>
          </dd>
        </div>
      ))}
    </dl>
  )
}

export default function Question() {
  const { t } = useTranslation()
  const { bank, question, stats, minResponses } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const current = question.current
  const draft = current.draft
  const base = `/organiser/banks/${bank.id}`
  const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={t('banks.detail.title')}
        lead={<Link to={base}>← {bank.name}</Link>}
        actions={
          <>
            <Link to={`${base}/questions/${question.id}/edit`} className={buttonClass('primary')}>
              {t('banks.detail.edit')}
            </Link>
            {allowedStatusChanges(question.status).map((to) => (
              <Form method="post" key={to}>
                <CsrfInput />
                <input type="hidden" name="to" value={to} />
                <Button type="submit" variant="secondary" disabled={navigation.state === 'submitting'}>
                  {question.status === 'retired' ? t('banks.detail.restore') : t(STATUS_ACTION[to])}
                </Button>
              </Form>
            ))}
          </>
        }
      />
      {actionData?.error ? <Alert tone="error" className="mb-4">{actionData.error}</Alert> : null}

      <Card className="mb-6">
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <StatusBadge status={question.status} />
          <TypeBadge type={draft.type} />
          <DifficultyBadge difficulty={draft.difficulty} />
          <span className="text-sm text-ink-600">{t('banks.detail.current', { version: current.version })}</span>
        </div>
        <p className="mb-4 whitespace-pre-wrap break-words text-lg font-medium text-ink-900">{draft.stem}</p>
        <OptionsView options={draft.options} type={draft.type} />
        {draft.explanation ? (
          <div className="mt-4">
            <h2 className="text-sm font-semibold text-ink-700">{t('banks.detail.explanation')}</h2>
            <p className="mt-1 whitespace-pre-wrap break-words text-ink-900">{draft.explanation}</p>
          </div>
        ) : null}
        <div className="mt-4">
          <LegalSource source={draft.source} />
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-1.5">
          <span className="text-sm font-medium text-ink-700">{t('banks.detail.tags')}:</span>
          {draft.tags.length ? (
            draft.tags.map((tag) => <TagChip key={tag} tag={tag} href={`${base}?tag=${encodeURIComponent(tag)}`} />)
          ) : (
            <span className="text-sm text-ink-600">{t('banks.detail.noTags')}</span>
          )}
        </div>
      </Card>

      <section className="mb-6" aria-labelledby="quality-title">
        <h2 id="quality-title" className="mb-3 text-xl">
          {t('banks.quality.title')}
        </h2>
        {stats ? (
          <Card>
            <QualityTiles stats={stats} minResponses={minResponses} />
          </Card>
        ) : (
          <EmptyState title={t('banks.quality.empty')}>{t('banks.quality.emptyHint')}</EmptyState>
        )}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-xl">
          {t('banks.history.title')}
        </h2>
        <p className="mb-3 text-sm text-ink-600">{t('banks.history.lead')}</p>
        <ol className="space-y-3">
          {question.versions.map((v) => (
            <li key={v.id} className="rounded-xl border border-ink-200 bg-white p-4">
              <p className="font-medium text-ink-900">
                {t('banks.history.version', { version: v.version })}
                {v.id === current.id ? <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{t('banks.history.current')}</span> : null}
              </p>
              <p className="text-sm text-ink-600">
                <time dateTime={v.createdAt}>{when(v.createdAt)}</time> · {v.author ? t('banks.history.by', { name: v.author }) : t('banks.history.unknownAuthor')}
              </p>
              {v.changes.length ? <ChangeRows changes={v.changes} /> : v.version === 1 ? <p className="mt-1 text-sm">{t('banks.history.created')}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
