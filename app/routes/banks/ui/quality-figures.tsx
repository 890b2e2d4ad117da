import { useTranslation } from 'react-i18next'
import { cn } from '~/components/ui/cn'
import type { ItemFlag } from '~/core/stats/item-analysis'

export type QualityFigures = {
  responses: number
  facility: number
  discrimination: number | null
  averageTimeMs: number | null
  flags: ItemFlag[]
}

export const percent = (x: number) => `${Math.round(x * 100)}%`
/** Moodle shows the discrimination index ×100. */
export const discriminationText = (d: number | null) => (d === null ? null : String(Math.round(d * 100)))

export function FlagList({ flags, withHelp }: { flags: ItemFlag[]; withHelp?: boolean }) {
  const { t } = useTranslation()
  if (flags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2">
      {flags.map((f) => (
        <li key={f} className="rounded-lg border-l-4 border-warn-700 bg-warn-50 px-3 py-1.5 text-sm text-warn-700">
          <span aria-hidden>⚠ </span>
          <strong>{t(`banks.quality.flags.${f}`)}</strong>
          {withHelp ? <span className="block text-ink-700">{t(`banks.quality.flagHelp.${f}`)}</span> : null}
        </li>
      ))}
    </ul>
  )
}

/** A share 0–1 as a bar with its number beside it, so the figure never depends on colour. */
export function FacilityBar({ value, className }: { value: number; className?: string }) {
  const tone = value > 0.9 || value < 0.2 ? 'bg-warn-700' : 'bg-ok-700'
  return (
    <span className={cn('flex items-center gap-2', className)}>
      <span aria-hidden className="h-2 w-24 overflow-hidden rounded-full bg-ink-200">
        <span className={cn('block h-full', tone)} style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      <span className="tabular-nums">{percent(value)}</span>
    </span>
  )
}

export function QualityTiles({ stats, minResponses }: { stats: QualityFigures; minResponses: number }) {
  const { t } = useTranslation()
  const tiles = [
    { label: t('banks.quality.asked'), value: String(stats.responses) },
    { label: t('banks.quality.facility'), value: percent(stats.facility) },
    { label: t('banks.quality.discrimination'), value: discriminationText(stats.discrimination) ?? t('banks.quality.discriminationNone') },
    {
      label: t('banks.quality.averageTime'),
      value: stats.averageTimeMs === null ? '—' : t('banks.quality.seconds', { value: (stats.averageTimeMs / 1000).toFixed(1).replace('.', ',') }),
    },
  ]
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg bg-ink-50 p-3">
            <dt className="text-sm text-ink-600">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-ink-900">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-ink-600">{t('banks.quality.discriminationHint')}</p>
      {stats.responses < minResponses ? <p className="text-sm text-ink-600">{t('banks.quality.fewResponses', { count: minResponses })}</p> : null}
      <FlagList flags={stats.flags} withHelp />
    </div>
  )
}
