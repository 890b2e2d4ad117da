import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '~/components/ui/card'
import { cn } from '~/components/ui/cn'
import { verifyCertificateCode } from '~/models/certificates/verify.server'
import { limit, waitInWords } from '~/utils/rate-limit.server'
import { formatDate, scoreText } from './format'
import { CodeForm } from './verify-form'

/**
 * The public page every QR code opens: no login. Rate-limited per IP; a
 * forged code and an unknown one get the same answer (see verify.server.ts).
 */

export const meta: MetaFunction = () => [{ title: 'Xác minh giấy chứng nhận · Thi Pháp Luật' }, { name: 'robots', content: 'noindex' }]

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const out = new Headers({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
  const retry = loaderHeaders.get('Retry-After')
  if (retry) out.set('Retry-After', retry)
  return out
}

export async function loader({ context, params }: LoaderFunctionArgs) {
  const code = (params.code ?? '').slice(0, 200)
  const allowed = await limit(context, 'verifyPerIp', context.clientIp)
  if (!allowed.ok) {
    return data(
      { code, outcome: { status: 'rate_limited' as const, wait: waitInWords(allowed.retryAfterSeconds) } },
      { status: 429, headers: { 'Retry-After': String(allowed.retryAfterSeconds) } },
    )
  }
  const outcome = await verifyCertificateCode(context.services.db, context.services.secrets.certificate, code)
  if (outcome.status === 'malformed') return data({ code, outcome }, { status: 400 })
  if (outcome.status === 'invalid') return data({ code, outcome }, { status: 404 })
  const c = outcome.certificate
  return {
    code,
    outcome: {
      status: outcome.status,
      certificate: { ...c, issuedAt: c.issuedAt.toISOString(), revokedAt: c.revokedAt?.toISOString() ?? null },
    },
  }
}

function Verdict({ tone, symbol, title, children }: { tone: 'ok' | 'bad' | 'warn'; symbol: string; title: string; children?: ReactNode }) {
  const styles = { ok: 'border-ok-700 bg-ok-50 text-ok-700', bad: 'border-bad-700 bg-bad-50 text-bad-700', warn: 'border-warn-700 bg-warn-50 text-warn-700' }
  return (
    <div className={cn('mb-6 flex gap-4 rounded-xl border-l-4 p-4 sm:p-6', styles[tone])} role={tone === 'ok' ? 'status' : 'alert'} data-testid="verify-verdict">
      <span aria-hidden className="grid h-10 w-10 shrink-0 place-items-center rounded-full bg-white text-2xl font-bold">
        {symbol}
      </span>
      <div>
        <h1 className="text-xl text-current sm:text-2xl">{title}</h1>
        {children ? <div className="mt-1 text-ink-900">{children}</div> : null}
      </div>
    </div>
  )
}

export default function Verify() {
  const { t, i18n } = useTranslation()
  const { code, outcome } = useLoaderData<typeof loader>()
  return (
    <div className="mx-auto max-w-2xl">
      {outcome.status === 'valid' ? (
        <Verdict tone="ok" symbol="✓" title={t('certificates.verifyValid')}>
          {t('certificates.verifyValidHint')}
        </Verdict>
      ) : outcome.status === 'revoked' ? (
        <Verdict tone="bad" symbol="✕" title={t('certificates.verifyRevoked')}>
          <p>{t('certificates.revokedOn', { date: formatDate(outcome.certificate.revokedAt ?? '', i18n.language) })}</p>
          <p>
            {t('certificates.revokeReasonLabel')}: <strong>{outcome.certificate.revokedReason}</strong>
          </p>
        </Verdict>
      ) : outcome.status === 'invalid' ? (
        <Verdict tone="bad" symbol="✕" title={t('certificates.verifyInvalid')}>
          {t('certificates.verifyInvalidHint')}
        </Verdict>
      ) : outcome.status === 'malformed' ? (
        <Verdict tone="warn" symbol="!" title={t('certificates.verifyMalformed')}>
          {t('certificates.verifyMalformedHint')}
        </Verdict>
      ) : outcome.status === 'rate_limited' ? (
        <Verdict tone="warn" symbol="!" title={t('certificates.verifyLimited')}>
          {t('certificates.verifyLimitedHint', { wait: outcome.wait })}
        </Verdict>
      ) : null}

      {outcome.status === 'valid' || outcome.status === 'revoked' ? (
        <Card className="mb-6">
          <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
            <Row label={t('certificates.holder')}>
              <span className="text-lg font-semibold">{outcome.certificate.holderName}</span>
            </Row>
            {outcome.certificate.unitName ? <Row label={t('certificates.unit')}>{outcome.certificate.unitName}</Row> : null}
            <Row label={t('certificates.contest')}>{outcome.certificate.contestTitle}</Row>
            {outcome.certificate.roundTitle ? <Row label={t('certificates.round')}>{outcome.certificate.roundTitle}</Row> : null}
            {outcome.certificate.prizeLabel ? <Row label={t('certificates.prize')}>{outcome.certificate.prizeLabel}</Row> : null}
            {outcome.certificate.rank ? <Row label={t('certificates.rank')}>{outcome.certificate.rank}</Row> : null}
            {outcome.certificate.score !== null ? <Row label={t('certificates.score')}>{scoreText(outcome.certificate.score, outcome.certificate.maxScore)}</Row> : null}
            <Row label={t('certificates.issuedBy')}>{outcome.certificate.organisationName}</Row>
            <Row label={t('certificates.issueDate')}>{formatDate(outcome.certificate.issuedAt, i18n.language)}</Row>
            <Row label={t('certificates.serial')}>
              <span className="break-all font-mono">{outcome.certificate.serial}</span>
            </Row>
          </dl>
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 text-lg">{t('certificates.verifyAnother')}</h2>
        <CodeForm defaultValue={outcome.status === 'malformed' || outcome.status === 'invalid' ? code : undefined} />
      </Card>
    </div>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm text-ink-600 sm:pt-0.5">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  )
}
