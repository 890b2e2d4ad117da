import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui/button'

/** Previous / next links keeping the rest of the query string. */
/** `exact` false: the total is not known (a capped count), so no "of N". */
export function Pager({ page, pageCount, exact = true, params }: { page: number; pageCount: number; exact?: boolean; params: URLSearchParams }) {
  const { t } = useTranslation()
  if (pageCount <= 1) return null
  const to = (p: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(p))
    return `?${next}`
  }
  return (
    <nav aria-label={t('banks.bank.pager')} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={to(page - 1)} className={buttonClass('secondary', 'sm')} rel="prev">
          ← {t('banks.bank.prev')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-ink-700">{exact ? t('banks.bank.page', { page, pages: pageCount }) : t('banks.bank.pageOnly', { page })}</span>
      {page < pageCount ? (
        <Link to={to(page + 1)} className={buttonClass('secondary', 'sm')} rel="next">
          {t('banks.bank.next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
