import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { createLiveSession, listLiveBanks, listLiveSessions } from '~/models/live-sessions.server'
import { listSetsForSession } from '~/models/question-sets.server'
import { readForm } from '~/utils/csrf.server'
import { requireLiveEngine } from '~/utils/live-engine.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { createSessionSchema, type SessionSource } from './create-session-schema'
import { StatusBadge } from './status-badge'

export const meta: MetaFunction = () => [{ title: 'Thi trực tiếp · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db } = context.services
  const [banks, sets, sessions] = await Promise.all([
    listLiveBanks(db, user.organisationId),
    listSetsForSession(db, user.organisationId),
    listLiveSessions(db, user.organisationId),
  ])
  // "Create a session from this set" on the sets page lands here with the set chosen.
  const wanted = new URL(request.url).searchParams.get('set')
  return {
    userId: user.id,
    banks: banks.filter((b) => b.questionCount > 0),
    sets,
    preselectedSetId: sets.some((s) => s.id === wanted) ? wanted : null,
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      pin: s.pin,
      status: s.status,
      createdAt: s.createdAt.toISOString(),
      hostName: s.host.fullName,
      mine: s.hostId === user.id,
      players: s._count.players,
      questions: s.questionVersionIds.length,
    })),
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: createSessionSchema })
  if (submission.status !== 'success') return submission.reply()
  const v = submission.value
  const settings = {
    scoringMode: v.scoringMode,
    streakBonus: v.scoringMode === 'speed' && v.streakBonus,
    questionTimeLimitSec: v.questionTimeLimitSec,
    teamMode: v.teamMode,
  }
  const created = await createLiveSession(
    context.services.db,
    requireLiveEngine(context),
    user,
    v.source === 'set'
      ? { title: v.title, setId: v.setId, settings }
      : { title: v.title, filter: { bankId: v.bankId, tags: v.tags, difficulty: v.difficulty ?? null, count: v.count }, settings },
  )
  if (!created.ok) {
    return submission.reply(created.field ? { fieldErrors: { [created.field]: [created.message] } } : { formErrors: [created.message] })
  }
  return redirectWithToast(request, context, `/organiser/live/${created.id}/host`, { kind: 'success', message: `Đã tạo phiên thi. Mã PIN: ${created.pin}` })
}

