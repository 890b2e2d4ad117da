import type { LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { cn } from '~/components/ui/cn'
import { hasRole } from '~/utils/auth.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { organiserNav } from './nav'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const organisation = await context.services.db.organisation.findUniqueOrThrow({ where: { id: user.organisationId }, select: { name: true } })
  return { organisation, isOrganiser: hasRole(user, ['ORGANISER']) }
}

export default function OrganiserLayout() {
  const { t } = useTranslation()
  const { organisation, isOrganiser } = useLoaderData<typeof loader>()
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <aside className="min-w-0">
        <p className="mb-2 text-sm font-medium text-ink-600">{organisation.name}</p>
        <nav aria-label={t('nav.organiser')} className="flex gap-1 overflow-x-auto lg:flex-col">
          {organiserNav
            .filter((item) => isOrganiser || !item.organiserOnly)
            .map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  cn('whitespace-nowrap rounded-md px-3 py-2 text-sm no-underline hover:bg-ink-100 hover:no-underline', isActive ? 'bg-brand-50 font-medium text-brand-800' : 'text-ink-700')
                }
              >
                {t(item.label)}
              </NavLink>
            ))}
        </nav>
      </aside>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  )
}
