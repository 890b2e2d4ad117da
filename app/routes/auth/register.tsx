import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { listUnitsForSelect } from '~/models/units.server'
import { createUserSession, getOptionalUser } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'
import { limit, waitInWords } from '~/utils/rate-limit.server'
import { registerSchema } from './register-schema'
import { registerUser } from './register.server'

export const meta: MetaFunction = () => [{ title: 'Đăng ký · Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getOptionalUser(request, context)) throw redirect('/')
  return { units: await listUnitsForSelect(context.services.db) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema: registerSchema })
  if (submission.status !== 'success') return submission.reply({ hideFields: ['password', 'confirmPassword'] })
  const perIp = await limit(context, 'registerPerIp', context.clientIp)
  if (!perIp.ok) {
    return submission.reply({ formErrors: [`Quá nhiều lượt đăng ký từ địa chỉ này. Vui lòng thử lại sau ${waitInWords(perIp.retryAfterSeconds)}.`] })
  }
  const result = await registerUser(context.services.db, submission.value)
  if (!result.ok) return submission.reply({ fieldErrors: result.fieldErrors, hideFields: ['password', 'confirmPassword'] })
  const cookie = await createUserSession(context, result.userId, request.headers.get('user-agent'))
  return redirect('/', { headers: { 'Set-Cookie': cookie } })
}

export default function Register() {
  const { t } = useTranslation()
  const { units } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="mx-auto max-w-lg">
      <Card>
        <h1 className="mb-4 text-2xl">{t('auth.registerTitle')}</h1>
        {form.errors?.length ? (
          <Alert tone="error" className="mb-4">
            {form.errors.join(' ')}
          </Alert>
        ) : null}
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <CsrfInput />
          <TextField label={t('auth.fullName')} autoComplete="name" errors={fields.fullName.errors} {...getInputProps(fields.fullName, { type: 'text' })} />
          <TextField label={t('auth.dateOfBirth')} autoComplete="bday" errors={fields.dateOfBirth.errors} {...getInputProps(fields.dateOfBirth, { type: 'date' })} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t('auth.phone')} autoComplete="tel" inputMode="tel" errors={fields.phone.errors} {...getInputProps(fields.phone, { type: 'tel' })} />
            <TextField label={t('auth.email')} autoComplete="email" errors={fields.email.errors} {...getInputProps(fields.email, { type: 'email' })} />
          </div>
          <p className="text-sm text-ink-600">{t('auth.contactHint')}</p>
          <SelectField label={t('auth.unit')} errors={fields.unitId.errors} {...getSelectProps(fields.unitId)}>
            <option value="">{t('auth.chooseUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('auth.password')}
            hint={t('auth.passwordHint')}
            autoComplete="new-password"
            errors={fields.password.errors}
            {...getInputProps(fields.password, { type: 'password' })}
          />
          <TextField
            label={t('auth.confirmPassword')}
            autoComplete="new-password"
            errors={fields.confirmPassword.errors}
            {...getInputProps(fields.confirmPassword, { type: 'password' })}
          />
          <Button type="submit" className="w-full" disabled={navigation.state === 'submitting'}>
            {t('auth.submitRegister')}
          </Button>
        </Form>
        <p className="mt-4 text-sm text-ink-700">
          {t('auth.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
        </p>
      </Card>
    </div>
  )
}
