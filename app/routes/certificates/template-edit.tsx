import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { type ShouldRevalidateFunction, Form, Link, useActionData, useFetcher, useLoaderData, useNavigation } from '@remix-run/react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, PageHeader } from '~/components/ui/card'
import { TextAreaField, TextField } from '~/components/ui/field'
import { PLACEHOLDER_KEYS } from '~/core/certificates/placeholders'
import { MAX_IMAGE_BYTES, validateImage } from '~/core/certificates/validate-image'
import { findTemplate, setTemplateImage, updateTemplateContent, updateTemplateRules, type TemplateImageKind } from '~/models/certificates/templates.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { encodePreviewContent } from './preview-param.server'
import { templateRulesFormSchema, templateWordingSchema, type TemplateWording } from './template-form-schema'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Mẫu giấy chứng nhận: ${data?.template.name ?? ''} · Thi Pháp Luật` }]

const previewBase = (templateId: string) => `/organiser/certificates/templates/${templateId}/preview`

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const template = await findTemplate(context.services.db, user.organisationId, params.templateId ?? '')
  if (!template) throw new Response('Not found', { status: 404 })
  return {
    template: { ...template, updatedAt: template.updatedAt.toISOString() },
    previewSrc: `${previewBase(template.id)}?v=${template.updatedAt.getTime()}`,
  }
}

type PreviewResult = { intent: 'preview'; src: string | null; errors: string[] }
type ActionResult =
  | { intent: 'save'; reply: SubmissionResult<string[]> }
  | PreviewResult
  | { intent: 'rules'; reply: SubmissionResult<string[]> }
  | { intent: 'image'; kind: TemplateImageKind; message: string }

function parseWording(formData: FormData) {
  return parseWithZod(formData, { schema: templateWordingSchema, disableAutoCoercion: true })
}

function contentOf(value: TemplateWording) {
  const { name: _name, ...content } = value
  return content
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<ActionResult | Response> {
  const user = await requireOrganiser(request, context)
  const formData = await readForm(request, context)
  const { db } = context.services
  const templateId = params.templateId ?? ''
  const intent = String(formData.get('intent') ?? '')
  const here = `/organiser/certificates/templates/${templateId}`

  if (intent === 'preview') {
    const submission = parseWording(formData)
    if (submission.status !== 'success') {
      const errors = Object.values(submission.reply().error ?? {}).flatMap((list) => list ?? [])
      return { intent, src: null, errors }
    }
    return { intent, src: `${previewBase(templateId)}?c=${encodePreviewContent(contentOf(submission.value))}`, errors: [] }
  }

  if (intent === 'save') {
    const submission = parseWording(formData)
    if (submission.status !== 'success') return { intent, reply: submission.reply() }
    const saved = await updateTemplateContent(db, user, templateId, { name: submission.value.name, content: contentOf(submission.value) })
    if (!saved.ok) return { intent, reply: submission.reply({ formErrors: [saved.message] }) }
    return redirectWithToast(request, context, here, { kind: 'success', message: 'Đã lưu mẫu giấy chứng nhận.' })
  }

  if (intent === 'rules') {
    const submission = parseWithZod(formData, { schema: templateRulesFormSchema })
    if (submission.status !== 'success') return { intent, reply: submission.reply() }
    const saved = await updateTemplateRules(db, user, templateId, submission.value)
    if (!saved.ok) return { intent, reply: submission.reply({ formErrors: [saved.message] }) }
    return redirectWithToast(request, context, here, { kind: 'success', message: 'Đã lưu đối tượng được cấp.' })
  }

  if (intent === 'image' || intent === 'image-remove') {
    const kind: TemplateImageKind = formData.get('kind') === 'signature' ? 'signature' : 'logo'
    let bytes: Uint8Array | null = null
    if (intent === 'image') {
      const file = formData.get('file')
      if (!(file instanceof File) || file.size === 0) {
        return { intent: 'image', kind, message: 'Chọn một tệp ảnh PNG hoặc JPEG trước khi tải lên.' }
      }
      bytes = new Uint8Array(await file.arrayBuffer())
    }
    const saved = await setTemplateImage(db, user, templateId, kind, bytes)
    if (!saved.ok) return { intent: 'image', kind, message: saved.message }
    const label = kind === 'logo' ? 'logo' : 'ảnh chữ ký'
    return redirectWithToast(request, context, here, { kind: 'success', message: bytes ? `Đã tải ${label} lên.` : `Đã xoá ${label}.` })
  }
  throw new Response('Unknown intent', { status: 400 })
}

/** Preview requests change nothing: do not reload the page's data after each one. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get('intent') === 'preview' ? false : defaultShouldRevalidate

export default function TemplateEdit() {
  const { t } = useTranslation()
  const { template, previewSrc } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const locked = template.certificates > 0
  const saving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save'

  const [form, fields] = useForm({
    id: 'template-wording',
    lastResult: actionData?.intent === 'save' ? actionData.reply : undefined,
    defaultValue: { name: template.name, ...template.content, showNationalMotto: template.content.showNationalMotto ? 'on' : undefined },
    onValidate: ({ formData }) => parseWording(formData),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })

  // Live preview: after a pause in typing, the server checks the wording and answers with a PDF address.
  const preview = useFetcher<PreviewResult>()
  const formRef = useRef<HTMLFormElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const [src, setSrc] = useState(previewSrc)
  const previewData = preview.data?.intent === 'preview' ? preview.data : null
  useEffect(() => setSrc(previewSrc), [previewSrc])
  useEffect(() => {
    if (previewData?.src) setSrc(previewData.src)
  }, [previewData?.src])
  useEffect(() => () => clearTimeout(timer.current), [])
  const schedulePreview = () => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      if (!formRef.current) return
      const data = new FormData(formRef.current)
      data.set('intent', 'preview')
      preview.submit(data, { method: 'post' })
    }, 500)
  }
  const previewErrors = previewData?.errors ?? []

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to={`/organiser/certificates/${template.contestId}`}>← {template.contest.title}</Link>
      </p>
      <PageHeader
        title={template.name}
        lead={t('certificates.editLead')}
        actions={
          <Link to={`/organiser/certificates/templates/${template.id}/issue`} className={buttonClass('primary', 'md', 'whitespace-nowrap')}>
            {t('certificates.goIssue')}
          </Link>
        }
      />
      {locked ? (
        <Alert tone="warning" className="mb-4">
          <p>{t('certificates.lockedNotice', { count: template.certificates })}</p>
          <Form method="post" action={`/organiser/certificates/${template.contestId}`} className="mt-2">
            <CsrfInput />
            <input type="hidden" name="intent" value="copy" />
            <input type="hidden" name="templateId" value={template.id} />
            <Button type="submit" size="sm" variant="secondary">
              {t('certificates.copyTemplate')}
            </Button>
          </Form>
        </Alert>
      ) : null}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)]">
        <Card>
          <h2 className="mb-4 text-lg">{t('certificates.wording')}</h2>
          {form.errors?.length ? (
            <Alert tone="error" className="mb-4">
              {form.errors.join(' ')}
            </Alert>
          ) : null}
          <Form method="post" {...getFormProps(form)} ref={formRef} onChange={schedulePreview} className="space-y-4">
            <CsrfInput />
            <fieldset disabled={locked} className="space-y-4">
              <legend className="sr-only">{t('certificates.wording')}</legend>
              <TextField label={t('certificates.templateName')} hint={t('certificates.templateNameHint')} errors={fields.name.errors} {...getInputProps(fields.name, { type: 'text' })} />
              <TextAreaField label={t('certificates.fieldTitle')} rows={2} errors={fields.title.errors} {...getTextareaProps(fields.title)} />
              <TextAreaField label={t('certificates.fieldOrganisingBody')} hint={t('certificates.fieldOrganisingBodyHint')} rows={3} errors={fields.organisingBody.errors} {...getTextareaProps(fields.organisingBody)} />
              <div className="flex items-start gap-2">
                <input
                  {...getInputProps(fields.showNationalMotto, { type: 'checkbox' })}
                  className="mt-1 h-5 w-5 rounded border-ink-300 accent-brand-700"
                />
                <label htmlFor={fields.showNationalMotto.id} className="text-sm text-ink-700">
                  {t('certificates.fieldMotto')}
                </label>
              </div>
              <TextField label={t('certificates.fieldRecipientLabel')} hint={t('certificates.fieldRecipientLabelHint')} errors={fields.recipientLabel.errors} {...getInputProps(fields.recipientLabel, { type: 'text' })} />
              <TextAreaField label={t('certificates.fieldBody')} hint={t('certificates.fieldBodyHint')} rows={6} errors={fields.body.errors} {...getTextareaProps(fields.body)} />
              <details className="rounded-lg bg-ink-50 px-3 py-2 text-sm">
                <summary className="cursor-pointer font-medium text-ink-700">{t('certificates.placeholdersTitle')}</summary>
                <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                  {PLACEHOLDER_KEYS.map((key) => (
                    <li key={key}>
                      <code className="rounded bg-white px-1 text-brand-800">{`{{${key}}}`}</code> {t(`certificates.placeholders.${key}`)}
                    </li>
                  ))}
                </ul>
              </details>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextAreaField label={t('certificates.fieldSignerTitle')} rows={3} errors={fields.signerTitle.errors} {...getTextareaProps(fields.signerTitle)} />
                <div className="space-y-4">
                  <TextField label={t('certificates.fieldSignerName')} errors={fields.signerName.errors} {...getInputProps(fields.signerName, { type: 'text' })} />
                  <TextField label={t('certificates.fieldPlace')} hint={t('certificates.fieldPlaceHint')} errors={fields.place.errors} {...getInputProps(fields.place, { type: 'text' })} />
                </div>
              </div>
              <TextField label={t('certificates.fieldAccent')} errors={fields.accentColor.errors} className="max-w-[12rem]" {...getInputProps(fields.accentColor, { type: 'color' })} />
              <Button type="submit" name="intent" value="save" disabled={saving}>
                {t('certificates.saveTemplate')}
              </Button>
            </fieldset>
          </Form>
        </Card>

        <div className="xl:sticky xl:top-4 xl:self-start">
          <Card>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg">{t('certificates.preview')}</h2>
              <a href={src} target="_blank" rel="noreferrer" className="hidden text-sm md:inline">
                {t('certificates.previewOpen')}
              </a>
            </div>
            <p className="mb-2 text-sm text-ink-600" aria-live="polite">
              {preview.state !== 'idle' ? t('certificates.previewUpdating') : previewErrors.length ? t('certificates.previewStale') : t('certificates.previewHint')}
            </p>
            {previewErrors.length ? (
              <Alert tone="error" className="mb-3">
                <ul className="list-disc space-y-1 pl-4">
                  {previewErrors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            {/* Phone browsers do not draw a PDF inside a page: they get the file to open instead. */}
            <a href={src} target="_blank" rel="noreferrer" className={buttonClass('secondary', 'md', 'w-full md:hidden')}>
              {t('certificates.previewOpen')}
            </a>
            <div className="relative hidden aspect-[297/210] w-full overflow-hidden rounded-lg border border-ink-200 bg-ink-100 md:block">
              <iframe key={src} src={`${src}#toolbar=0&navpanes=0&view=FitH`} title={t('certificates.previewFrameTitle')} className="h-full w-full" data-testid="certificate-preview" />
            </div>
          </Card>
          <ImagesCard template={template} actionData={actionData} locked={locked} />
          <RulesCard template={template} actionData={actionData} />
        </div>
      </div>
    </div>
  )
}

