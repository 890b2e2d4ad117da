/** The organiser menu. Labels are i18n keys; pages behind them check roles themselves. */
export const organiserNav: { to: string; label: string; end?: boolean; organiserOnly?: boolean }[] = [
  { to: '/organiser', label: 'nav.organiser', end: true },
  { to: '/organiser/units', label: 'nav.units', organiserOnly: true },
  { to: '/organiser/banks', label: 'nav.banks', organiserOnly: true },
  { to: '/organiser/contests', label: 'nav.contests', organiserOnly: true },
  { to: '/organiser/live', label: 'nav.live' },
  { to: '/organiser/certificates', label: 'certificates.nav', organiserOnly: true },
]
