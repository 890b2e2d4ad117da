import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { TextField } from '~/components/ui/field'
import { copyTemplate, createTemplate, findContest, listTemplates } from '~/models/certificates/templates.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { createTemplateSchema } from './template-form-schema'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Giấy chứng nhận: ${data?.contest.title ?? ''} · Thi Pháp Luật` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const contest = await findContest(db, user.organisationId, params.contestId ?? '')
  if (!contest) throw new Response('Not found', { status: 404 })
  return { contest, templates: await listTemplates(db, user.organisationId, contest.id) }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const formData = await readForm(request, context)
  const { db } = context.services
  const contestId = params.contestId ?? ''
  if (formData.get('intent') === 'copy') {
    const copied = await copyTemplate(db, user, String(formData.get('templateId') ?? ''))
    if (!copied.ok) return { intent: 'copy' as const, message: copied.message, reply: null }
    return redirectWithToast(request, context, `/organiser/certificates/templates/${copied.id}`, { kind: 'success', message: 'Đã tạo bản sao của mẫu.' })
  }
  const submission = parseWithZod(formData, { schema: createTemplateSchema })
  if (submission.status !== 'success') return { intent: 'create' as const, message: null, reply: submission.reply() }
  const created = await createTemplate(db, user, contestId, submission.value)
  if (!created.ok) return { intent: 'create' as const, message: null, reply: submission.reply({ fieldErrors: { name: [created.message] } }) }
  return redirectWithToast(request, context, `/organiser/certificates/templates/${created.id}`, {
    kind: 'success',
    message: 'Đã tạo mẫu giấy chứng nhận. Hãy sửa lời văn và xem trước.',
  })
}

export default function ContestCertificates() {
  const { t } = useTranslation()
  const { contest, templates } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult: actionData?.intent === 'create' ? actionData.reply : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createTemplateSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to="/organiser/certificates">← {t('certificates.title')}</Link>
      </p>
      <PageHeader title={contest.title} lead={t('certificates.contestLead')} />
      {actionData?.intent === 'copy' && actionData.message ? (
        <Alert tone="error" className="mb-4">
          {actionData.message}
        </Alert>
      ) : null}
      {templates.length === 0 ? (
        <EmptyState title={t('certificates.noTemplates')}>{t('certificates.noTemplatesHint')}</EmptyState>
      ) : (
        <ul className="mb-6 grid gap-3" aria-label={t('certificates.templatesList')}>
          {templates.map((tpl) => (
            <li key={tpl.id} className="rounded-xl border border-ink-200 bg-white p-4 shadow-sm">
              <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
                <div className="min-w-0">
                  <h2 className="text-lg font-semibold">{tpl.name}</h2>
                  <p className="mt-1 text-sm text-ink-600">
                    {[
                      tpl.rules.prizeWinners ? t('certificates.rulePrize') : null,
                      tpl.rules.minScorePercent !== null ? t('certificates.ruleThreshold', { percent: tpl.rules.minScorePercent }) : null,
                      tpl.rules.livePodium ? t('certificates.rulePodium') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <p className="text-sm text-ink-600">{t('certificates.issuedCount', { count: tpl.certificates })}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link to={`/organiser/certificates/templates/${tpl.id}`} className={buttonClass('secondary', 'sm')} aria-label={`${t('certificates.editTemplate')}: ${tpl.name}`}>
                    {t('certificates.editTemplate')}
                  </Link>
                  <Link to={`/organiser/certificates/templates/${tpl.id}/issue`} className={buttonClass('primary', 'sm')} aria-label={`${t('certificates.issueTemplate')}: ${tpl.name}`}>
                    {t('certificates.issueTemplate')}
                  </Link>
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="copy" />
                    <input type="hidden" name="templateId" value={tpl.id} />
                    <Button type="submit" variant="ghost" size="sm" aria-label={`${t('certificates.copyTemplate')}: ${tpl.name}`}>
                      {t('certificates.copyTemplate')}
                    </Button>
                  </Form>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Card className="mt-6">
        <h2 className="mb-3 text-lg">{t('certificates.newTemplate')}</h2>
        <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <CsrfInput />
          <input type="hidden" name="intent" value="create" />
          <TextField
            label={t('certificates.templateName')}
            hint={t('certificates.templateNameHint')}
            className="flex-1"
            errors={fields.name.errors}
            {...getInputProps(fields.name, { type: 'text' })}
          />
          <Button type="submit" className="sm:mt-6" disabled={navigation.state === 'submitting'}>
            {t('certificates.createTemplate')}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