type LoadedTemplate = ReturnType<typeof useLoaderData<typeof loader>>['template']

function ImagesCard({ template, actionData, locked }: { template: LoadedTemplate; actionData: ActionResult | undefined; locked: boolean }) {
  const { t } = useTranslation()
  return (
    <Card className="mt-6">
      <h2 className="mb-1 text-lg">{t('certificates.images')}</h2>
      <p className="mb-4 text-sm text-ink-600">{t('certificates.imagesHint', { mb: MAX_IMAGE_BYTES / 1024 / 1024 })}</p>
      <div className="grid gap-6 sm:grid-cols-2">
        {(['logo', 'signature'] as const).map((kind) => (
          <ImageForm
            key={kind}
            kind={kind}
            templateId={template.id}
            size={kind === 'logo' ? template.logoBytes : template.signatureBytes}
            version={template.updatedAt}
            serverError={actionData?.intent === 'image' && actionData.kind === kind ? actionData.message : null}
            locked={locked}
          />
        ))}
      </div>
    </Card>
  )
}

function ImageForm(props: {
  kind: TemplateImageKind
  templateId: string
  size: number | null
  version: string
  serverError: string | null
  locked: boolean
}) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const [clientError, setClientError] = useState<string | null>(null)
  const label = t(props.kind === 'logo' ? 'certificates.logo' : 'certificates.signature')
  const error = clientError ?? props.serverError
  // The same check as the server, on the chosen file, before anything is sent.
  const check = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0]
    if (!file) return setClientError(null)
    const head = new Uint8Array(await file.slice(0, Math.min(file.size, 64 * 1024)).arrayBuffer())
    if (file.size > MAX_IMAGE_BYTES) {
      const result = validateImage(new Uint8Array(file.size))
      return setClientError(result.ok ? null : `${label}: ${result.error}`)
    }
    const result = validateImage(file.size <= head.length ? head : new Uint8Array(await file.arrayBuffer()))
    setClientError(result.ok ? null : `${label}: ${result.error}`)
  }
  const onSubmit = (event: FormEvent) => {
    if (clientError) event.preventDefault()
  }
  const busy = navigation.state === 'submitting' && navigation.formData?.get('kind') === props.kind
  return (
    <div>
      <h3 className="mb-2 font-medium">{label}</h3>
      {props.size ? (
        <img
          src={`/organiser/certificates/templates/${props.templateId}/image/${props.kind}?v=${encodeURIComponent(props.version)}`}
          alt={t('certificates.currentImage', { label })}
          className="mb-2 h-20 max-w-full rounded border border-ink-200 bg-white object-contain p-1"
        />
      ) : (
        <p className="mb-2 text-sm text-ink-600">{t('certificates.noImage')}</p>
      )}
      <Form method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-2">
        <CsrfInput />
        <input type="hidden" name="kind" value={props.kind} />
        <fieldset disabled={props.locked} className="space-y-2">
          <legend className="sr-only">{label}</legend>
          <label className="block text-sm font-medium text-ink-700" htmlFor={`file-${props.kind}`}>
            {t('certificates.chooseImage', { label })}
          </label>
          <input
            id={`file-${props.kind}`}
            name="file"
            type="file"
            accept="image/png,image/jpeg"
            onChange={check}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `file-${props.kind}-error` : undefined}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-ink-300 file:bg-white file:px-3 file:py-2 file:text-ink-900"
          />
          {error ? (
            <p id={`file-${props.kind}-error`} role="alert" className="text-sm text-bad-700">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" name="intent" value="image" disabled={busy}>
              {t('certificates.upload')}
            </Button>
            {props.size ? (
              <Button type="submit" size="sm" variant="secondary" name="intent" value="image-remove" disabled={busy}>
                {t('certificates.removeImage')}
              </Button>
            ) : null}
          </div>
        </fieldset>
      </Form>
    </div>
  )
}

