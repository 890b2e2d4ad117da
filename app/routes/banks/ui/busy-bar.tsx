import { ProgressBar } from '~/components/ui/progress-bar'

/** Upload progress when it is known, then a pulsing bar while the server works. */
export function BusyBar({ label, fraction }: { label: string; fraction?: number }) {
  if (fraction !== undefined) return <ProgressBar value={Math.round(fraction * 100)} max={100} label={label} />
  return (
    <div>
      <p className="mb-1 text-sm text-ink-700">{label}</p>
      <div role="progressbar" aria-label={label} aria-busy="true" className="h-2.5 w-full overflow-hidden rounded-full bg-ink-200">
        <div className="h-full w-full animate-pulse rounded-full bg-brand-700 motion-reduce:animate-none" />
      </div>
    </div>
  )
}
