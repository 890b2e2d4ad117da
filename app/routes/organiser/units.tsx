import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { UNIT_KINDS } from '~/core/units/parse-unit-rows'
import { createUnit, listOrganisationUnits, mergeUnit, moveUnit, updateUnit } from '~/models/units.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { unitActionSchema } from './units-schema'

export const meta: MetaFunction = () => [{ title: 'Đơn vị · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  return { units: await listOrganisationUnits(context.services.db, user.organisationId) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: unitActionSchema })
  if (submission.status !== 'success') {
    return { intent: String(formData.get('intent')), id: String(formData.get('id') ?? ''), errors: submission.error ?? {} }
  }
  const { db } = context.services
  const v = submission.value
  const result =
    v.intent === 'create'
      ? await createUnit(db, user, { name: v.name, parentId: v.parentId, kind: v.kind, headcount: v.headcount })
      : v.intent === 'update'
        ? await updateUnit(db, user, v.id, { name: v.name, kind: v.kind, headcount: v.headcount })
        : v.intent === 'move'
          ? await moveUnit(db, user, v.id, v.parentId)
          : await mergeUnit(db, user, v.id, v.targetId)
  if (!result.ok) {
    return { intent: v.intent, id: 'id' in v ? v.id : '', errors: { [result.field ?? '']: [result.message] } }
  }
  const message = { create: 'Đã thêm đơn vị.', update: 'Đã cập nhật đơn vị.', move: 'Đã chuyển đơn vị.', merge: 'Đã gộp đơn vị.' }[v.intent]
  return redirectWithToast(request, context, '/organiser/units', { kind: 'success', message })
}

type ActionErrors = Record<string, string[] | null | undefined>

function errorsFor(data: { intent: string; id: string; errors: ActionErrors } | undefined, intent: string, id = '') {
  return data && data.intent === intent && data.id === id ? data.errors : undefined
}

export default function Units() {
  const { t } = useTranslation()
  const { units } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const location = useLocation()
  const createErrors = errorsFor(actionData, 'create')
  const formLevel = (errs: ActionErrors | undefined) => errs?.[''] ?? errs?.id
  return (
    <div>
      <PageHeader
        title={t('units.title')}
        lead={t('units.lead')}
        actions={
          <Link to="/organiser/units/import" className={buttonClass('secondary')}>
            {t('units.import')}
          </Link>
        }
      />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg">{t('units.add')}</h2>
        {formLevel(createErrors) ? <Alert tone="error" className="mb-3">{formLevel(createErrors)?.join(' ')}</Alert> : null}
        <Form method="post" className="grid gap-4 md:grid-cols-2" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="create" />
          <TextField label={t('units.name')} name="name" required errors={createErrors?.name} />
          <SelectField label={t('units.parent')} name="parentId" errors={createErrors?.parentId}>
            <option value="">{t('units.noParent')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {'\u2003'.repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('units.kind')} name="kind" defaultValue="UNIT">
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`units.kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('units.headcount')} hint={t('units.headcountHint')} name="headcount" type="number" min={0} inputMode="numeric" errors={createErrors?.headcount} />
          <div className="md:col-span-2">
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {t('units.add')}
            </Button>
          </div>
        </Form>
      </Card>

      {units.length === 0 ? (
        <EmptyState title={t('units.empty')} />
      ) : (
        // Keyed by navigation so every panel closes after a change is saved.
        <ul key={location.key} className="divide-y divide-ink-200 rounded-xl border border-ink-200 bg-white" aria-label={t('units.title')}>
          {units.map((u) => {
            const updateErrors = errorsFor(actionData, 'update', u.id)
            const moveErrors = errorsFor(actionData, 'move', u.id)
            const mergeErrors = errorsFor(actionData, 'merge', u.id)
            const open = Boolean(updateErrors || moveErrors || mergeErrors)
            return (
              <li key={u.id} className="px-4 py-3" style={{ paddingLeft: `${1 + u.depth * 1.5}rem` }}>
                <details open={open}>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="font-medium">{u.name}</span>
                    <span className="rounded bg-ink-100 px-2 py-0.5 text-xs text-ink-700">{t(`units.kinds.${u.kind}`)}</span>
                    <span className="text-sm text-ink-600">
                      {t('units.members', { count: u.members })}
                      {u.headcount != null ? ` / ${u.headcount}` : ''}
                    </span>
                  </summary>
                  <div className="mt-3 grid gap-4 lg:grid-cols-3">
                    <Form method="post" className="space-y-2" noValidate>
                      <CsrfInput />
                      <input type="hidden" name="intent" value="update" />
                      <input type="hidden" name="id" value={u.id} />
                      {formLevel(updateErrors) ? <Alert tone="error">{formLevel(updateErrors)?.join(' ')}</Alert> : null}
                      <TextField label={t('units.name')} name="name" defaultValue={u.name} errors={updateErrors?.name} />
                      <SelectField label={t('units.kind')} name="kind" defaultValue={u.kind}>
                        {UNIT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`units.kinds.${k}`)}
                          </option>
                        ))}
                      </SelectField>
                      <TextField label={t('units.headcount')} name="headcount" type="number" min={0} defaultValue={u.headcount ?? ''} errors={updateErrors?.headcount} />
                      <Button type="submit" size="sm">{t('units.save')}</Button>
                    </Form>
                    <Form method="post" className="space-y-2" noValidate>
                      <CsrfInput />
                      <input type="hidden" name="intent" value="move" />
                      <input type="hidden" name="id" value={u.id} />
                      {formLevel(moveErrors) ? <Alert tone="error">{formLevel(moveErrors)?.join(' ')}</Alert> : null}
                      <SelectField label={t('units.parent')} name="parentId" defaultValue={u.parentId ?? ''} errors={moveErrors?.parentId}>
                        <option value="">{t('units.noParent')}</option>
                        {units
                          .filter((o) => o.id !== u.id)
                          .map((o) => (
                            <option key={o.id} value={o.id}>
                              {'\u2003'.repeat(o.depth)}
                              {o.name}
                            </option>
                          ))}
                      </SelectField>
                      <Button type="submit" size="sm" variant="secondary">{t('units.move')}</Button>
                    </Form>
                    <Form method="post" className="space-y-2" noValidate>
                      <CsrfInput />
                      <input type="hidden" name="intent" value="merge" />
                      <input type="hidden" name="id" value={u.id} />
                      {formLevel(mergeErrors) ? <Alert tone="error">{formLevel(mergeErrors)?.join(' ')}</Alert> : null}
                      <SelectField label={t('units.merge')} name="targetId" hint={t('units.mergeHint')} errors={mergeErrors?.targetId}>
                        <option value="">—</option>
                        {units
                          .filter((o) => o.id !== u.id)
                          .map((o) => (
                            <option key={o.id} value={o.id}>
                              {'\u2003'.repeat(o.depth)}
                              {o.name}
                            </option>
                          ))}
                      </SelectField>
                      <Button type="submit" size="sm" variant="danger">{t('units.merge')}</Button>
                    </Form>
                  </div>
                </details>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
