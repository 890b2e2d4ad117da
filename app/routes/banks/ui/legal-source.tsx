import { useTranslation } from 'react-i18next'

/** "Điều 5 · Luật Ban hành văn bản …" with a link that opens the document, when there is one. */
export function LegalSource({ source, compact }: { source: { document: string; article?: string | null; url?: string | null }; compact?: boolean }) {
  const { t } = useTranslation()
  const text = [source.article, source.document].filter(Boolean).join(' · ')
  return (
    <span className={compact ? 'text-sm text-ink-600' : 'text-ink-700'}>
      <span className="font-medium">{t('banks.bank.source')}:</span> {text}
      {source.url ? (
        <>
          {' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="whitespace-nowrap">
            {t('banks.bank.openSource')}
            <span aria-hidden> ↗</span>
          </a>
        </>
      ) : null}
    </span>
  )
}
