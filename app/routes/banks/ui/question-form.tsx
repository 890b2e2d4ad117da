import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from '@remix-run/react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { cn } from '~/components/ui/cn'
import { SelectField, TextAreaField, TextField } from '~/components/ui/field'
import { DIFFICULTIES, MAX_OPTIONS, MIN_OPTIONS, optionLetter, QUESTION_TYPES, type QuestionType } from '~/core/questions/question-draft'
import { type QuestionFormDefaults, questionFormSchema, TRUE_FALSE_OPTIONS } from '~/core/questions/question-form'

type OptionState = { key: number; text: string; correct: boolean }

/**
 * Authoring form for a question, new or edited. Options are kept in React
 * state so they can be added and removed; what is posted is plain fields
 * (options[i].text, correct = indices) that questionFormSchema turns into a
 * draft, here for instant feedback and in the action for the real check.
 */
export function QuestionForm({
  defaults,
  mode,
  baseVersion,
  lastResult,
  knownTags,
  submitting,
}: {
  defaults: QuestionFormDefaults
  mode: 'create' | 'edit'
  baseVersion?: number
  lastResult: SubmissionResult<string[]> | undefined
  knownTags: string[]
  submitting: boolean
}) {
  const { t } = useTranslation()
  const nextKey = useRef(defaults.options.length)
  const [type, setType] = useState<QuestionType>(defaults.type)
  const [options, setOptions] = useState<OptionState[]>(() => {
    const base = defaults.options.length >= MIN_OPTIONS ? defaults.options : [...defaults.options, ...Array(MIN_OPTIONS - defaults.options.length).fill({ text: '', correct: false })]
    return base.map((o, i) => ({ key: i, text: o.text, correct: o.correct }))
  })
  // True/false keeps its own pick so switching type back and forth loses nothing.
  const [truth, setTruth] = useState<number | null>(() => {
    if (defaults.type !== 'true_false') return null
    const i = defaults.options.findIndex((o) => o.correct)
    return i >= 0 ? i : null
  })
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: questionFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const err = (name: string) => form.allErrors[name]
  const single = type === 'single'

  const update = (index: number, patch: Partial<OptionState>) =>
    setOptions((os) =>
      os.map((o, i) => {
        if (i === index) return { ...o, ...patch }
        // A single-choice question has one correct option: choosing one clears the others.
        return single && patch.correct ? { ...o, correct: false } : o
      }),
    )
  const add = () => {
    nextKey.current += 1
    setOptions((os) => (os.length >= MAX_OPTIONS ? os : [...os, { key: nextKey.current, text: '', correct: false }]))
  }
  const remove = (index: number) => setOptions((os) => (os.length <= MIN_OPTIONS ? os : os.filter((_, i) => i !== index)))

  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      <CsrfInput />
      {baseVersion !== undefined ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
      {form.errors?.length ? <Alert tone="error">{form.errors.join(' ')}</Alert> : null}
      {lastResult?.status === 'error' && !form.errors?.length ? <Alert tone="error">{t('banks.form.fixErrors')}</Alert> : null}

      <Card className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t('banks.form.type')} name={fields.type.name} value={type} onChange={(e) => setType(e.target.value as QuestionType)} errors={err('type')}>
            {QUESTION_TYPES.map((qt) => (
              <option key={qt} value={qt}>
                {t(`banks.type.${qt}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('banks.form.difficulty')} name={fields.difficulty.name} defaultValue={defaults.difficulty} errors={err('difficulty')}>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {t(`banks.difficulty.${d}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField label={t('banks.form.stem')} name={fields.stem.name} defaultValue={defaults.stem} rows={3} errors={err('stem')} />
      </Card>

      <Card>
        <fieldset>
          <legend className="text-lg font-semibold text-ink-900">{t('banks.form.options')}</legend>
          {type === 'prediction' ? (
            <p className="mt-2 text-ink-700">{t('banks.form.predictionHint')}</p>
          ) : type === 'true_false' ? (
            <div className="mt-3 space-y-2">
              <p className="text-sm text-ink-600">{t('banks.form.trueFalse')}</p>
              {TRUE_FALSE_OPTIONS.map((label, i) => (
                <label key={label} className="flex min-h-[44px] items-center gap-3 rounded-lg border border-ink-300 px-3">
                  <input type="radio" name="correct" value={i} checked={truth === i} onChange={() => setTruth(i)} className="h-5 w-5" />
                  <span className="font-medium">{label}</span>
                </label>
              ))}
            </div>
          ) : (
            <div className="mt-2 space-y-3">
              <p className="text-sm text-ink-600">
                {t('banks.form.optionsHint')} {type === 'multiple' ? t('banks.form.optionsMultipleHint') : null}
              </p>
              {options.map((o, i) => {
                const letter = optionLetter(i)
                const textErrors = err(`options[${i}].text`)
                return (
                  <div key={o.key} className={cn('rounded-lg border p-3', o.correct ? 'border-ok-700 bg-ok-50' : 'border-ink-200')}>
                    <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                      <TextField
                        className="flex-1"
                        label={t('banks.form.option', { letter })}
                        name={`options[${i}].text`}
                        value={o.text}
                        onChange={(e) => update(i, { text: e.target.value })}
                        errors={textErrors}
                      />
                      <div className="flex items-center gap-3 sm:pt-7">
                        <label className="flex min-h-[44px] items-center gap-2 text-sm font-medium text-ink-900">
                          <input
                            type={single ? 'radio' : 'checkbox'}
                            name="correct"
                            value={i}
                            checked={o.correct}
                            onChange={(e) => update(i, { correct: e.target.checked })}
                            className="h-5 w-5"
                            aria-label={t('banks.form.correctOption', { letter })}
                          />
                          <span aria-hidden>{t('banks.form.correct')}</span>
                        </label>
                        <Button
                          variant="ghost"
                          size="sm"
                          onClick={() => remove(i)}
                          disabled={options.length <= MIN_OPTIONS}
                          aria-label={t('banks.form.removeOption', { letter })}
                        >
                          ✕
                        </Button>
                      </div>
                    </div>
                  </div>
                )
              })}
              {err('options') ? (
                <ul className="text-sm text-bad-700" role="alert">
                  {err('options')?.map((e) => <li key={e}>{e}</li>)}
                </ul>
              ) : null}
              <Button variant="secondary" size="sm" onClick={add} disabled={options.length >= MAX_OPTIONS}>
                + {t('banks.form.addOption')}
              </Button>
            </div>
          )}
          {type === 'true_false' && err('options') ? (
            <ul className="mt-2 text-sm text-bad-700" role="alert">
              {err('options')?.map((e) => <li key={e}>{e}</li>)}
            </ul>
          ) : null}
        </fieldset>
      </Card>

      <Card className="space-y-4">
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold text-ink-900">{t('banks.form.sourceTitle')}</legend>
          <TextField
            label={t('banks.form.sourceDocument')}
            hint={t('banks.form.sourceDocumentHint')}
            name="source.document"
            defaultValue={defaults.source.document}
            errors={err('source.document')}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t('banks.form.sourceArticle')} name="source.article" defaultValue={defaults.source.article} errors={err('source.article')} />
            <TextField label={t('banks.form.sourceUrl')} name="source.url" type="url" inputMode="url" defaultValue={defaults.source.url} errors={err('source.url')} />
          </div>
        </fieldset>
        <TextAreaField label={t('banks.form.explanation')} hint={t('banks.form.explanationHint')} name="explanation" defaultValue={defaults.explanation} rows={3} errors={err('explanation')} />
        <TextField label={t('banks.form.tags')} hint={t('banks.form.tagsHint')} name="tags" defaultValue={defaults.tags} list="bank-known-tags" errors={err('tags')} />
        <datalist id="bank-known-tags">
          {knownTags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </Card>

      {mode === 'create' ? (
        <Card>
          <fieldset>
            <legend className="mb-2 text-lg font-semibold text-ink-900">{t('banks.form.status')}</legend>
            <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
              <label className="flex min-h-[44px] items-center gap-2">
                <input type="radio" name="status" value="draft" defaultChecked className="h-5 w-5" />
                {t('banks.form.statusDraft')}
              </label>
              <label className="flex min-h-[44px] items-center gap-2">
                <input type="radio" name="status" value="approved" className="h-5 w-5" />
                {t('banks.form.statusApproved')}
              </label>
            </div>
          </fieldset>
        </Card>
      ) : null}

      <Button type="submit" size="lg" disabled={submitting}>
        {mode === 'create' ? t('banks.form.save') : t('banks.form.saveVersion')}
      </Button>
    </Form>
  )
}