export default function LiveSessions() {
  const { t, i18n } = useTranslation()
  const { banks, sets, sessions, preselectedSetId } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const firstSource: SessionSource = preselectedSetId || banks.length === 0 ? 'set' : 'bank'
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createSessionSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    defaultValue: { source: firstSource, bankId: banks[0]?.id ?? '', setId: preselectedSetId ?? sets[0]?.id ?? '', count: '10', questionTimeLimitSec: '20', scoringMode: 'speed' },
  })
  const [source, setSource] = useState<SessionSource>(firstSource)
  const [bankId, setBankId] = useState(banks[0]?.id ?? '')
  const bank = banks.find((b) => b.id === bankId)
  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })

  return (
    <div>
      <PageHeader
        title={t('live.title')}
        lead={t('live.lead')}
        actions={
          <Link to="/organiser/live/sets" className={buttonClass('secondary', 'md', 'whitespace-nowrap')}>
            {t('live.sets.nav')}
          </Link>
        }
      />
      <Card className="mb-8">
        <h2 className="mb-4 text-xl">{t('live.create.heading')}</h2>
        {banks.length === 0 && sets.length === 0 ? (
          <Alert tone="warning">{t('live.create.noBanks')}</Alert>
        ) : (
          <Form method="post" {...getFormProps(form)} className="grid gap-4 md:grid-cols-2">
            <CsrfInput />
            {form.errors ? <Alert tone="error" className="md:col-span-2">{form.errors.join(' ')}</Alert> : null}
            <TextField
              label={t('live.create.title')}
              hint={t('live.create.titleHint')}
              className="md:col-span-2"
              errors={fields.title.errors}
              {...getInputProps(fields.title, { type: 'text' })}
              key={fields.title.key}
            />
            <fieldset className="md:col-span-2">
              <legend className="mb-2 text-sm font-medium text-ink-700">{t('live.create.source')}</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                {(['bank', 'set'] as const).map((option) => (
                  <label key={option} className="flex min-h-[44px] cursor-pointer items-center gap-3 rounded-lg border border-ink-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                    <input
                      type="radio"
                      name={fields.source.name}
                      value={option}
                      checked={source === option}
                      disabled={option === 'bank' && banks.length === 0}
                      onChange={() => setSource(option)}
                      className="h-4 w-4"
                    />
                    <span>{t(option === 'bank' ? 'live.create.fromBank' : 'live.create.fromSet')}</span>
                  </label>
                ))}
              </div>
              {fields.source.errors ? (
                <p className="mt-1 text-sm text-bad-700" role="alert">
                  {fields.source.errors.join(' ')}
                </p>
              ) : null}
            </fieldset>
            {source === 'set' ? (
              <div className="md:col-span-2">
                {sets.length === 0 ? (
                  <Alert tone="info">
                    {t('live.create.noSets')}{' '}
                    <Link to="/organiser/live/sets/new">{t('live.sets.create')}</Link>
                  </Alert>
                ) : (
                  <SelectField
                    label={t('live.create.set')}
                    hint={
                      <>
                        {t('live.create.setHint')} <Link to="/organiser/live/sets">{t('live.create.manageSets')}</Link>
                      </>
                    }
                    errors={fields.setId.errors}
                    {...getSelectProps(fields.setId)}
                    key={fields.setId.key}
                  >
                    {sets.map((s) => (
                      <option key={s.id} value={s.id}>
                        {t('live.create.setCount', { name: s.name, count: s.questionCount })}
                        {s.blockedCount > 0 ? ` — ${t('live.create.setBlocked', { count: s.blockedCount })}` : ''}
                      </option>
                    ))}
                  </SelectField>
                )}
              </div>
            ) : (
              <>
                <SelectField
                  label={t('live.create.bank')}
                  errors={fields.bankId.errors}
                  {...getSelectProps(fields.bankId)}
                  key={fields.bankId.key}
                  onChange={(e) => setBankId(e.currentTarget.value)}
                >
                  {banks.map((b) => (
                    <option key={b.id} value={b.id}>
                      {t('live.create.bankCount', { name: b.name, count: b.questionCount })}
                    </option>
                  ))}
                </SelectField>
                <SelectField label={t('live.create.difficulty')} errors={fields.difficulty.errors} {...getSelectProps(fields.difficulty)} key={fields.difficulty.key}>
                  <option value="">{t('live.create.anyDifficulty')}</option>
                  {(['EASY', 'MEDIUM', 'HARD'] as const).map((d) => (
                    <option key={d} value={d}>
                      {t(`live.difficulty.${d}`)}
                    </option>
                  ))}
                </SelectField>
                {bank && bank.tags.length > 0 ? (
                  <fieldset className="md:col-span-2">
                    <legend className="mb-2 text-sm font-medium text-ink-700">{t('live.create.tags')}</legend>
                    <div className="flex flex-wrap gap-2" key={bank.id}>
                      {bank.tags.map(({ tag, count }) => (
                        <label key={tag} className="inline-flex min-h-[44px] cursor-pointer items-center gap-2 rounded-full border border-ink-300 bg-white px-3 py-1 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                          <input type="checkbox" name="tags" value={tag} className="h-4 w-4" />
                          {tag} <span className="text-ink-600">({count})</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ) : null}
                <TextField
                  label={t('live.create.count')}
                  hint={t('live.create.countHint')}
                  errors={fields.count.errors}
                  inputMode="numeric"
                  {...getInputProps(fields.count, { type: 'number' })}
                  key={fields.count.key}
                  min={1}
                />
              </>
            )}
            <TextField
              label={t('live.create.timeLimit')}
              errors={fields.questionTimeLimitSec.errors}
              inputMode="numeric"
              {...getInputProps(fields.questionTimeLimitSec, { type: 'number' })}
              key={fields.questionTimeLimitSec.key}
              min={5}
              max={120}
            />
            <fieldset className="md:col-span-2">
              <legend className="mb-2 text-sm font-medium text-ink-700">{t('live.create.scoring')}</legend>
              <div className="grid gap-2">
                {(['speed', 'correctness'] as const).map((mode) => (
                  <label key={mode} className="flex min-h-[44px] cursor-pointer items-start gap-3 rounded-lg border border-ink-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                    <input type="radio" name={fields.scoringMode.name} value={mode} defaultChecked={mode === 'speed'} className="mt-1 h-4 w-4" />
                    <span>{t(`live.create.${mode}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="flex min-h-[44px] items-center gap-3 md:col-span-2">
              <input type="checkbox" name={fields.streakBonus.name} className="h-4 w-4" />
              {t('live.create.streak')}
            </label>
            <label className="flex min-h-[44px] items-center gap-3 md:col-span-2">
              <input type="checkbox" name={fields.teamMode.name} className="h-4 w-4" />
              {t('live.create.teamMode')}
            </label>
            <div className="md:col-span-2">
              <Button type="submit" size="lg" disabled={navigation.state === 'submitting' || (source === 'set' && sets.length === 0)}>
                {t('live.create.submit')}
              </Button>
            </div>
          </Form>
        )}
      </Card>

      <h2 className="mb-3 text-xl">{t('live.sessions.heading')}</h2>
      {sessions.length === 0 ? (
        <EmptyState title={t('live.sessions.empty')}>{t('live.sessions.emptyHint')}</EmptyState>
      ) : (
        <ul className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white" aria-label={t('live.sessions.heading')}>
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link to={`/organiser/live/${s.id}`} className="font-medium">
                    {s.title}
                  </Link>
                  <StatusBadge status={s.status} />
                  {s.status !== 'ENDED' ? <span className="rounded bg-ink-100 px-2 py-0.5 font-mono text-sm text-ink-900">PIN {s.pin}</span> : null}
                </p>
                <p className="mt-1 text-sm text-ink-600">
                  {dateFormat.format(new Date(s.createdAt))} · {t('live.sessions.questions', { count: s.questions })}
                  {s.status === 'ENDED' ? ` · ${t('live.sessions.players', { count: s.players })}` : ''} · {t('live.sessions.hostedBy', { name: s.hostName })}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {s.status !== 'ENDED' && s.mine ? (
                  <Link to={`/organiser/live/${s.id}/host`} className={buttonClass('primary', 'sm')}>
                    {t('live.sessions.host')}
                  </Link>
                ) : null}
                <Link to={`/organiser/live/${s.id}`} className={buttonClass('secondary', 'sm')}>
                  {s.status === 'ENDED' ? t('live.sessions.results') : t('live.sessions.details')}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
