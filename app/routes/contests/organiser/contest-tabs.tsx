import { NavLink } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { cn } from '~/components/ui/cn'

/** The pages of one contest, for organisers. */
export function ContestTabs({ contestId }: { contestId: string }) {
  const { t } = useTranslation()
  const base = `/organiser/contests/${contestId}`
  const tabs = [
    { to: base, label: t('contests.tabs.overview'), end: true },
    { to: `${base}/results`, label: t('contests.tabs.results') },
    { to: `${base}/stats`, label: t('contests.tabs.stats') },
    { to: `${base}/integrity`, label: t('contests.tabs.integrity') },
    { to: `${base}/audit`, label: t('contests.tabs.audit') },
    { to: `/organiser/certificates/${contestId}`, label: t('certificates.nav') },
  ]
  return (
    <nav aria-label={t('contests.tabs.label')} className="mb-6 flex gap-1 overflow-x-auto border-b border-ink-200">
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) =>
            cn('whitespace-nowrap border-b-2 px-3 py-2 text-sm no-underline hover:no-underline', isActive ? 'border-brand-700 font-medium text-brand-800' : 'border-transparent text-ink-700 hover:border-ink-300')
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  )
}

const STATUS_TONES: Record<string, string> = {
  draft: 'bg-ink-100 text-ink-700',
  upcoming: 'bg-warn-50 text-warn-700',
  open: 'bg-ok-50 text-ok-700',
  closed: 'bg-ink-100 text-ink-800',
  finalised: 'bg-brand-50 text-brand-800',
  DRAFT: 'bg-ink-100 text-ink-700',
  PUBLISHED: 'bg-ok-50 text-ok-700',
  ARCHIVED: 'bg-ink-100 text-ink-700',
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={cn('inline-block w-fit rounded-full px-2.5 py-0.5 text-xs font-medium', STATUS_TONES[status] ?? 'bg-ink-100 text-ink-700')}>{label}</span>
}
