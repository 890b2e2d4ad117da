import { formatScore } from '~/core/certificates/fill'

/** Display helpers shared by the certificate pages (browser-safe). */

const dateFormatters = new Map<string, Intl.DateTimeFormat>()

/** 23/11/2026 (vi) or 11/23/2026 (en), always the date in Vietnam. */
export function formatDate(value: string | Date, locale: string, withTime = false): string {
  const key = `${locale}:${withTime}`
  let format = dateFormatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    })
    dateFormatters.set(key, format)
  }
  return format.format(typeof value === 'string' ? new Date(value) : value)
}

/** "9,5/10", "4200" or "" */
export function scoreText(score: number | null, maxScore: number | null): string {
  if (score === null) return ''
  return maxScore === null ? formatScore(score) : `${formatScore(score)}/${formatScore(maxScore)}`
}
