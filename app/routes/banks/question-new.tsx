import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui/card'
import { BLANK_FORM, questionFormSchema } from '~/core/questions/question-form'
import { requireBank } from '~/models/banks.server'
import { bankTags, createAuthoredQuestion } from '~/models/questions.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { QuestionForm } from './ui/question-form'

export const meta: MetaFunction = () => [{ title: 'Thêm câu hỏi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const bank = await requireBank(context.services.db, user.organisationId, params.bankId)
  return { bank: { id: bank.id, name: bank.name }, tags: await bankTags(context.services.db, bank.id) }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: questionFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const id = await createAuthoredQuestion(db, user, bank.id, submission.value.draft, submission.value.status ?? 'draft')
  return redirectWithToast(request, context, `/organiser/banks/${bank.id}/questions/${id}`, { kind: 'success', message: 'Đã lưu câu hỏi.' })
}

export default function QuestionNew() {
  const { t } = useTranslation()
  const { bank, tags } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  return (
    <div className="max-w-3xl">
      <PageHeader title={t('banks.form.newTitle')} lead={bank.name} actions={<Link to={`/organiser/banks/${bank.id}`}>{t('banks.detail.backToBank')}</Link>} />
      <QuestionForm defaults={BLANK_FORM} mode="create" lastResult={lastResult} knownTags={tags} submitting={navigation.state === 'submitting'} />
    </div>
  )
}
