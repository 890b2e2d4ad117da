import { useTranslation } from 'react-i18next'
import { cn } from '../ui/cn'
import type { ConnectionStatus } from './use-live-socket'

/** Always visible, announced politely: players must know when their answers cannot reach the server. */
export function ConnectionBadge({ status, className }: { status: ConnectionStatus; className?: string }) {
  const { t } = useTranslation()
  const tone =
    status === 'online' ? 'bg-ok-50 text-ok-700 border-ok-700' : status === 'offline' ? 'bg-bad-50 text-bad-700 border-bad-700' : 'bg-warn-50 text-warn-700 border-warn-700'
  return (
    <p role="status" aria-live="polite" data-connection={status} className={cn('inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium', tone, className)}>
      <span aria-hidden="true" className={cn('h-2.5 w-2.5 rounded-full', status === 'online' ? 'bg-ok-700' : status === 'offline' ? 'bg-bad-700' : 'animate-pulse bg-warn-700')} />
      {t(`live.connection.${status}`)}
    </p>
  )
}
