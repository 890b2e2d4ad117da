import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { CsrfInput } from '~/components/csrf-input'
import { Button } from '~/components/ui/button'
import { TextField } from '~/components/ui/field'
import { pinSchema } from '~/core/live/contract'
import { readForm } from '~/utils/csrf.server'

export const handle = { bare: true }
export const meta: MetaFunction = () => [{ title: 'Tham gia thi trực tiếp · Thi Pháp Luật' }]

const schema = z.object({ pin: z.string({ error: 'Hãy nhập mã PIN' }).transform((s) => s.replace(/\s+/g, '')).pipe(pinSchema) })

/** The PIN is only checked for its form here; /join/<pin> (also the QR code's target) looks it up, rate-limited. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context)
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== 'success') return submission.reply()
  throw redirect(`/join/${submission.value.pin}`)
}

export default function JoinByPin() {
  const { t } = useTranslation()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-brand-800 px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-lg">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          <Link to="/">{t('app.name')}</Link>
        </p>
        <h1 className="mt-1 text-2xl">{t('live.join.title')}</h1>
        <p className="mt-1 text-ink-600">{t('live.join.lead')}</p>
        <Form method="post" {...getFormProps(form)} className="mt-6 space-y-4">
          <CsrfInput />
          <TextField
            label={t('live.join.pin')}
            errors={fields.pin.errors}
            {...getInputProps(fields.pin, { type: 'text' })}
            key={fields.pin.key}
            inputMode="numeric"
            autoComplete="off"
            maxLength={7}
            className="[&_input]:text-center [&_input]:font-mono [&_input]:text-3xl [&_input]:tracking-[0.3em]"
          />
          <Button type="submit" size="lg" className="w-full" disabled={navigation.state === 'submitting'}>
            {t('live.join.submit')}
          </Button>
        </Form>
      </div>
    </main>
  )
}
