import { useTranslation } from 'react-i18next'
import { cn } from '~/components/ui/cn'

export function StatusBadge({ status }: { status: 'LOBBY' | 'RUNNING' | 'ENDED' }) {
  const { t } = useTranslation()
  const tone = status === 'RUNNING' ? 'bg-ok-50 text-ok-700' : status === 'ENDED' ? 'bg-ink-100 text-ink-700' : 'bg-warn-50 text-warn-700'
  return <span className={cn('rounded px-2 py-0.5 text-xs font-medium', tone)}>{t(`live.status.${status}`)}</span>
}
