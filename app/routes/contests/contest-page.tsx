import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { readEligibility } from '~/core/contest/eligibility'
import { readRegistrationFields } from '~/core/contest/registration-fields'
import { roundPhase } from '~/core/contest/round-phase'
import { formatVietnamDateTime } from '~/core/contest/vietnam-time'
import { flattenTree } from '~/core/units/unit-tree'
import { admittedUnits, organisationUnits } from '~/models/contests/contest.server'
import { findPublicContest, registrationOf } from '~/models/contests/participant.server'
import { registerForContest } from '~/models/contests/registration.server'
import { getOptionalUser, requireUser } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { StatusBadge } from './organiser/contest-tabs'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.contest.title ?? 'Cuộc thi'} · Thi Pháp Luật` }]

async function load(slug: string | undefined, context: LoaderFunctionArgs['context']) {
  const contest = await findPublicContest(context.services.db, slug ?? '')
  if (!contest) throw new Response('Không tìm thấy cuộc thi', { status: 404, statusText: 'Not Found' })
  return contest
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const contest = await load(params.slug, context)
  const user = await getOptionalUser(request, context)
  const now = new Date()
  const eligibility = readEligibility(contest.eligibility)
  const units = await organisationUnits(context.services.db, contest.organisationId)
  const admitted = eligibility.unitIds.length ? admittedUnits(units, eligibility.unitIds) : null
  const registration = user ? await registrationOf(context.services.db, contest.id, user.id) : null
  return {
    contest: {
      slug: contest.slug,
      title: contest.title,
      description: contest.description,
      rulesText: contest.rulesText,
      banner: contest.bannerMime ? `/contests/${contest.slug}/banner` : contest.bannerUrl,
      organiser: contest.organisation.name,
      archived: contest.status === 'ARCHIVED',
      registrations: contest._count.registrations,
      minAge: eligibility.minAge ?? null,
      maxAge: eligibility.maxAge ?? null,
      eligibleUnits: eligibility.unitIds.length ? units.filter((u) => eligibility.unitIds.includes(u.id)).map((u) => u.name) : [],
    },
    rounds: contest.rounds.map((r) => ({ id: r.id, title: r.title, phase: roundPhase(r, now), opensAt: r.opensAt.toISOString(), closesAt: r.closesAt.toISOString() })),
    fields: readRegistrationFields(contest.registrationFields),
    units: flattenTree(units)
      .filter((u) => !admitted || admitted.has(u.id))
      .map((u) => ({ id: u.id, label: `${'\u2003'.repeat(u.depth)}${u.name}` })),
    user: user ? { unitId: user.unitId } : null,
    registered: registration !== null,
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const contest = await load(params.slug, context)
  const formData = await readForm(request, context)
  const fields: Record<string, unknown> = {}
  for (const [key, value] of formData) if (key.startsWith('field:')) fields[key.slice(6)] = value
  const unitId = formData.get('unitId')
  const result = await registerForContest(context.services.db, {
    contestId: contest.id,
    userId: user.id,
    unitId: typeof unitId === 'string' && unitId ? unitId : null,
    fields,
    now: new Date(),
  })
  if (!result.ok) return { message: result.message ?? 'Vui lòng kiểm tra lại các thông tin được đánh dấu.', fieldErrors: result.fieldErrors ?? {} }
  return redirectWithToast(request, context, `/contests/${contest.slug}`, { kind: 'success', message: 'Đăng ký dự thi thành công. Chúc bạn thi tốt!' })
}

export default function ContestPage() {
  const { t } = useTranslation()
  const { contest, rounds, fields, units, user, registered } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const location = useLocation()
  const errors = actionData?.fieldErrors ?? {}
  const open = rounds.find((r) => r.phase === 'open')
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {contest.banner ? <img src={contest.banner} alt="" className="max-h-56 w-full rounded-xl object-cover" /> : null}
      <div>
        <p className="text-sm text-ink-600">{contest.organiser}</p>
        <h1 className="text-2xl sm:text-3xl">{contest.title}</h1>
        {contest.description ? <p className="mt-2 whitespace-pre-line text-ink-700">{contest.description}</p> : null}
        <p className="mt-2 text-sm text-ink-600">{t('contests.public.registered', { count: contest.registrations })}</p>
      </div>

      {contest.archived ? <Alert tone="info">{t('contests.public.archived')}</Alert> : null}

      <section aria-labelledby="join-heading">
        <Card className="space-y-4">
          <h2 id="join-heading" className="text-lg">
            {t('contests.register.title')}
          </h2>
          {!user ? (
            <>
              <p>{t('contests.register.loginFirst')}</p>
              <div className="flex flex-wrap gap-2">
                <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`} className={buttonClass('primary')}>
                  {t('nav.login')}
                </Link>
                <Link to="/register" className={buttonClass('secondary')}>
                  {t('nav.register')}
                </Link>
              </div>
            </>
          ) : registered ? (
            <>
              <Alert tone="success">{t('contests.register.done')}</Alert>
              {open ? (
                <Link to={`/contests/${contest.slug}/rounds/${open.id}`} className={buttonClass('primary', 'lg', 'w-full sm:w-auto')}>
                  {t('contests.register.goToRound', { round: open.title })}
                </Link>
              ) : null}
            </>
          ) : contest.archived ? null : (
            <Form method="post" className="space-y-4" noValidate>
              <CsrfInput />
              {actionData?.message ? <Alert tone="error">{actionData.message}</Alert> : null}
              {contest.minAge !== null || contest.maxAge !== null || contest.eligibleUnits.length ? (
                <p className="text-sm text-ink-700">
                  {t('contests.register.eligibility')}{' '}
                  {contest.minAge !== null ? t('contests.register.minAge', { age: contest.minAge }) : ''}{' '}
                  {contest.maxAge !== null ? t('contests.register.maxAge', { age: contest.maxAge }) : ''}{' '}
                  {contest.eligibleUnits.length ? t('contests.register.units', { units: contest.eligibleUnits.join(', ') }) : ''}
                </p>
              ) : null}
              <SelectField label={t('contests.register.unit')} name="unitId" defaultValue={units.some((u) => u.id === user.unitId) ? (user.unitId ?? '') : ''} errors={errors.unitId}>
                <option value="">{t('auth.chooseUnit')}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.label}
                  </option>
                ))}
              </SelectField>
              {fields.map((f) =>
                f.type === 'select' ? (
                  <SelectField key={f.key} label={`${f.label}${f.required ? ' *' : ''}`} name={`field:${f.key}`} errors={errors[f.key]} defaultValue="">
                    <option value="">{t('contests.register.choose')}</option>
                    {f.options.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </SelectField>
                ) : (
                  <TextField
                    key={f.key}
                    label={`${f.label}${f.required ? ' *' : ''}`}
                    name={`field:${f.key}`}
                    type={f.type === 'date' ? 'date' : 'text'}
                    inputMode={f.type === 'number' ? 'decimal' : undefined}
                    errors={errors[f.key]}
                  />
                ),
              )}
              <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={navigation.state === 'submitting'}>
                {t('contests.register.submit')}
              </Button>
            </Form>
          )}
        </Card>
      </section>

      <section aria-labelledby="rounds-heading" className="space-y-3">
        <h2 id="rounds-heading" className="text-lg">
          {t('contests.public.rounds')}
        </h2>
        {rounds.length === 0 ? <p className="text-ink-600">{t('contests.public.noRounds')}</p> : null}
        <ul className="space-y-2">
          {rounds.map((r) => (
            <li key={r.id}>
              <Link to={`/contests/${contest.slug}/rounds/${r.id}`} className="flex flex-col gap-1 rounded-xl border border-ink-200 bg-white p-4 no-underline hover:border-brand-700 hover:no-underline sm:flex-row sm:items-center sm:justify-between">
                <span>
                  <span className="block font-medium text-ink-900">{r.title}</span>
                  <span className="block text-sm text-ink-600">
                    {formatVietnamDateTime(r.opensAt)} → {formatVietnamDateTime(r.closesAt)}
                  </span>
                </span>
                <StatusBadge status={r.phase} label={t(`contests.phase.${r.phase}`)} />
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-sm">
          <Link to={`/contests/${contest.slug}/stats`}>{t('contests.public.statsLink')}</Link>
        </p>
      </section>

      {contest.rulesText ? (
        <section aria-labelledby="rules-heading">
          <Card>
            <h2 id="rules-heading" className="mb-2 text-lg">
              {t('contests.public.rulesText')}
            </h2>
            <div className="whitespace-pre-line text-ink-800">{contest.rulesText}</div>
          </Card>
        </section>
      ) : null}
    </div>
  )
}
