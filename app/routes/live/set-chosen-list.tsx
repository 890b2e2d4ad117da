import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '~/components/ui/button'
import type { SetQuestionView } from '~/core/live/question-set'
import { DifficultyBadge, TypeBadge } from '~/routes/banks/ui/badges'

/**
 * The questions of a set in the order they will be asked, with moves and
 * removal. Each row carries a hidden `questionIds` input, so the posted form
 * holds the list in its displayed order.
 */
export function SetChosenList({
  items,
  onMove,
  onRemove,
}: {
  items: SetQuestionView[]
  onMove: (index: number, offset: number) => void
  onRemove: (index: number) => void
}) {
  const { t } = useTranslation()
  const [announced, setAnnounced] = useState('')
  // A moved row's button would otherwise lose keyboard focus (the row re-renders elsewhere, and
  // at the top or bottom that button is disabled): focus follows the row, and the move is announced.
  const move = (index: number, offset: number, id: string) => {
    onMove(index, offset)
    const to = index + offset
    setAnnounced(t('live.sets.movedTo', { n: to + 1 }))
    requestAnimationFrame(() => {
      const first = offset < 0 ? 'up' : 'down'
      const other = offset < 0 ? 'down' : 'up'
      const button = (dir: string) => document.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(id)}:${dir}"]`)
      const target = button(first)
      ;(target && !target.disabled ? target : button(other))?.focus()
    })
  }
  const live = (
    <p className="sr-only" aria-live="polite">
      {announced}
    </p>
  )
  if (items.length === 0) {
    return <p className="rounded-lg border border-dashed border-ink-300 p-4 text-center text-ink-600">{t('live.sets.noneChosen')}</p>
  }
  return (
    <>
      {live}
      <ol className="space-y-2" aria-label={t('live.sets.chosenLabel')}>
        {items.map((q, i) => (
          <li
            key={q.id}
            data-testid="chosen-question"
            className={`flex gap-3 rounded-lg border p-3 ${q.problem ? 'border-warn-700 bg-warn-50' : 'border-ink-200 bg-white'}`}
          >
            <input type="hidden" name="questionIds" value={q.id} />
            <span className="w-6 shrink-0 pt-0.5 text-right font-semibold text-ink-700" aria-hidden="true">
              {i + 1}.
            </span>
            <div className="min-w-0 flex-1">
              <p className="whitespace-pre-wrap break-words text-ink-900">{q.stem}</p>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-ink-600">
                <span>{q.bankName}</span>
                <TypeBadge type={q.type} />
                <DifficultyBadge difficulty={q.difficulty} />
              </div>
              {q.problem ? <p className="mt-1 text-sm font-medium text-warn-700">{t(`live.sets.problem.${q.problem}`)}</p> : null}
            </div>
            <div className="flex shrink-0 flex-col gap-1 sm:flex-row sm:items-start">
              <Button
                size="sm"
                variant="secondary"
                data-move={`${q.id}:up`}
                onClick={() => move(i, -1, q.id)}
                disabled={i === 0}
                aria-label={t('live.sets.moveUp', { n: i + 1 })}
              >
                <span aria-hidden="true">↑</span>
              </Button>
              <Button
                size="sm"
                variant="secondary"
                data-move={`${q.id}:down`}
                onClick={() => move(i, 1, q.id)}
                disabled={i === items.length - 1}
                aria-label={t('live.sets.moveDown', { n: i + 1 })}
              >
                <span aria-hidden="true">↓</span>
              </Button>
              <Button size="sm" variant="ghost" onClick={() => onRemove(i)} aria-label={t('live.sets.removeLabel', { n: i + 1 })}>
                {t('live.sets.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}
