import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui/card'
import { RECOMMENDED_ROUND_RULES } from '~/core/contest/round-rules'
import { toVietnamLocal } from '~/core/contest/vietnam-time'
import { createRound } from '~/models/contests/round.server'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { ContestTabs } from './contest-tabs'
import { requireOrganiserContest } from './organiser-contest.server'
import { RoundEditor } from './round-editor'
import { roundEditorChoices } from './round-editor.server'
import { formDefaults, roundFormSchema, roundInputFromForm } from './round-form'

export const meta: MetaFunction = () => [{ title: 'Thêm vòng thi · Thi Pháp Luật' }]

const WEEK = 7 * 24 * 3600_000

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest } = await requireOrganiserContest(request, context, params.contestId)
  const choices = await roundEditorChoices(context, user.organisationId)
  // A weekly round following the last one, or starting next Monday-ish: the organiser adjusts.
  const last = contest.rounds[contest.rounds.length - 1]
  const opens = last ? last.closesAt : new Date(Math.ceil(Date.now() / 3600_000) * 3600_000)
  const defaults = formDefaults({
    title: `Tuần ${contest.rounds.length + 1}`,
    opensAt: toVietnamLocal(opens),
    closesAt: toVietnamLocal(new Date(opens.getTime() + WEEK - 60_000)),
    rules: {
      ...RECOMMENDED_ROUND_RULES,
      draw: { bankIds: choices.banks.slice(0, 1).map((b) => b.id), quotas: [{ difficulty: 'easy', count: 4 }, { difficulty: 'medium', count: 4 }, { difficulty: 'hard', count: 2 }] },
      predictionQuestionId: choices.predictions[0]?.id,
    },
  })
  return { contest: { id: contest.id, title: contest.title }, choices, defaults }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { contest, actor } = await requireOrganiserContest(request, context, params.contestId)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: roundFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const created = await createRound(context.services.db, actor, contest.id, roundInputFromForm(submission.value))
  if (!created.ok) return submission.reply(created.field ? { fieldErrors: { [created.field]: [created.message] } } : { formErrors: [created.message] })
  return redirectWithToast(request, context, `/organiser/contests/${contest.id}/rounds/${created.value.id}`, {
    kind: 'success',
    message: 'Đã lưu vòng thi (bản nháp). Kiểm tra lại rồi bấm “Công bố vòng thi”.',
  })
}

export default function NewRound() {
  const { t } = useTranslation()
  const { contest, choices, defaults } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  return (
    <div>
      <PageHeader title={t('contests.round.newTitle')} lead={contest.title} />
      <ContestTabs contestId={contest.id} />
      <RoundEditor contestId={contest.id} defaultValue={defaults} choices={choices} lastResult={lastResult} submitLabel={t('contests.round.saveDraft')} />
    </div>
  )
}