function RulesCard({ template, actionData }: { template: LoadedTemplate; actionData: ActionResult | undefined }) {
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'template-rules',
    lastResult: actionData?.intent === 'rules' ? actionData.reply : undefined,
    defaultValue: {
      prizeWinners: template.rules.prizeWinners ? 'on' : undefined,
      minScorePercent: template.rules.minScorePercent === null ? '' : String(template.rules.minScorePercent),
      livePodium: template.rules.livePodium ? 'on' : undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: templateRulesFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const checkbox = (field: typeof fields.prizeWinners, label: string, hint: string) => (
    <div className="flex items-start gap-2">
      <input {...getInputProps(field, { type: 'checkbox' })} className="mt-1 h-5 w-5 rounded border-ink-300 accent-brand-700" aria-describedby={`${field.id}-hint`} />
      <div>
        <label htmlFor={field.id} className="text-sm font-medium text-ink-900">
          {label}
        </label>
        <p id={`${field.id}-hint`} className="text-sm text-ink-600">
          {hint}
        </p>
      </div>
    </div>
  )
  return (
    <Card className="mt-6">
      <h2 className="mb-4 text-lg">{t('certificates.rules')}</h2>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <CsrfInput />
        {form.errors?.length || fields.prizeWinners.errors?.length ? (
          <Alert tone="error">{[...(form.errors ?? []), ...(fields.prizeWinners.errors ?? [])].join(' ')}</Alert>
        ) : null}
        {checkbox(fields.prizeWinners, t('certificates.rulePrizeLabel'), t('certificates.rulePrizeHint'))}
        <TextField
          label={t('certificates.ruleThresholdLabel')}
          hint={t('certificates.ruleThresholdHint')}
          errors={fields.minScorePercent.errors}
          inputMode="decimal"
          className="max-w-xs"
          {...getInputProps(fields.minScorePercent, { type: 'number' })}
          step="0.1"
          min={0}
          max={100}
        />
        {checkbox(fields.livePodium, t('certificates.rulePodiumLabel'), t('certificates.rulePodiumHint'))}
        <Button type="submit" name="intent" value="rules" variant="secondary">
          {t('certificates.saveRules')}
        </Button>
      </Form>
    </Card>
  )
}
