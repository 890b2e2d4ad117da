import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { TextField } from '~/components/ui/field'
import { createUserSession, getOptionalUser, safeRedirect } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'
import { parseIdentifier } from '~/utils/identifier'
import { dummyPasswordHash, verifyPassword } from '~/utils/password.server'
import { isLimited, limit, resetLimit, waitInWords } from '~/utils/rate-limit.server'

export const meta: MetaFunction = () => [{ title: 'Đăng nhập · Thi Pháp Luật' }]

const schema = z.object({
  identifier: z.string({ error: 'Nhập số điện thoại hoặc email' }).trim().min(1, 'Nhập số điện thoại hoặc email'),
  password: z.string({ error: 'Nhập mật khẩu' }).min(1, 'Nhập mật khẩu').max(200, 'Mật khẩu quá dài'),
  redirectTo: z.string().optional(),
})

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  if (await getOptionalUser(request, context)) throw redirect(safeRedirect(url.searchParams.get('redirectTo')))
  return { reason: url.searchParams.get('reason') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== 'success') return submission.reply()
  const { identifier, password, redirectTo } = submission.value

  const perIp = await isLimited(context, 'loginPerIp', context.clientIp)
  if (!perIp.ok) {
    return submission.reply({ formErrors: [`Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ${waitInWords(perIp.retryAfterSeconds)}.`] })
  }
  const parsed = parseIdentifier(identifier)
  if (!parsed) return submission.reply({ fieldErrors: { identifier: ['Số điện thoại hoặc email không hợp lệ'] } })
  const accountKey = `${parsed.kind}:${parsed.value}`
  const locked = await isLimited(context, 'loginPerAccount', accountKey)
  if (!locked.ok) {
    return submission.reply({
      formErrors: [`Tài khoản tạm khoá vì đăng nhập sai nhiều lần. Vui lòng thử lại sau ${waitInWords(locked.retryAfterSeconds)}.`],
    })
  }

  const user = await context.services.db.user.findUnique({
    where: parsed.kind === 'phone' ? { phone: parsed.value } : { email: parsed.value },
    select: { id: true, passwordHash: true },
  })
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)
  if (!user || !ok) {
    await limit(context, 'loginPerIp', context.clientIp)
    const after = await limit(context, 'loginPerAccount', accountKey)
    const suffix = after.ok ? '' : ` Tài khoản tạm khoá, vui lòng thử lại sau ${waitInWords(after.retryAfterSeconds)}.`
    return submission.reply({ formErrors: [`Số điện thoại/email hoặc mật khẩu không đúng.${suffix}`], hideFields: ['password'] })
  }
  await resetLimit(context, 'loginPerAccount', accountKey)
  const cookie = await createUserSession(context, user.id, request.headers.get('user-agent'))
  return redirect(safeRedirect(redirectTo), { headers: { 'Set-Cookie': cookie } })
}

export default function Login() {
  const { t } = useTranslation()
  const { reason } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl">{t('auth.loginTitle')}</h1>
        {reason === 'expired' ? <Alert tone="warning" className="mb-4">{t('auth.expired')}</Alert> : null}
        {reason === 'required' ? <Alert tone="info" className="mb-4">{t('auth.loginRequired')}</Alert> : null}
        {form.errors?.length ? (
          <Alert tone="error" className="mb-4">
            {form.errors.join(' ')}
          </Alert>
        ) : null}
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <CsrfInput />
          <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/'} />
          <TextField
            label={t('auth.identifier')}
            autoComplete="username"
            inputMode="email"
            errors={fields.identifier.errors}
            {...getInputProps(fields.identifier, { type: 'text' })}
          />
          <TextField
            label={t('auth.password')}
            autoComplete="current-password"
            errors={fields.password.errors}
            {...getInputProps(fields.password, { type: 'password' })}
          />
          <Button type="submit" className="w-full" disabled={navigation.state === 'submitting'}>
            {t('auth.submitLogin')}
          </Button>
        </Form>
        <p className="mt-4 text-sm text-ink-700">
          {t('auth.noAccount')} <Link to="/register">{t('nav.register')}</Link>
        </p>
      </Card>
    </div>
  )
}
