import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { SelectField, TextAreaField, TextField } from '~/components/ui/field'
import { FIELD_TYPES } from '~/core/contest/registration-fields'
import { contestFormSchema } from './contest-form'

export type ContestEditorDefaults = {
  title: string
  slug: string
  description: string
  rulesText: string
  bannerUrl: string
  minAge?: number
  maxAge?: number
  unitIds: string[]
  fields: { label: string; type: string; required: boolean; options: string }[]
  removeBanner?: boolean
}

export function ContestEditor({
  defaultValue,
  units,
  lastResult,
  bannerSrc,
  slugLocked,
  submitLabel,
}: {
  defaultValue: ContestEditorDefaults
  units: { id: string; name: string; depth: number }[]
  lastResult: SubmissionResult<string[]> | undefined
  bannerSrc: string | null
  slugLocked: boolean
  submitLabel: string
}) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: contestFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const customFields = fields.fields.getFieldList()
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
      <CsrfInput />
      {/* Enter in a field submits the form: this first submit button makes sure it is not an add/remove button below. */}
      <button type="submit" className="hidden" tabIndex={-1} aria-hidden="true" />
      {form.errors?.length ? <Alert tone="error">{form.errors.join(' ')}</Alert> : null}
      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.editor.details')}</h2>
        <TextField label={t('contests.editor.title')} errors={fields.title.errors} {...getInputProps(fields.title, { type: 'text' })} />
        <TextField
          label={t('contests.editor.slug')}
          hint={slugLocked ? t('contests.editor.slugLocked') : t('contests.editor.slugHint')}
          readOnly={slugLocked}
          errors={fields.slug.errors}
          {...getInputProps(fields.slug, { type: 'text' })}
        />
        <TextAreaField label={t('contests.editor.description')} rows={4} errors={fields.description.errors} {...getTextareaProps(fields.description)} />
        <TextAreaField label={t('contests.editor.rulesText')} hint={t('contests.editor.rulesTextHint')} rows={8} errors={fields.rulesText.errors} {...getTextareaProps(fields.rulesText)} />
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.editor.banner')}</h2>
        {bannerSrc ? <img src={bannerSrc} alt={t('contests.editor.bannerCurrent')} className="max-h-40 rounded-lg border border-ink-200 object-cover" /> : null}
        <TextField label={t('contests.editor.bannerUrl')} hint={t('contests.editor.bannerUrlHint')} errors={fields.bannerUrl.errors} {...getInputProps(fields.bannerUrl, { type: 'text' })} />
        <div className="space-y-1">
          <label htmlFor="banner-file" className="block text-sm font-medium text-ink-700">
            {t('contests.editor.bannerUpload')}
          </label>
          <input id="banner-file" name="banner" type="file" accept="image/png,image/jpeg" className="block w-full text-sm" aria-describedby="banner-file-hint" />
          <p id="banner-file-hint" className="text-sm text-ink-600">
            {t('contests.editor.bannerUploadHint')}
          </p>
          {lastResult?.error?.banner ? (
            <p role="alert" className="text-sm text-bad-700">
              {lastResult.error.banner.join(' ')}
            </p>
          ) : null}
        </div>
        {bannerSrc ? (
          <label className="flex items-center gap-2 text-sm">
            <input {...getInputProps(fields.removeBanner, { type: 'checkbox' })} /> {t('contests.editor.removeBanner')}
          </label>
        ) : null}
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.editor.eligibility')}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('contests.editor.minAge')} inputMode="numeric" errors={fields.minAge.errors} {...getInputProps(fields.minAge, { type: 'number' })} />
          <TextField label={t('contests.editor.maxAge')} inputMode="numeric" errors={fields.maxAge.errors} {...getInputProps(fields.maxAge, { type: 'number' })} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-ink-700">{t('contests.editor.units')}</legend>
          <p className="mb-2 text-sm text-ink-600">{t('contests.editor.unitsHint')}</p>
          <div className="max-h-64 space-y-1 overflow-y-auto rounded-lg border border-ink-200 p-3">
            {units.map((u) => (
              <label key={u.id} className="flex items-center gap-2 text-sm" style={{ paddingLeft: `${u.depth * 1.25}rem` }}>
                <input type="checkbox" name={fields.unitIds.name} value={u.id} defaultChecked={defaultValue.unitIds.includes(u.id)} />
                {u.name}
              </label>
            ))}
          </div>
          {fields.unitIds.errors ? <p className="text-sm text-bad-700">{fields.unitIds.errors.join(' ')}</p> : null}
        </fieldset>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.editor.fields')}</h2>
        <p className="text-sm text-ink-600">{t('contests.editor.fieldsHint')}</p>
        {customFields.length === 0 ? <p className="text-sm text-ink-600">{t('contests.editor.noFields')}</p> : null}
        {customFields.map((field, index) => {
          const f = field.getFieldset()
          return (
            <fieldset key={field.key} className="grid gap-3 rounded-lg border border-ink-200 p-3 sm:grid-cols-[2fr_1fr_auto]">
              <legend className="px-1 text-sm font-medium">{t('contests.editor.fieldN', { n: index + 1 })}</legend>
              <TextField label={t('contests.editor.fieldLabel')} errors={f.label.errors} {...getInputProps(f.label, { type: 'text' })} />
              <SelectField label={t('contests.editor.fieldType')} errors={f.type.errors} {...getSelectProps(f.type)}>
                {FIELD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`contests.fieldTypes.${type}`)}
                  </option>
                ))}
              </SelectField>
              <label className="flex items-center gap-2 self-end pb-3 text-sm">
                <input {...getInputProps(f.required, { type: 'checkbox' })} /> {t('contests.editor.fieldRequired')}
              </label>
              <TextAreaField className="sm:col-span-3" label={t('contests.editor.fieldOptions')} hint={t('contests.editor.fieldOptionsHint')} rows={2} errors={f.options.errors} {...getTextareaProps(f.options)} />
              <div className="sm:col-span-3">
                <Button type="submit" variant="ghost" size="sm" {...form.remove.getButtonProps({ name: fields.fields.name, index })}>
                  {t('contests.editor.removeField')}
                </Button>
              </div>
            </fieldset>
          )
        })}
        <Button type="submit" variant="secondary" size="sm" {...form.insert.getButtonProps({ name: fields.fields.name, defaultValue: { label: '', type: 'text', required: false, options: '' } })}>
          {t('contests.editor.addField')}
        </Button>
      </Card>

      <Button type="submit" disabled={navigation.state === 'submitting'}>
        {submitLabel}
      </Button>
    </Form>
  )
}
