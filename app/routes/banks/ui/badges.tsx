import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Difficulty, QuestionStatus, QuestionType } from '~/core/questions/question-draft'
import { cn } from '~/components/ui/cn'

const pill = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium'

const STATUS_TONE: Record<QuestionStatus, string> = {
  draft: 'bg-ink-100 text-ink-700',
  approved: 'bg-ok-50 text-ok-700',
  retired: 'bg-warn-50 text-warn-700',
}

export function StatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation()
  return <span className={cn(pill, STATUS_TONE[status])}>{t(`banks.status.${status}`)}</span>
}

export function TypeBadge({ type }: { type: QuestionType }) {
  const { t } = useTranslation()
  return <span className={cn(pill, 'border border-ink-300 text-ink-700')}>{t(`banks.type.${type}`)}</span>
}

const DIFFICULTY_DOTS: Record<Difficulty, number> = { easy: 1, medium: 2, hard: 3 }

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const { t } = useTranslation()
  const dots = DIFFICULTY_DOTS[difficulty]
  return (
    <span className={cn(pill, 'gap-1 border border-ink-300 text-ink-700')}>
      <span aria-hidden className="flex gap-0.5">
        {[1, 2, 3].map((i) => (
          <span key={i} className={cn('h-1.5 w-1.5 rounded-full', i <= dots ? 'bg-brand-700' : 'bg-ink-300')} />
        ))}
      </span>
      {t(`banks.difficulty.${difficulty}`)}
    </span>
  )
}

export function TagChip({ tag, isNew, href }: { tag: string; isNew?: boolean; href?: string }) {
  const { t } = useTranslation()
  const body = (
    <>
      #{tag}
      {isNew ? <span className="ml-1 rounded bg-gold-400 px-1 text-[10px] font-semibold uppercase text-ink-900">{t('banks.import.newTag')}</span> : null}
    </>
  )
  const cls = cn(pill, 'bg-brand-50 text-brand-800 no-underline hover:no-underline')
  return href ? (
    <Link to={href} className={cn(cls, 'hover:bg-brand-100')}>
      {body}
    </Link>
  ) : (
    <span className={cls}>{body}</span>
  )
}
