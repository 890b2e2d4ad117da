import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { logout } from '~/utils/auth.server'
import { readForm } from '~/utils/csrf.server'

export async function action({ request, context }: ActionFunctionArgs) {
  await readForm(request, context)
  await logout(request, context)
  // A fresh cookie session replaces the old one and carries only the goodbye message.
  const storage = context.services.sessionStorage
  const session = await storage.getSession()
  session.flash('toast', { kind: 'info', message: 'Bạn đã đăng xuất.' })
  return redirect('/', { headers: { 'Set-Cookie': await storage.commitSession(session) } })
}

export function loader() {
  return redirect('/')
}
