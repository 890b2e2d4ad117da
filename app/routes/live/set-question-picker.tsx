import { useFetcher } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'
import { setItemProblem, type SetQuestionView } from '~/core/live/question-set'
import { DIFFICULTIES } from '~/core/questions/question-draft'
import { DifficultyBadge, TagChip, TypeBadge } from '~/routes/banks/ui/badges'
import type { SetSearchResponse } from './set-question-search'

const SEARCH_URL = '/organiser/live/sets/search'

/**
 * Finds approved questions in one of the organisation's banks (the bank
 * page's search: accents optional, topic, difficulty) and hands the chosen
 * one to the editor. Searches through a fetcher, so the set being edited
 * stays on the page.
 */
export function SetQuestionPicker({
  banks,
  chosenIds,
  full,
  onAdd,
}: {
  banks: { id: string; name: string }[]
  chosenIds: ReadonlySet<string>
  full: boolean
  onAdd: (q: SetQuestionView) => void
}) {
  const { t } = useTranslation()
  const search = useFetcher<SetSearchResponse>()
  const formRef = useRef<HTMLFormElement>(null)
  const [bankId, setBankId] = useState(banks[0]?.id ?? '')
  const { load } = search

  // The first page of the first bank, so there is something to pick before any search. Keyed on the
  // bank's id, not the array: the loader runs again after every save and must not reset the results.
  const firstBankId = banks[0]?.id
  useEffect(() => {
    if (firstBankId) load(`${SEARCH_URL}?bank=${encodeURIComponent(firstBankId)}`)
  }, [firstBankId, load])

  if (banks.length === 0) return <Alert tone="warning">{t('live.sets.noBanks')}</Alert>

  const data = search.data
  const results = data?.ok ? data : null
  const busy = search.state !== 'idle'
  const goTo = (page: number) => {
    if (!formRef.current) return
    const params = new URLSearchParams()
    for (const [k, v] of new FormData(formRef.current)) if (typeof v === 'string' && v) params.set(k, v)
    params.set('page', String(page))
    load(`${SEARCH_URL}?${params}`)
  }

  return (
    <div>
      <search.Form ref={formRef} method="get" action={SEARCH_URL} role="search" className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('live.sets.bank')}
          name="bank"
          value={bankId}
          className="sm:col-span-2"
          onChange={(e) => {
            setBankId(e.currentTarget.value)
            // A new bank has other topics: search it with no topic chosen.
            const form = e.currentTarget.form
            if (form) {
              const tag = form.elements.namedItem('tag')
              if (tag instanceof HTMLSelectElement) tag.value = ''
              search.submit(form)
            }
          }}
        >
          {banks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <TextField className="sm:col-span-2" label={t('live.sets.search')} hint={t('live.sets.pickerHint')} name="q" type="search" />
        <SelectField label={t('live.sets.tag')} name="tag" defaultValue="">
          <option value="">{t('live.sets.anyTag')}</option>
          {(results?.bank.id === bankId ? results.tags : []).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('live.sets.difficulty')} name="difficulty" defaultValue="">
          <option value="">{t('live.sets.anyDifficulty')}</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {t(`banks.difficulty.${d}`)}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? t('live.sets.searching') : t('live.sets.find')}
          </Button>
        </div>
      </search.Form>

      {full ? (
        <Alert tone="warning" className="mt-4">
          {t('live.sets.full', { max: MAX_LIVE_QUESTIONS })}
        </Alert>
      ) : null}
      {data && !data.ok ? (
        <Alert tone="error" className="mt-4">
          {data.message}
        </Alert>
      ) : null}

      {results ? (
        <div className="mt-4" aria-busy={busy}>
          <p className="mb-2 font-medium text-ink-900" role="status">
            {t(results.capped ? 'live.sets.foundMore' : 'live.sets.found', { count: results.total })}
          </p>
          {results.items.length === 0 ? (
            <p className="text-ink-600">{t('live.sets.noMatch')}</p>
          ) : (
            <ul className="space-y-2" aria-label={t('live.sets.resultsLabel')}>
              {results.items.map((q) => {
                const view: SetQuestionView = {
                  id: q.id,
                  stem: q.stem,
                  bankName: results.bank.name,
                  status: q.status,
                  type: q.type,
                  difficulty: q.difficulty,
                  problem: setItemProblem({ status: q.status, type: q.type, hasCurrentVersion: true }),
                }
                const chosen = chosenIds.has(q.id)
                const stemId = `pick-${q.id}`
                return (
                  <li key={q.id} data-testid="found-question" className="flex gap-3 rounded-lg border border-ink-200 bg-white p-3">
                    <div className="min-w-0 flex-1">
                      <p id={stemId} className="whitespace-pre-wrap break-words text-ink-900">
                        {q.stem}
                      </p>
                      <div className="mt-1 flex flex-wrap items-center gap-1.5">
                        <TypeBadge type={q.type} />
                        <DifficultyBadge difficulty={q.difficulty} />
                        {q.tags.map((tag) => (
                          <TagChip key={tag} tag={tag} />
                        ))}
                      </div>
                      {view.problem === 'prediction' ? <p className="mt-1 text-sm text-ink-600">{t('live.sets.notLive')}</p> : null}
                    </div>
                    <div className="shrink-0">
                      <Button size="sm" variant={chosen ? 'ghost' : 'primary'} aria-describedby={stemId} disabled={chosen || full || view.problem !== null} onClick={() => onAdd(view)}>
                        {chosen ? t('live.sets.added') : t('live.sets.add')}
                      </Button>
                    </div>
                  </li>
                )
              })}
            </ul>
          )}
          {results.pageCount > 1 ? (
            <nav aria-label={t('live.sets.pager')} className="mt-3 flex items-center justify-between gap-2">
              <Button size="sm" variant="secondary" disabled={results.page <= 1 || busy} onClick={() => goTo(results.page - 1)}>
                ← {t('live.sets.prev')}
              </Button>
              <span className="text-sm text-ink-700">{t('live.sets.page', { page: results.page })}</span>
              <Button size="sm" variant="secondary" disabled={results.page >= results.pageCount || busy} onClick={() => goTo(results.page + 1)}>
                {t('live.sets.next')} →
              </Button>
            </nav>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
