import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '~/utils/auth.server'
import { CsrfInput } from './csrf-input'
import { cn } from './ui/cn'

type ShellUser = Pick<SessionUser, 'fullName' | 'roles'>

function isStaff(user: ShellUser | null) {
  return !!user && user.roles.some((r) => r === 'ORGANISER' || r === 'ADMIN' || r === 'HOST')
}

const navLink = ({ isActive }: { isActive: boolean }) =>
  cn('rounded-md px-3 py-2 text-sm font-medium no-underline hover:bg-ink-100 hover:no-underline', isActive ? 'text-brand-700' : 'text-ink-700')

export function AppShell({ user, locale, children }: { user: ShellUser | null; locale: string; children: ReactNode }) {
  const { t } = useTranslation()
  const location = useLocation()
  const here = `${location.pathname}${location.search}`
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-ink-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 text-lg font-bold text-brand-700 no-underline hover:no-underline">
            <span aria-hidden className="grid h-8 w-8 place-items-center rounded-md bg-brand-700 text-sm text-gold-400">TPL</span>
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.menu')} className="order-3 flex w-full gap-1 overflow-x-auto sm:order-none sm:w-auto">
            <NavLink to="/contests" className={navLink}>
              {t('nav.contests')}
            </NavLink>
            <NavLink to="/join" className={navLink}>
              {t('nav.join')}
            </NavLink>
            {isStaff(user) ? (
              <NavLink to="/organiser" className={navLink}>
                {t('nav.organiser')}
              </NavLink>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <Form method="post" action="/language">
              <CsrfInput />
              <input type="hidden" name="redirectTo" value={here} />
              <input type="hidden" name="locale" value={locale === 'vi' ? 'en' : 'vi'} />
              <button
                type="submit"
                className="rounded-md border border-ink-300 px-2 py-1.5 text-sm text-ink-700 hover:bg-ink-100"
                aria-label={`${t('app.language')}: ${t('app.switchTo')}`}
                lang={locale === 'vi' ? 'en' : 'vi'}
              >
                {t('app.switchTo')}
              </button>
            </Form>
            {user ? (
              <>
                <Link to="/account" className="hidden max-w-[12rem] truncate text-sm text-ink-700 sm:inline">
                  {user.fullName}
                </Link>
                <Form method="post" action="/logout">
                  <CsrfInput />
                  <button type="submit" className="rounded-md px-2 py-1.5 text-sm text-ink-700 hover:bg-ink-100">
                    {t('nav.logout')}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <Link to="/login" className="rounded-md px-2 py-1.5 text-sm font-medium no-underline">
                  {t('nav.login')}
                </Link>
                <Link
                  to="/register"
                  className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
                >
                  {t('nav.register')}
                </Link>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
      <footer className="border-t border-ink-200 bg-white px-4 py-6 text-center text-sm text-ink-600">
        {t('app.name')} · {t('app.tagline')}
      </footer>
    </div>
  )
}
