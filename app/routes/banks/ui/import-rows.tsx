import { useTranslation } from 'react-i18next'
import { cn } from '~/components/ui/cn'
import { optionLetter } from '~/core/questions/question-draft'
import type { PreviewRowView } from '~/models/question-import.server'
import { DifficultyBadge, TagChip, TypeBadge } from './badges'
import { LegalSource } from './legal-source'

/** One page of preview rows: what will be created, or why it cannot be. Text is always rendered as text. */
export function ImportRows({
  rows,
  selected,
  onToggle,
  newTags,
}: {
  rows: PreviewRowView[]
  selected: ReadonlySet<number>
  onToggle: (index: number) => void
  newTags: ReadonlySet<string>
}) {
  const { t } = useTranslation()
  return (
    <ol className="space-y-3" aria-label={t('banks.import.rowsLabel')}>
      {rows.map((row) => {
        const errors = row.issues.filter((i) => i.severity === 'error')
        const warnings = row.issues.filter((i) => i.severity === 'warning')
        const draft = row.draft
        return (
          <li
            key={row.index}
            className={cn(
              'rounded-xl border bg-white p-4',
              !draft ? 'border-bad-700' : row.duplicateInBank || row.duplicateOf !== undefined ? 'border-warn-700' : 'border-ink-200',
            )}
          >
            <div className="flex items-start gap-3">
              {draft ? (
                <input
                  type="checkbox"
                  className="mt-1 h-5 w-5 shrink-0"
                  checked={selected.has(row.index)}
                  onChange={() => onToggle(row.index)}
                  aria-label={t('banks.import.include', { place: row.place })}
                />
              ) : (
                <span aria-hidden className="mt-0.5 shrink-0 text-lg font-bold text-bad-700">
                  ✕
                </span>
              )}
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium text-ink-600">
                  <span className="mr-2 rounded bg-ink-100 px-1.5 py-0.5 text-ink-700">#{row.index + 1}</span>
                  {row.place}
                </p>
                {draft ? (
                  <div className="mt-1">
                    <p className="whitespace-pre-wrap break-words font-medium text-ink-900">{draft.stem}</p>
                    {draft.options.length ? (
                      <ul className="mt-1 space-y-0.5 text-sm">
                        {draft.options.map((o, i) => (
                          <li key={i} className={cn('whitespace-pre-wrap break-words', o.correct && 'font-semibold text-ok-700')}>
                            {optionLetter(i)}. {o.text}
                            {o.correct ? <span> ✓ ({t('banks.detail.correctMark')})</span> : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <div className="mt-2 flex flex-wrap items-center gap-1.5">
                      <TypeBadge type={draft.type} />
                      <DifficultyBadge difficulty={draft.difficulty} />
                      {draft.tags.map((tag) => (
                        <TagChip key={tag} tag={tag} isNew={newTags.has(tag)} />
                      ))}
                    </div>
                    <div className="mt-1">
                      <LegalSource source={draft.source} compact />
                    </div>
                  </div>
                ) : (
                  <div className="mt-1">
                    <p className="text-sm font-semibold text-bad-700">{t('banks.import.willNotImport')}</p>
                    {row.raw && Object.keys(row.raw).length ? (
                      <details className="mt-1 text-sm">
                        <summary className="cursor-pointer text-ink-700">{t('banks.import.raw')}</summary>
                        <dl className="mt-1 grid gap-x-3 gap-y-0.5 sm:grid-cols-[10rem_1fr]">
                          {Object.entries(row.raw).map(([k, v]) => (
                            <div key={k} className="contents">
                              <dt className="text-ink-600">{k}</dt>
                              <dd className="whitespace-pre-wrap break-words">{v}</dd>
                            </div>
                          ))}
                        </dl>
                      </details>
                    ) : null}
                  </div>
                )}
                {row.duplicateInBank || row.duplicateOf !== undefined ? (
                  <p className="mt-2 flex flex-wrap gap-2 text-sm">
                    {row.duplicateInBank ? <span className="rounded bg-warn-50 px-2 py-0.5 font-medium text-warn-700">⚠ {t('banks.import.duplicateInBank')}</span> : null}
                    {row.duplicateOf !== undefined ? (
                      <span className="rounded bg-warn-50 px-2 py-0.5 font-medium text-warn-700">⚠ {t('banks.import.duplicateInFile', { index: row.duplicateOf + 1 })}</span>
                    ) : null}
                  </p>
                ) : null}
                {errors.length || warnings.length ? (
                  <ul className="mt-2 space-y-1 text-sm">
                    {errors.map((i, n) => (
                      <li key={`e${n}`} className="text-bad-700">
                        <span className="font-semibold">{t('banks.import.error')} · {i.place}:</span> {i.message}
                      </li>
                    ))}
                    {warnings.map((i, n) => (
                      <li key={`w${n}`} className="text-warn-700">
                        <span className="font-semibold">{t('banks.import.warning')} · {i.place}:</span> {i.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
