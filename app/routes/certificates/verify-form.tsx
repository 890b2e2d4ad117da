import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { TextField } from '~/components/ui/field'

export const meta: MetaFunction = () => [{ title: 'Xác minh giấy chứng nhận · Thi Pháp Luật' }, { name: 'robots', content: 'noindex' }]

/** Typing a code by hand (from a printed certificate) leads to the same page as scanning it. */
export function loader({ request }: LoaderFunctionArgs) {
  const code = new URL(request.url).searchParams.get('code')?.trim()
  if (code) throw redirect(`/verify/${encodeURIComponent(code.slice(0, 100))}`)
  return null
}

export function CodeForm({ defaultValue }: { defaultValue?: string }) {
  const { t } = useTranslation()
  return (
    <Form method="get" action="/verify" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <TextField
        label={t('certificates.verifyCode')}
        hint={t('certificates.verifyCodeHint')}
        name="code"
        defaultValue={defaultValue}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="flex-1"
        required
      />
      <Button type="submit" className="sm:mb-7">
        {t('certificates.verifySubmit')}
      </Button>
    </Form>
  )
}

export default function VerifyForm() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl sm:text-3xl">{t('certificates.verifyTitle')}</h1>
      <p className="mb-6 text-ink-600">{t('certificates.verifyLead')}</p>
      <Card>
        <CodeForm />
      </Card>
    </div>
  )
}
