import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui/card'
import { createContest } from '~/models/contests/contest.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { ContestEditor } from './contest-editor'
import { readContestForm, unitChoices } from './contest-editor.server'

export const meta: MetaFunction = () => [{ title: 'Tạo cuộc thi · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  return { units: await unitChoices(context, user.organisationId) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const formData = await readForm(request, context)
  const read = await readContestForm(formData)
  if (!read.ok) return read.reply
  const created = await createContest(context.services.db, { id: user.id, organisationId: user.organisationId }, read.input, read.banner)
  if (!created.ok) return read.submission.reply(created.field ? { fieldErrors: { [created.field]: [created.message] } } : { formErrors: [created.message] })
  return redirectWithToast(request, context, `/organiser/contests/${created.value.id}`, { kind: 'success', message: 'Đã tạo cuộc thi. Tiếp theo, hãy thêm vòng thi.' })
}

export default function NewContest() {
  const { t } = useTranslation()
  const { units } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  return (
    <div>
      <PageHeader title={t('contests.organiser.create')} />
      <ContestEditor
        defaultValue={{ title: '', slug: '', description: '', rulesText: '', bannerUrl: '', unitIds: [], fields: [] }}
        units={units}
        lastResult={lastResult}
        bannerSrc={null}
        slugLocked={false}
        submitLabel={t('contests.editor.create')}
      />
    </div>
  )
}
