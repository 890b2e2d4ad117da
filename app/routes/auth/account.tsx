import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { TextField } from '~/components/ui/field'
import { createUserSession, requireUser } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'
import { hashPassword, verifyPassword } from '~/utils/password.server'
import { redirectWithToast } from '~/utils/toast.server'

export const meta: MetaFunction = () => [{ title: 'Tài khoản · Thi Pháp Luật' }]

const schema = z
  .object({
    currentPassword: z.string({ error: 'Nhập mật khẩu hiện tại' }).min(1, 'Nhập mật khẩu hiện tại'),
    newPassword: z.string({ error: 'Nhập mật khẩu mới' }).min(8, 'Mật khẩu mới cần ít nhất 8 ký tự').max(200, 'Mật khẩu quá dài'),
    confirmPassword: z.string({ error: 'Nhập lại mật khẩu mới' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp' })

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context)
  const profile = await context.services.db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { fullName: true, phone: true, email: true, dateOfBirth: true, roles: true, unit: { select: { name: true } } },
  })
  return { profile: { ...profile, dateOfBirth: profile.dateOfBirth?.toISOString().slice(0, 10) ?? null } }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context)
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema })
  const hide = { hideFields: ['currentPassword', 'newPassword', 'confirmPassword'] }
  if (submission.status !== 'success') return submission.reply(hide)
  const { db } = context.services
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
  if (!(await verifyPassword(row.passwordHash, submission.value.currentPassword))) {
    return submission.reply({ fieldErrors: { currentPassword: ['Mật khẩu hiện tại không đúng'] }, ...hide })
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(submission.value.newPassword), passwordChangedAt: new Date() } }),
    // A changed password ends every other session.
    db.session.deleteMany({ where: { userId: user.id } }),
  ])
  const cookie = await createUserSession(context, user.id, request.headers.get('user-agent'))
  const fresh = new Request(request.url, { headers: { Cookie: cookie.split(';')[0] } })
  return redirectWithToast(fresh, context, '/account', { kind: 'success', message: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đăng xuất.' })
}

export default function Account() {
  const { t } = useTranslation()
  const { profile } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-2">
      <Card>
        <h1 className="mb-4 text-2xl">{t('auth.profile')}</h1>
        <dl className="space-y-2 text-ink-700">
          <div><dt className="text-sm text-ink-600">{t('auth.fullName')}</dt><dd>{profile.fullName}</dd></div>
          <div><dt className="text-sm text-ink-600">{t('auth.dateOfBirth')}</dt><dd>{profile.dateOfBirth ?? '—'}</dd></div>
          <div><dt className="text-sm text-ink-600">{t('auth.phone')}</dt><dd>{profile.phone ?? '—'}</dd></div>
          <div><dt className="text-sm text-ink-600">{t('auth.email')}</dt><dd>{profile.email ?? '—'}</dd></div>
          <div><dt className="text-sm text-ink-600">{t('auth.unit')}</dt><dd>{profile.unit?.name ?? '—'}</dd></div>
          <div><dt className="text-sm text-ink-600">{t('auth.roles')}</dt><dd>{profile.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd></div>
        </dl>
        <Link to="/account/certificates" className={buttonClass('secondary', 'md', 'mt-6')}>
          {t('certificates.mine')}
        </Link>
      </Card>
      <Card>
        <h2 className="mb-4 text-xl">{t('auth.changePasswordTitle')}</h2>
        {form.errors?.length ? <Alert tone="error" className="mb-4">{form.errors.join(' ')}</Alert> : null}
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <CsrfInput />
          <TextField label={t('auth.currentPassword')} autoComplete="current-password" errors={fields.currentPassword.errors} {...getInputProps(fields.currentPassword, { type: 'password' })} />
          <TextField label={t('auth.newPassword')} hint={t('auth.passwordHint')} autoComplete="new-password" errors={fields.newPassword.errors} {...getInputProps(fields.newPassword, { type: 'password' })} />
          <TextField label={t('auth.confirmPassword')} autoComplete="new-password" errors={fields.confirmPassword.errors} {...getInputProps(fields.confirmPassword, { type: 'password' })} />
          <Button type="submit">{t('auth.submitChangePassword')}</Button>
        </Form>
      </Card>
    </div>
  )
}
