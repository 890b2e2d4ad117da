import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { isLocale, LOCALE_COOKIE } from '~/i18n'
import { safeRedirect } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, context)
  const locale = form.get('locale')
  const to = safeRedirect(form.get('redirectTo'))
  if (!isLocale(locale)) return redirect(to)
  return redirect(to, {
    headers: { 'Set-Cookie': `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax` },
  })
}

export function loader() {
  return redirect('/')
}
