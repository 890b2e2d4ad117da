import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { TextAreaField, TextField } from '~/components/ui/field'
import { createBank, listBanks } from '~/models/banks.server'
import { bankFormSchema } from '~/core/questions/bank-form'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'

export const meta: MetaFunction = () => [{ title: 'Ngân hàng câu hỏi · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  return { banks: await listBanks(context.services.db, user.organisationId) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: bankFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const result = await createBank(context.services.db, user, submission.value)
  if (!result.ok) return submission.reply({ fieldErrors: { name: [result.message] } })
  return redirectWithToast(request, context, `/organiser/banks/${result.id}`, { kind: 'success', message: 'Đã tạo ngân hàng câu hỏi.' })
}

function CountsBar({ counts }: { counts: { total: number; draft: number; approved: number; retired: number } }) {
  const { t } = useTranslation()
  if (counts.total === 0) return null
  const parts = [
    { key: 'approved', value: counts.approved, cls: 'bg-ok-700' },
    { key: 'draft', value: counts.draft, cls: 'bg-ink-500' },
    { key: 'retired', value: counts.retired, cls: 'bg-warn-700' },
  ] as const
  return (
    <div className="mt-3">
      <div className="flex h-2 overflow-hidden rounded-full bg-ink-200" aria-hidden>
        {parts.map((p) => (p.value ? <div key={p.key} className={p.cls} style={{ width: `${(p.value / counts.total) * 100}%` }} /> : null))}
      </div>
      <ul aria-label={t('banks.countsLabel')} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-700">
        {parts.map((p) => (
          <li key={p.key} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-sm ${p.cls}`} />
            {t(`banks.status.${p.key}`)}: <strong>{p.value}</strong>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default function BanksList() {
  const { t } = useTranslation()
  const { banks } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bankFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div>
      <PageHeader
        title={t('banks.title')}
        lead={t('banks.lead')}
        actions={
          <a href="/organiser/banks/template.xlsx" className={buttonClass('secondary')} download>
            {t('banks.template')}
          </a>
        }
      />
      {banks.length === 0 ? (
        <EmptyState title={t('banks.empty')}>{t('banks.emptyHint')}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t('banks.title')}>
          {banks.map((b) => (
            <li key={b.id}>
              <Card className="h-full">
                <h2 className="text-lg">
                  <Link to={`/organiser/banks/${b.id}`}>{b.name}</Link>
                </h2>
                {b.description ? <p className="mt-1 line-clamp-3 text-sm text-ink-600">{b.description}</p> : null}
                <p className="mt-2 text-sm font-medium text-ink-900">{t('banks.questionsCount', { count: b.counts.total })}</p>
                <CountsBar counts={b.counts} />
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Card className="mt-8">
        <h2 className="mb-3 text-lg">{t('banks.create')}</h2>
        {form.errors?.length ? <Alert tone="error" className="mb-3">{form.errors.join(' ')}</Alert> : null}
        <Form method="post" {...getFormProps(form)} className="grid gap-4">
          <CsrfInput />
          <TextField label={t('banks.name')} errors={fields.name.errors} {...getInputProps(fields.name, { type: 'text' })} />
          <TextAreaField label={t('banks.description')} errors={fields.description.errors} {...getTextareaProps(fields.description)} rows={2} />
          <div>
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {t('banks.create')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}
