import { useFetcher } from '@remix-run/react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

type Board = { entries: { rank: number; userId: string; fullName: string; unitName: string | null }[]; total: number; myRank: number | null } | null

/** The provisional ranking of an open round: names and positions only, refreshed every 15 seconds. */
export function ProvisionalBoard({ initial, url, live }: { initial: Board; url: string; live: boolean }) {
  const { t } = useTranslation()
  const fetcher = useFetcher<{ board: Board }>()
  const { load } = fetcher
  useEffect(() => {
    if (!live) return
    const id = setInterval(() => load(url), 15_000)
    return () => clearInterval(id)
  }, [live, url, load])
  const board = fetcher.data?.board ?? initial
  return (
    <section aria-labelledby="board-heading" className="rounded-xl border border-ink-200 bg-white p-4">
      <h2 id="board-heading" className="text-lg">
        {t('contests.board.title')}
      </h2>
      <p className="mt-1 text-sm text-warn-700">{t('contests.board.note')}</p>
      {!board || board.entries.length === 0 ? (
        <p className="mt-3 text-ink-600">{t('contests.board.empty')}</p>
      ) : (
        <>
          {board.myRank ? <p className="mt-3 font-medium">{t('contests.board.mine', { rank: board.myRank, total: board.total })}</p> : null}
          <ol className="mt-3 divide-y divide-ink-100">
            {board.entries.map((e) => (
              <li key={e.userId} className="flex items-baseline gap-3 py-2">
                <span className="w-8 shrink-0 text-right font-semibold text-brand-800">{e.rank}</span>
                <span className="min-w-0">
                  <span className="block truncate">{e.fullName}</span>
                  {e.unitName ? <span className="block truncate text-sm text-ink-600">{e.unitName}</span> : null}
                </span>
              </li>
            ))}
          </ol>
          <p className="mt-2 text-sm text-ink-600">{t('contests.board.total', { count: board.total })}</p>
        </>
      )}
    </section>
  )
}
