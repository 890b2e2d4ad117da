import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, PageHeader } from '~/components/ui/card'
import { TextAreaField, TextField } from '~/components/ui/field'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'
import { addUnique, moveItem, type SetQuestionView } from '~/core/live/question-set'
import { createQuestionSet, deleteQuestionSet, getQuestionSet, updateQuestionSet } from '~/models/question-sets.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { questionSetFormSchema } from './question-set-schema'
import { SetChosenList } from './set-chosen-list'
import { SetQuestionPicker } from './set-question-picker'

/** Creates (/organiser/live/sets/new) or edits (/organiser/live/sets/:setId) a saved question set. */

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.set?.name ?? 'Tạo bộ câu hỏi'} · Bộ câu hỏi đã lưu` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db } = context.services
  const [set, banks] = await Promise.all([
    params.setId ? getQuestionSet(db, user.organisationId, params.setId) : Promise.resolve(null),
    db.questionBank.findMany({ where: { organisationId: user.organisationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  if (params.setId && !set) throw new Response('Không tìm thấy bộ câu hỏi', { status: 404, statusText: 'Not Found' })
  return { set, banks }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db } = context.services
  const formData = await readForm(request, context)
  if (formData.get('intent') === 'delete' && params.setId) {
    const deleted = await deleteQuestionSet(db, user, params.setId)
    if (!deleted.ok) throw new Response(deleted.message, { status: 404, statusText: 'Not Found' })
    return redirectWithToast(request, context, '/organiser/live/sets', { kind: 'success', message: `Đã xóa bộ câu hỏi “${deleted.name}”.` })
  }
  const submission = parseWithZod(formData, { schema: questionSetFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const saved = params.setId ? await updateQuestionSet(db, user, params.setId, submission.value) : await createQuestionSet(db, user, submission.value)
  if (!saved.ok) return submission.reply(saved.field ? { fieldErrors: { [saved.field]: [saved.message] } } : { formErrors: [saved.message] })
  return redirectWithToast(request, context, `/organiser/live/sets/${saved.id}`, {
    kind: 'success',
    message: `Đã lưu bộ câu hỏi “${submission.value.name}” (${submission.value.questionIds.length} câu).`,
  })
}

export default function QuestionSetPage() {
  const { set } = useLoaderData<typeof loader>()
  // Remounted after every save, so the list starts again from what was stored (with fresh checks).
  return <SetEditor key={set ? `${set.id}:${set.updatedAt}` : 'new'} />
}

function SetEditor() {
  const { t } = useTranslation()
  const { set, banks } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [items, setItems] = useState<SetQuestionView[]>(set?.items ?? [])
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { name: set?.name ?? '', description: set?.description ?? '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: questionSetFormSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const saving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save'
  const blocked = items.filter((i) => i.problem !== null).length
  const chosenIds = new Set(items.map((i) => i.id))

  return (
    <div>
      <PageHeader
        title={set ? set.name : t('live.sets.newTitle')}
        actions={
          <>
            {set ? (
              <Link to={`/organiser/live?set=${encodeURIComponent(set.id)}`} className={buttonClass('primary')}>
                {t('live.sets.startSession')}
              </Link>
            ) : null}
            <Link to="/organiser/live/sets" className={buttonClass('secondary')}>
              {t('live.sets.backToList')}
            </Link>
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Form method="post" {...getFormProps(form)} className="space-y-6">
          <CsrfInput />
          <input type="hidden" name="intent" value="save" />
          {set ? <input type="hidden" name="loadedAt" value={set.updatedAt} /> : null}
          {form.errors ? <Alert tone="error">{form.errors.join(' ')}</Alert> : null}
          <Card className="space-y-4">
            <h2 className="text-xl">{t('live.sets.details')}</h2>
            <TextField label={t('live.sets.name')} hint={t('live.sets.nameHint')} errors={fields.name.errors} {...getInputProps(fields.name, { type: 'text' })} key={fields.name.key} />
            <TextAreaField label={t('live.sets.description')} errors={fields.description.errors} {...getTextareaProps(fields.description)} key={fields.description.key} rows={2} />
          </Card>
          <Card className="space-y-3">
            <h2 className="text-xl">{t('live.sets.chosen', { count: items.length })}</h2>
            <p className="text-sm text-ink-600">{t('live.sets.chosenHint')}</p>
            {blocked > 0 ? <Alert tone="warning">{t('live.sets.problemsAlert', { count: blocked })}</Alert> : null}
            {fields.questionIds.errors ? (
              <p className="text-sm text-bad-700" role="alert">
                {fields.questionIds.errors.join(' ')}
              </p>
            ) : null}
            <SetChosenList
              items={items}
              onMove={(index, offset) => setItems((list) => moveItem(list, index, offset))}
              onRemove={(index) => setItems((list) => list.filter((_, i) => i !== index))}
            />
            <Button type="submit" size="lg" disabled={saving}>
              {saving ? t('live.sets.saving') : t('live.sets.save')}
            </Button>
          </Card>
        </Form>
        <Card>
          <h2 className="mb-4 text-xl">{t('live.sets.picker')}</h2>
          <SetQuestionPicker
            banks={banks}
            chosenIds={chosenIds}
            full={items.length >= MAX_LIVE_QUESTIONS}
            onAdd={(q) => setItems((list) => addUnique(list, q, (x) => x.id))}
          />
        </Card>
      </div>
      {set ? <DeleteSet name={set.name} /> : null}
    </div>
  )
}

function DeleteSet({ name }: { name: string }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  return (
    <Form
      method="post"
      className="mt-8 flex flex-col gap-2 rounded-xl border border-bad-700 bg-white p-4 sm:flex-row sm:items-center sm:justify-between"
      onSubmit={(e) => {
        if (!window.confirm(t('live.sets.confirmDelete', { name }))) e.preventDefault()
      }}
    >
      <CsrfInput />
      <input type="hidden" name="intent" value="delete" />
      <p className="text-sm text-ink-700">{t('live.sets.deleteHint')}</p>
      <Button type="submit" variant="danger" disabled={navigation.state === 'submitting'}>
        {t('live.sets.delete')}
      </Button>
    </Form>
  )
}
