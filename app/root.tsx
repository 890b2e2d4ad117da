import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { useEffect, useMemo, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import font400 from '@fontsource/be-vietnam-pro/400.css?url'
import font500 from '@fontsource/be-vietnam-pro/500.css?url'
import font600 from '@fontsource/be-vietnam-pro/600.css?url'
import font700 from '@fontsource/be-vietnam-pro/700.css?url'
import { AppShell } from './components/app-shell'
import { useNonce } from './components/nonce'
import { Toast } from './components/toast'
import { buttonClass } from './components/ui/button'
import { createI18n, DEFAULT_LOCALE, isLocale, localeFromCookieHeader, type Locale } from './i18n'
import tailwind from './tailwind.css?url'
import { getOptionalUser } from './utils/auth.server'
import { readToast } from './utils/toast.server'
import { specificReason } from './utils/error-message'

export const links: LinksFunction = () => [
  ...[font400, font500, font600, font700].map((href) => ({ rel: 'stylesheet', href })),
  { rel: 'stylesheet', href: tailwind },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction = () => [{ title: 'Thi Pháp Luật' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [user, { toast, setCookie }] = await Promise.all([getOptionalUser(request, context), readToast(request, context)])
  const locale = localeFromCookieHeader(request.headers.get('Cookie'))
  return data(
    {
      user: user ? { id: user.id, fullName: user.fullName, roles: user.roles } : null,
      locale,
      csrfToken: context.csrfToken,
      toast,
    },
    setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined,
  )
}

function useLocale(): Locale {
  const root = useRouteLoaderData<typeof loader>('root')
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const locale = useLocale()
  const i18n = useMemo(() => createI18n(locale), [locale])
  // End-to-end tests wait for this before clicking, so they never race hydration.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#912018" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  const { user, locale, toast } = useLoaderData<typeof loader>()
  return (
    <>
      <Toast toast={toast} />
      <ShellOrBare user={user} locale={locale}>
        <Outlet />
      </ShellOrBare>
    </>
  )
}

/** Full-screen pages (the projector, the live player) opt out of the shell with handle.bare. */
function ShellOrBare({ user, locale, children }: { user: Parameters<typeof AppShell>[0]['user']; locale: string; children: ReactNode }) {
  const matches = useMatches()
  const bare = matches.some((m) => (m.handle as { bare?: boolean } | undefined)?.bare)
  if (bare) return <div id="main">{children}</div>
  return (
    <AppShell user={user} locale={locale}>
      {children}
    </AppShell>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const root = useRouteLoaderData<typeof loader>('root')
  const { t } = useTranslation()
  let title = t('errors.serverTitle')
  let message = t('errors.server', { id: '—' })
  let status = 500
  if (isRouteErrorResponse(error)) {
    status = error.status
    if (status === 404) {
      title = t('errors.notFoundTitle')
      message = t('errors.notFound')
    } else if (status === 403) {
      title = t('errors.forbiddenTitle')
      message = error.statusText?.startsWith('CSRF') ? t('errors.csrf') : (specificReason(error.data) ?? t('errors.forbidden'))
    } else if (status === 413) {
      title = t('errors.tooLarge')
      message = typeof error.data === 'string' ? error.data : t('errors.tooLarge')
    } else if (status === 400) {
      title = t('errors.serverTitle')
      message = typeof error.data === 'string' ? error.data : t('errors.server', { id: '—' })
    }
  }
  return (
    <AppShell user={root?.user ?? null} locale={root?.locale ?? DEFAULT_LOCALE}>
      <div className="mx-auto max-w-xl rounded-xl border border-ink-200 bg-white p-8">
        <p className="text-sm font-medium text-ink-600">{status}</p>
        <h1 className="mt-1 text-2xl">{title}</h1>
        <p className="mt-3 text-ink-700">{message}</p>
        <Link to="/" className={buttonClass('primary', 'md', 'mt-6')}>
          {t('errors.goHome')}
        </Link>
      </div>
    </AppShell>
  )
}
