import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui/card'
import { updateContest } from '~/models/contests/contest.server'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { ContestEditor } from './contest-editor'
import { defaultsFromContest, readContestForm, unitChoices } from './contest-editor.server'
import { ContestTabs } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'

export const meta: MetaFunction = () => [{ title: 'Sửa cuộc thi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest } = await requireOrganiserContest(request, context, params.contestId)
  return {
    contest: { id: contest.id, status: contest.status, slug: contest.slug, hasBanner: contest.bannerMime !== null, bannerUrl: contest.bannerUrl },
    defaults: defaultsFromContest(contest),
    units: await unitChoices(context, user.organisationId),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { contest, actor } = await requireOrganiserContest(request, context, params.contestId)
  const formData = await readForm(request, context)
  const read = await readContestForm(formData)
  if (!read.ok) return read.reply
  const updated = await updateContest(context.services.db, actor, contest.id, read.input, read.banner)
  if (!updated.ok) return read.submission.reply(updated.field ? { fieldErrors: { [updated.field]: [updated.message] } } : { formErrors: [updated.message] })
  return redirectWithToast(request, context, `/organiser/contests/${contest.id}`, { kind: 'success', message: 'Đã lưu thay đổi của cuộc thi.' })
}

export default function EditContest() {
  const { t } = useTranslation()
  const { contest, defaults, units } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const bannerSrc = contest.hasBanner ? `/contests/${contest.slug}/banner` : contest.bannerUrl
  return (
    <div>
      <PageHeader title={t('contests.editor.editTitle', { title: defaults.title })} />
      <ContestTabs contestId={contest.id} />
      <ContestEditor
        defaultValue={defaults}
        units={units}
        lastResult={lastResult}
        bannerSrc={bannerSrc}
        slugLocked={contest.status !== 'DRAFT'}
        submitLabel={t('contests.editor.save')}
      />
    </div>
  )
}
