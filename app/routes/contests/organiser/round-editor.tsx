import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useFetcher, useNavigation } from '@remix-run/react'
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { COUNTING_ATTEMPT_RULES, REVEAL_ANSWERS } from '~/core/contest/round-rules'
import { DIFFICULTIES } from '~/core/questions/question-draft'
import { type formDefaults, roundFormSchema } from './round-form'

type Choices = {
  banks: { id: string; name: string; approved: number }[]
  predictions: { id: string; stem: string; bank: string }[]
  tags: { tag: string; count: number }[]
}

type BankCheck = { ready: false } | { ready: true; poolSize: number; quotas: { label: string; needed: number; available: number }[]; shortages: string[] }

export function RoundEditor({
  contestId,
  defaultValue,
  choices,
  lastResult,
  submitLabel,
}: {
  contestId: string
  defaultValue: ReturnType<typeof formDefaults>
  choices: Choices
  lastResult: SubmissionResult<string[]> | undefined
  submitLabel: string
}) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const check = useFetcher<BankCheck>()
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: roundFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const quotas = fields.quotas.getFieldList()
  const formRef = useRef<HTMLFormElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const { load } = check

  // Ask the server whether the chosen banks can fill the quotas, as the organiser edits them.
  const runCheck = useCallback(() => {
    const el = formRef.current
    if (!el) return
    const data = new FormData(el)
    const params = new URLSearchParams()
    for (const id of data.getAll(fields.bankIds.name)) params.append('bankIds', String(id))
    const list: { difficulty?: string; tag?: string; count: number }[] = []
    for (let i = 0; i < 100; i++) {
      const count = data.get(`quotas[${i}].count`)
      if (count === null) break
      const difficulty = String(data.get(`quotas[${i}].difficulty`) ?? '')
      const tag = String(data.get(`quotas[${i}].tag`) ?? '').trim()
      list.push({ ...(difficulty ? { difficulty } : {}), ...(tag ? { tag } : {}), count: Number(count) })
    }
    params.set('quotas', JSON.stringify(list))
    load(`/organiser/contests/${contestId}/bank-check?${params}`)
  }, [contestId, fields.bankIds.name, load])

  useEffect(() => {
    runCheck()
  }, [runCheck, quotas.length])

  const scheduleCheck = () => {
    clearTimeout(timer.current)
    timer.current = setTimeout(runCheck, 400)
  }

  const result = check.data
  return (
    <Form method="post" {...getFormProps(form)} ref={formRef} onChange={scheduleCheck} className="space-y-6">
      <CsrfInput />
      {/* Enter in a field submits the form: this first submit button makes sure it is not an add/remove button below. */}
      <button type="submit" className="hidden" tabIndex={-1} aria-hidden="true" />
      {form.errors?.length ? <Alert tone="error">{form.errors.join(' ')}</Alert> : null}
      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.round.timing')}</h2>
        <TextField label={t('contests.round.title')} hint={t('contests.round.titleHint')} errors={fields.title.errors} {...getInputProps(fields.title, { type: 'text' })} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('contests.round.opensAt')} hint={t('contests.round.vietnamTime')} errors={fields.opensAt.errors} {...getInputProps(fields.opensAt, { type: 'datetime-local' })} />
          <TextField label={t('contests.round.closesAt')} hint={t('contests.round.vietnamTime')} errors={fields.closesAt.errors} {...getInputProps(fields.closesAt, { type: 'datetime-local' })} />
        </div>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.round.draw')}</h2>
        <fieldset>
          <legend className="text-sm font-medium text-ink-700">{t('contests.round.banks')}</legend>
          <div className="mt-2 space-y-1">
            {choices.banks.map((b) => (
              <label key={b.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={fields.bankIds.name} value={b.id} defaultChecked={defaultValue.bankIds.includes(b.id)} />
                {b.name} <span className="text-ink-600">({t('contests.round.approvedCount', { count: b.approved })})</span>
              </label>
            ))}
          </div>
          {fields.bankIds.errors ? (
            <p role="alert" className="text-sm text-bad-700">
              {fields.bankIds.errors.join(' ')}
            </p>
          ) : null}
        </fieldset>
        <datalist id="quota-tags">
          {choices.tags.map((tag) => (
            <option key={tag.tag} value={tag.tag} />
          ))}
        </datalist>
        <div className="space-y-3">
          <p className="text-sm font-medium text-ink-700">{t('contests.round.quotas')}</p>
          {fields.quotas.errors ? (
            <p role="alert" className="text-sm text-bad-700">
              {fields.quotas.errors.join(' ')}
            </p>
          ) : null}
          {quotas.map((quota, index) => {
            const q = quota.getFieldset()
            return (
              <fieldset key={quota.key} className="grid items-end gap-3 rounded-lg border border-ink-200 p-3 sm:grid-cols-[1fr_1.5fr_6rem_auto]">
                <legend className="px-1 text-sm">{t('contests.round.quotaN', { n: index + 1 })}</legend>
                <SelectField label={t('contests.round.difficulty')} errors={q.difficulty.errors} {...getSelectProps(q.difficulty)}>
                  <option value="">{t('contests.round.anyDifficulty')}</option>
                  {DIFFICULTIES.map((d) => (
                    <option key={d} value={d}>
                      {t(`contests.difficulty.${d}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField label={t('contests.round.tag')} list="quota-tags" placeholder={t('contests.round.anyTag')} errors={q.tag.errors} {...getInputProps(q.tag, { type: 'text' })} />
                <TextField label={t('contests.round.count')} inputMode="numeric" errors={q.count.errors} {...getInputProps(q.count, { type: 'number' })} />
                <Button type="submit" variant="ghost" size="sm" {...form.remove.getButtonProps({ name: fields.quotas.name, index })}>
                  {t('contests.round.removeQuota')}
                </Button>
              </fieldset>
            )
          })}
          <Button type="submit" variant="secondary" size="sm" {...form.insert.getButtonProps({ name: fields.quotas.name, defaultValue: { difficulty: '', tag: '', count: '1' } })}>
            {t('contests.round.addQuota')}
          </Button>
        </div>
        <div aria-live="polite" className="rounded-lg bg-ink-50 p-3 text-sm">
          <p className="font-medium">{t('contests.round.bankCheck')}</p>
          {!result || !result.ready ? (
            <p className="text-ink-600">{t('contests.round.bankCheckWaiting')}</p>
          ) : (
            <>
              <p>{t('contests.round.poolSize', { count: result.poolSize })}</p>
              <ul className="mt-1 list-disc pl-5">
                {result.quotas.map((q, i) => (
                  <li key={i} className={q.available < q.needed ? 'text-bad-700' : ''}>
                    {t('contests.round.quotaAvailability', { label: q.label, needed: q.needed, available: q.available })}
                  </li>
                ))}
              </ul>
              {result.shortages.length ? (
                <Alert tone="warning" className="mt-2">
                  <p className="font-medium">{t('contests.round.cannotPublish')}</p>
                  <ul className="list-disc pl-5">
                    {result.shortages.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </Alert>
              ) : (
                <p className="mt-1 text-ok-700">{t('contests.round.bankOk')}</p>
              )}
            </>
          )}
        </div>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.round.attemptRules')}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label={t('contests.round.timeLimit')} inputMode="numeric" errors={fields.timeLimitMinutes.errors} {...getInputProps(fields.timeLimitMinutes, { type: 'number' })} />
          <TextField label={t('contests.round.grace')} hint={t('contests.round.graceHint')} inputMode="numeric" errors={fields.graceSeconds.errors} {...getInputProps(fields.graceSeconds, { type: 'number' })} />
          <TextField label={t('contests.round.attemptsAllowed')} hint={t('contests.round.attemptsAllowedHint')} inputMode="numeric" errors={fields.attemptsAllowed.errors} {...getInputProps(fields.attemptsAllowed, { type: 'number' })} />
        </div>
        <SelectField label={t('contests.round.countingAttempt')} errors={fields.countingAttempt.errors} {...getSelectProps(fields.countingAttempt)}>
          {COUNTING_ATTEMPT_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`contests.counting.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input {...getInputProps(fields.shuffleQuestions, { type: 'checkbox' })} /> {t('contests.round.shuffleQuestions')}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input {...getInputProps(fields.shuffleOptions, { type: 'checkbox' })} /> {t('contests.round.shuffleOptions')}
          </label>
        </div>
        <SelectField label={t('contests.round.prediction')} hint={t('contests.round.predictionHint')} errors={fields.predictionQuestionId.errors} {...getSelectProps(fields.predictionQuestionId)}>
          <option value="">{t('contests.round.noPrediction')}</option>
          {choices.predictions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.stem} ({p.bank})
            </option>
          ))}
        </SelectField>
        <SelectField label={t('contests.round.reveal')} errors={fields.revealAnswers.errors} {...getSelectProps(fields.revealAnswers)}>
          {REVEAL_ANSWERS.map((r) => (
            <option key={r} value={r}>
              {t(`contests.reveal.${r}`)}
            </option>
          ))}
        </SelectField>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg">{t('contests.round.prizes')}</h2>
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <TextField label={t('contests.prize.first')} inputMode="numeric" errors={fields.prizeFirst.errors} {...getInputProps(fields.prizeFirst, { type: 'number' })} />
          <TextField label={t('contests.prize.second')} inputMode="numeric" errors={fields.prizeSecond.errors} {...getInputProps(fields.prizeSecond, { type: 'number' })} />
          <TextField label={t('contests.prize.third')} inputMode="numeric" errors={fields.prizeThird.errors} {...getInputProps(fields.prizeThird, { type: 'number' })} />
          <TextField label={t('contests.prize.consolation')} inputMode="numeric" errors={fields.prizeConsolation.errors} {...getInputProps(fields.prizeConsolation, { type: 'number' })} />
        </div>
        <TextField label={t('contests.round.prizeMinScore')} hint={t('contests.round.prizeMinScoreHint')} inputMode="decimal" errors={fields.prizeMinScorePercent.errors} {...getInputProps(fields.prizeMinScorePercent, { type: 'number' })} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-ink-700">{t('contests.round.certificate')}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input {...getInputProps(fields.certPrizeWinners, { type: 'checkbox' })} /> {t('contests.round.certPrizeWinners')}
          </label>
          <TextField label={t('contests.round.certMinScore')} hint={t('contests.round.certMinScoreHint')} inputMode="decimal" errors={fields.certMinScorePercent.errors} {...getInputProps(fields.certMinScorePercent, { type: 'number' })} />
        </fieldset>
      </Card>

      <Button type="submit" disabled={navigation.state === 'submitting'}>
        {submitLabel}
      </Button>
    </Form>
  )
}
