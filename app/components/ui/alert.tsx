import type { ReactNode } from 'react'
import { cn } from './cn'

const tones = {
  info: 'border-ink-300 bg-white text-ink-900',
  success: 'border-ok-700 bg-ok-50 text-ok-700',
  error: 'border-bad-700 bg-bad-50 text-bad-700',
  warning: 'border-warn-700 bg-warn-50 text-warn-700',
} as const

export function Alert({ tone = 'info', children, className }: { tone?: keyof typeof tones; children: ReactNode; className?: string }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('rounded-lg border-l-4 px-4 py-3 text-sm', tones[tone], className)}>
      {children}
    </div>
  )
}
