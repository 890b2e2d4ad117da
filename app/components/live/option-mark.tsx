import { useTranslation } from 'react-i18next'
import { cn } from '../ui/cn'

/**
 * Each option has a colour AND a shape (never colour alone), the same on the
 * phones and on the projector: a red triangle is "a" everywhere.
 */
export const OPTION_BG = ['bg-opt-a', 'bg-opt-b', 'bg-opt-c', 'bg-opt-d', 'bg-opt-e', 'bg-opt-f'] as const
const SHAPE_KEYS = ['a', 'b', 'c', 'd', 'e', 'f'] as const

const PATHS: Record<(typeof SHAPE_KEYS)[number], string> = {
  a: 'M12 3 L22 20 L2 20 Z',
  b: 'M12 2 L22 12 L12 22 L2 12 Z',
  c: 'M12 2 A10 10 0 1 1 11.99 2 Z',
  d: 'M3 3 H21 V21 H3 Z',
  e: 'M12 2 L14.9 8.6 L22 9.3 L16.6 14 L18.2 21 L12 17.3 L5.8 21 L7.4 14 L2 9.3 L9.1 8.6 Z',
  f: 'M7 3 H17 L22 12 L17 21 H7 L2 12 Z',
}

export function optionIndex(optionId: string): number {
  return Math.max(0, Math.min(5, optionId.charCodeAt(0) - 97))
}

export function OptionShape({ optionId, className }: { optionId: string; className?: string }) {
  const key = SHAPE_KEYS[optionIndex(optionId)]
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={cn('shrink-0 fill-current', className)}>
      <path d={PATHS[key]} />
    </svg>
  )
}

/** "Phương án A (tam giác)": what a screen reader says for an option's mark. */
export function useOptionLabel() {
  const { t } = useTranslation()
  return (optionId: string) =>
    t('live.optionLabel', { letter: optionId.toUpperCase(), shape: t(`live.shapes.${SHAPE_KEYS[optionIndex(optionId)]}`) })
}
