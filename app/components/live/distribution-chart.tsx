import { useTranslation } from 'react-i18next'
import type { OptionView, RevealView } from '~/core/live/views'
import { cn } from '../ui/cn'
import { OPTION_BG, OptionShape, optionIndex, useOptionLabel } from './option-mark'

/**
 * How many chose each option, as bars in the options' colours and shapes,
 * the correct ones marked with a tick and a label (not by colour alone).
 */
export function DistributionChart({ reveal, options, size = 'md' }: { reveal: RevealView; options: OptionView[]; size?: 'md' | 'xl' }) {
  const { t } = useTranslation()
  const label = useOptionLabel()
  const max = Math.max(1, ...reveal.distribution.map((d) => d.count))
  const xl = size === 'xl'
  return (
    <ul className={cn('grid items-end gap-3', xl ? 'h-[38vh] gap-6' : 'h-48')} style={{ gridTemplateColumns: `repeat(${reveal.distribution.length}, minmax(0, 1fr))` }} aria-label={t('live.detail.perQuestion')}>
      {reveal.distribution.map((d) => {
        const correct = reveal.correctOptionIds.includes(d.optionId)
        const text = options.find((o) => o.id === d.optionId)?.text ?? ''
        return (
          <li key={d.optionId} className="flex h-full flex-col justify-end" data-option={d.optionId} data-correct={correct || undefined}>
            <div className="relative min-h-0 flex-1">
              <div
                className={cn('absolute bottom-0 w-full rounded-t-lg', OPTION_BG[optionIndex(d.optionId)], !correct && 'opacity-60')}
                style={{ height: `${Math.max(3, (d.count / max) * 82)}%` }}
              />
              <span
                className={cn('absolute w-full text-center font-bold', xl ? 'text-5xl' : 'text-xl')}
                style={{ bottom: `calc(${Math.max(3, (d.count / max) * 82)}% + 0.25rem)` }}
              >
                {d.count}
              </span>
            </div>
            <span className={cn('mt-2 flex flex-col items-center text-center font-semibold', xl ? 'text-3xl' : 'text-sm')}>
              <span className="sr-only">{label(d.optionId)}: {text}.</span>
              <span className="flex items-center gap-2" aria-hidden="true">
                <OptionShape optionId={d.optionId} className={cn(xl ? 'h-9 w-9' : 'h-5 w-5')} />
                {d.optionId.toUpperCase()}
              </span>
              {correct ? (
                <span className="whitespace-nowrap">
                  <span aria-hidden="true">✓ </span>
                  {t('live.screen.correctMark')}
                </span>
              ) : null}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
