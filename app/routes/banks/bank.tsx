import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { SelectField, TextAreaField, TextField } from '~/components/ui/field'
import { formatCount } from '~/core/import/import-limits'
import { DIFFICULTIES, QUESTION_STATUSES, QUESTION_TYPES } from '~/core/questions/question-draft'
import { filtersToParams, hasFilters, PAGE_SIZE, parsePage, parseQuestionFilters } from '~/core/questions/question-filters'
import { requireBank, updateBank } from '~/models/banks.server'
import { bankFormSchema } from '~/core/questions/bank-form'
import { bankTags, searchQuestions } from '~/models/questions.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { DifficultyBadge, StatusBadge, TagChip, TypeBadge } from './ui/badges'
import { LegalSource } from './ui/legal-source'
import { Pager } from './ui/pager'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.bank.name ?? 'Ngân hàng câu hỏi'} · Thi Pháp Luật` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const url = new URL(request.url)
  const filters = parseQuestionFilters(url.searchParams)
  const [result, tags, bankTotal] = await Promise.all([
    searchQuestions(db, bank.id, filters, parsePage(url.searchParams)),
    bankTags(db, bank.id),
    hasFilters(filters) ? db.question.count({ where: { bankId: bank.id } }) : Promise.resolve(null),
  ])
  return {
    bank: { id: bank.id, name: bank.name, description: bank.description },
    filters,
    filtered: hasFilters(filters),
    result,
    bankTotal: bankTotal ?? result.total,
    tags,
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: bankFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const result = await updateBank(db, user, bank.id, submission.value)
  if (!result.ok) return submission.reply({ fieldErrors: { name: [result.message] } })
  return redirectWithToast(request, context, `/organiser/banks/${bank.id}`, { kind: 'success', message: 'Đã lưu tên và mô tả.' })
}

function RenameForm({ bank }: { bank: { name: string; description: string } }) {
  const { t } = useTranslation()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult,
    defaultValue: bank,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bankFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <details className="mb-6 rounded-xl border border-ink-200 bg-white px-4 py-3" open={Boolean(lastResult)}>
      <summary className="cursor-pointer text-sm font-medium text-ink-700">{t('banks.rename')}</summary>
      <Form method="post" {...getFormProps(form)} className="mt-3 grid gap-3">
        <CsrfInput />
        <TextField label={t('banks.name')} errors={fields.name.errors} {...getInputProps(fields.name, { type: 'text' })} />
        <TextAreaField label={t('banks.description')} errors={fields.description.errors} {...getTextareaProps(fields.description)} rows={2} />
        <div>
          <Button type="submit" size="sm" disabled={navigation.state === 'submitting'}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </details>
  )
}

export default function Bank() {
  const { t } = useTranslation()
  const { bank, filters, filtered, result, bankTotal, tags } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const base = `/organiser/banks/${bank.id}`
  const selection = filtersToParams(filters)
  const withFormat = (format: string) => `${base}/export?${filtersToParams(filters, { format })}`
  const tagHref = (tag: string) => `?${filtersToParams({ ...filters, tag })}`
  const foundText = t(result.capped ? 'banks.bank.foundMore' : 'banks.bank.found', { count: formatCount(result.total) })
  return (
    <div>
      <PageHeader
        title={bank.name}
        actions={
          <>
            <Link to={`${base}/questions/new`} className={buttonClass('primary')}>
              {t('banks.bank.newQuestion')}
            </Link>
            <Link to={`${base}/import`} className={buttonClass('secondary')}>
              {t('banks.bank.import')}
            </Link>
            <Link to={`${base}/quality`} className={buttonClass('secondary')}>
              {t('banks.bank.quality')}
            </Link>
          </>
        }
      />
      {bank.description ? <p className="-mt-3 mb-4 max-w-3xl text-ink-600">{bank.description}</p> : null}
      <RenameForm bank={bank} />

      <Card className="mb-6">
        <h2 className="mb-3 text-lg">{t('banks.filters.title')}</h2>
        <Form method="get" className="grid gap-4 md:grid-cols-6" role="search">
          <TextField
            className="md:col-span-4"
            label={t('banks.filters.q')}
            hint={t('banks.filters.qHint')}
            name="q"
            type="search"
            defaultValue={filters.q}
          />
          <TextField className="md:col-span-2" label={t('banks.filters.source')} hint={t('banks.filters.sourceHint')} name="source" type="search" defaultValue={filters.source} />
          <SelectField className="md:col-span-2" label={t('banks.filters.tag')} name="tag" defaultValue={filters.tag ?? ''}>
            <option value="">{t('banks.filters.any')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('banks.filters.difficulty')} name="difficulty" defaultValue={filters.difficulty ?? ''}>
            <option value="">{t('banks.filters.any')}</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {t(`banks.difficulty.${d}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('banks.filters.status')} name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('banks.filters.any')}</option>
            {QUESTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`banks.status.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField className="md:col-span-2" label={t('banks.filters.type')} name="type" defaultValue={filters.type ?? ''}>
            <option value="">{t('banks.filters.any')}</option>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`banks.type.${type}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap items-end gap-3 md:col-span-6">
            <Button type="submit">{t('banks.filters.apply')}</Button>
            {filtered ? (
              <Link to={base} className={buttonClass('ghost')}>
                {t('banks.filters.clear')}
              </Link>
            ) : null}
          </div>
        </Form>
      </Card>

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium text-ink-900" role="status">
          {foundText}
        </p>
        <details className="relative">
          <summary className={buttonClass('secondary', 'sm', 'cursor-pointer list-none')}>{t('banks.bank.export')} ▾</summary>
          <div className="absolute right-0 z-10 mt-2 w-72 rounded-xl border border-ink-200 bg-white p-3 shadow-lg">
            <p className="mb-2 text-sm text-ink-600">{t('banks.bank.exportHint', { count: result.capped ? t('banks.bank.moreThan', { count: formatCount(result.total) }) : formatCount(result.total) })}</p>
            <ul className="space-y-1 text-sm">
              <li>
                <a href={withFormat('xlsx')} download>
                  {t('banks.bank.exportXlsx')}
                </a>
              </li>
              <li>
                <a href={withFormat('json')} download>
                  {t('banks.bank.exportJson')}
                </a>
              </li>
              <li>
                <a href={withFormat('gift')} download>
                  {t('banks.bank.exportGift')}
                </a>
              </li>
              <li>
                <a href={`${base}/print?${selection}`}>{t('banks.bank.printSheet')}</a>
              </li>
            </ul>
          </div>
        </details>
      </div>

      {result.items.length === 0 ? (
        bankTotal === 0 ? (
          <EmptyState
            title={t('banks.bank.empty')}
            action={
              <div className="flex flex-wrap justify-center gap-2">
                <Link to={`${base}/questions/new`} className={buttonClass('primary')}>
                  {t('banks.bank.newQuestion')}
                </Link>
                <Link to={`${base}/import`} className={buttonClass('secondary')}>
                  {t('banks.bank.import')}
                </Link>
              </div>
            }
          >
            {t('banks.bank.emptyHint')}
          </EmptyState>
        ) : (
          <EmptyState title={t('banks.bank.noMatch')} action={<Link to={base}>{t('banks.filters.clear')}</Link>} />
        )
      ) : (
        <ol className="space-y-3" aria-label={t('banks.bank.listLabel')} start={(result.page - 1) * PAGE_SIZE + 1}>
          {result.items.map((q) => (
            <li key={q.id} className="rounded-xl border border-ink-200 bg-white p-4">
              <div className="mb-2 flex flex-wrap items-center gap-2">
                <StatusBadge status={q.status} />
                <TypeBadge type={q.type} />
                <DifficultyBadge difficulty={q.difficulty} />
                <span className="text-xs text-ink-600">{t('banks.bank.version', { version: q.version })}</span>
              </div>
              <Link to={`${base}/questions/${q.id}`} className="block whitespace-pre-wrap break-words font-medium text-ink-900">
                {q.stem}
              </Link>
              <div className="mt-2">
                <LegalSource source={q.source} compact />
              </div>
              {q.tags.length ? (
                <div className="mt-2 flex flex-wrap gap-1.5">
                  {q.tags.map((tag) => (
                    <TagChip key={tag} tag={tag} href={tagHref(tag)} />
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <Pager page={result.page} pageCount={result.pageCount} exact={!result.capped} params={searchParams} />
    </div>
  )
}
