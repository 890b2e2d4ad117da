import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Alert } from '~/components/ui/alert'
import { PageHeader } from '~/components/ui/card'
import { draftToFormDefaults, questionFormSchema } from '~/core/questions/question-form'
import { requireBank } from '~/models/banks.server'
import { bankTags, getQuestion, reviseQuestion } from '~/models/questions.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { QuestionForm } from './ui/question-form'

export const meta: MetaFunction = () => [{ title: 'Sửa câu hỏi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const question = await getQuestion(db, user.organisationId, bank.id, params.questionId ?? '')
  if (!question) throw new Response('Không tìm thấy câu hỏi', { status: 404, statusText: 'Not Found' })
  return {
    bank: { id: bank.id, name: bank.name },
    question: { id: question.id, status: question.status, version: question.current.version, latest: question.versions[0].version },
    defaults: draftToFormDefaults(question.current.draft),
    tags: await bankTags(db, bank.id),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: questionFormSchema })
  if (submission.status !== 'success') return submission.reply()
  const questionId = params.questionId ?? ''
  const result = await reviseQuestion(db, user, bank.id, questionId, submission.value.draft, submission.value.baseVersion)
  if (!result.ok) {
    if (result.reason === 'not_found') throw new Response('Không tìm thấy câu hỏi', { status: 404, statusText: 'Not Found' })
    return submission.reply({ formErrors: [result.message] })
  }
  const message = result.versionCreated ? `Đã lưu phiên bản ${result.version}.` : 'Nội dung không thay đổi nên không tạo phiên bản mới.'
  return redirectWithToast(request, context, `/organiser/banks/${bank.id}/questions/${questionId}`, { kind: result.versionCreated ? 'success' : 'info', message })
}

export default function QuestionEdit() {
  const { t } = useTranslation()
  const { bank, question, defaults, tags } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('banks.form.editTitle')}
        lead={bank.name}
        actions={<Link to={`/organiser/banks/${bank.id}/questions/${question.id}`}>{t('common.back')}</Link>}
      />
      <Alert tone="info" className="mb-6">
        {t('banks.form.editNotice', { next: question.latest + 1 })}
      </Alert>
      <QuestionForm
        defaults={defaults}
        mode="edit"
        baseVersion={question.version}
        lastResult={lastResult}
        knownTags={tags}
        submitting={navigation.state === 'submitting'}
      />
    </div>
  )
}
