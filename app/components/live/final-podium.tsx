import { useTranslation } from 'react-i18next'
import type { PodiumEntry } from '~/core/live/views'
import { cn } from '../ui/cn'

/**
 * The projector's last screen: the first three on steps, then the rest of the
 * top ten. Used for a game that has just ended and for one read back from the
 * stored results, so both look the same.
 */
export function FinalPodium({ entries }: { entries: PodiumEntry[] }) {
  const { t } = useTranslation()
  const [first, second, third] = entries
  // Second, first, third: the winner in the middle, on the highest step.
  const order = [second, first, third]
  const heights = ['h-[24vh]', 'h-[34vh]', 'h-[18vh]']
  const rest = entries.slice(3)
  return (
    <div className="text-center">
      <h2 className="text-6xl font-bold text-white">{t('live.screen.podium')}</h2>
      {entries.length === 0 ? (
        <p className="mt-10 text-3xl text-ink-300">{t('live.screen.noPlayers')}</p>
      ) : (
        <ol className="mt-10 grid grid-cols-3 items-end gap-6" aria-label={t('live.screen.podium')}>
          {order.map((e, i) =>
            e ? (
              <li key={e.playerId} className="flex flex-col items-center">
                {/* The steps are out of rank order on screen, so a screen reader hears the place first. */}
                <span className="sr-only">{t('live.screen.place', { rank: e.rank })}:</span>
                <span className="text-4xl font-bold lg:text-5xl">{e.nickname}</span>
                <span className="mt-2 text-2xl text-ink-300 lg:text-3xl">{t('live.screen.points', { count: e.score })}</span>
                <div
                  className={cn('mt-4 flex w-full items-start justify-center rounded-t-2xl pt-4 text-7xl font-bold text-ink-900', heights[i], i === 1 ? 'bg-gold-400' : 'bg-ink-200')}
                  aria-hidden="true"
                >
                  {e.rank}
                </div>
              </li>
            ) : (
              <li key={`empty-${i}`} aria-hidden="true" />
            ),
          )}
        </ol>
      )}
      {rest.length > 0 ? (
        <ol className="mx-auto mt-8 grid max-w-5xl gap-x-10 gap-y-2 text-left text-2xl lg:grid-cols-2 lg:text-3xl" aria-label={t('live.screen.leaderboard')}>
          {rest.map((e) => (
            <li key={e.playerId} className="flex items-center gap-4 rounded-xl bg-white/10 px-5 py-2">
              <span className="w-12 text-right font-bold tabular-nums text-gold-400">
                <span className="sr-only">{t('live.screen.place', { rank: e.rank })}</span>
                <span aria-hidden="true">{e.rank}</span>
              </span>
              <span className="flex-1 truncate font-semibold">{e.nickname}</span>
              <span className="font-bold tabular-nums">{t('live.screen.points', { count: e.score })}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="mt-8 text-3xl text-ink-300">{t('live.screen.thanks')}</p>
    </div>
  )
}
