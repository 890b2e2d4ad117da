import { useTranslation } from 'react-i18next'
import { optionLetter } from '~/core/questions/question-draft'
import { cn } from '~/components/ui/cn'

/** The options of a question with the correct ones marked by a tick and words (never colour alone). */
export function OptionsView({ options, type }: { options: { text: string; correct: boolean }[]; type: string }) {
  const { t } = useTranslation()
  if (type === 'prediction') return <p className="text-ink-600">{t('banks.detail.predictionAnswer')}</p>
  return (
    <ol className="space-y-1.5">
      {options.map((o, i) => (
        <li
          key={i}
          className={cn('flex gap-2 rounded-lg border px-3 py-2', o.correct ? 'border-ok-700 bg-ok-50 text-ink-900' : 'border-ink-200')}
        >
          <span className="font-semibold">{optionLetter(i)}.</span>
          <span className="flex-1 whitespace-pre-wrap break-words">{o.text}</span>
          {o.correct ? (
            <span className="shrink-0 text-sm font-medium text-ok-700">
              <span aria-hidden>✓ </span>
              {t('banks.detail.correctMark')}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
