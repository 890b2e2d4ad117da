import { TZDate } from '@date-fns/tz'

/**
 * Organisers type round times as Vietnam wall-clock time ("từ 10h00 thứ Hai"),
 * whatever zone their computer or the server is in. A datetime-local field
 * gives "YYYY-MM-DDTHH:mm" with no zone; these helpers read and write that
 * text as Asia/Ho_Chi_Minh time.
 */

export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh'

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** "2026-11-23T10:00" in Vietnam → the instant, or null when the text is not a real date and time. */
export function parseVietnamLocal(text: string): Date | null {
  const m = LOCAL_PATTERN.exec(text.trim())
  if (!m) return null
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null
  const local = new TZDate(year, month - 1, day, hour, minute, second, VIETNAM_TZ)
  // 31/02 rolls over to March: refuse it instead of silently moving the date.
  if (local.getDate() !== day || local.getMonth() !== month - 1) return null
  return new Date(local.getTime())
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The instant as a datetime-local value in Vietnam time ("YYYY-MM-DDTHH:mm"). */
export function toVietnamLocal(instant: Date | number): string {
  const d = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), VIETNAM_TZ)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "10:00 23/11/2026": how Vietnamese notices write a time. */
export function formatVietnamDateTime(instant: Date | number | string): string {
  const d = new TZDate(new Date(instant).getTime(), VIETNAM_TZ)
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`
}

/** "23/11/2026". */
export function formatVietnamDate(instant: Date | number | string): string {
  const d = new TZDate(new Date(instant).getTime(), VIETNAM_TZ)
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`
}

/** "12:05" for durations: minutes and seconds, or h:mm:ss past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`
}
