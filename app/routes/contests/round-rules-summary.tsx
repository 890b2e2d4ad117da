import { useTranslation } from 'react-i18next'
import type { RoundRules } from '~/core/contest/round-rules'

/** A round's rules in plain words: the start page states them, the organiser sees what was locked. */
export function RoundRulesSummary({ rules, questions, hasPrediction }: { rules: RoundRules; questions: number; hasPrediction: boolean }) {
  const { t } = useTranslation()
  const minutes = Math.round(rules.timeLimitSeconds / 60)
  const prizes = rules.prizes
  return (
    <ul className="list-disc space-y-1 pl-5 text-ink-800">
      <li>{t('contests.rules.questions', { count: questions })}{hasPrediction ? ` ${t('contests.rules.plusPrediction')}` : ''}</li>
      <li>{t('contests.rules.timeLimit', { minutes })}</li>
      <li>{t('contests.rules.grace', { seconds: rules.graceSeconds })}</li>
      <li>
        {rules.attemptsAllowed === null ? t('contests.rules.attemptsUnlimited') : t('contests.rules.attempts', { count: rules.attemptsAllowed })}{' '}
        {t(`contests.rules.counting.${rules.countingAttempt}`)}
      </li>
      <li>{hasPrediction ? t('contests.rules.rankingWithPrediction') : t('contests.rules.ranking')}</li>
      <li>{rules.revealAnswers === 'after_close' ? t('contests.rules.revealAfterClose') : t('contests.rules.revealNever')}</li>
      <li>
        {t('contests.rules.prizes', { first: prizes.first, second: prizes.second, third: prizes.third, consolation: prizes.consolation })}
        {prizes.minScorePercent !== undefined ? ` ${t('contests.rules.prizeMinScore', { percent: prizes.minScorePercent })}` : ''}
      </li>
      {rules.shuffleQuestions || rules.shuffleOptions ? <li>{t('contests.rules.shuffled')}</li> : null}
    </ul>
  )
}
