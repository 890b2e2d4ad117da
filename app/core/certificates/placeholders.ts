import { foldDiacritics } from '../text/normalize'

/**
 * The placeholders an organiser may write in certificate wording, e.g.
 * "Đã đạt {{giai}} Cuộc thi {{cuocThi}}". Names are Vietnamese without
 * diacritics; the English field names of CertificateData are accepted as
 * aliases, and matching ignores case, spaces, "_"/"-" and diacritics, so
 * {{Họ tên}} and {{ho_ten}} both mean {{hoTen}}.
 */

export const PLACEHOLDER_KEYS = [
  'hoTen',
  'donVi',
  'cuocThi',
  'vongThi',
  'diem',
  'xepHang',
  'giai',
  'ngay',
  'soHieu',
] as const
export type PlaceholderKey = (typeof PLACEHOLDER_KEYS)[number]

export const PLACEHOLDER_LABELS_VI: Record<PlaceholderKey, string> = {
  hoTen: 'họ và tên',
  donVi: 'đơn vị',
  cuocThi: 'tên cuộc thi',
  vongThi: 'vòng thi',
  diem: 'điểm, ví dụ 9,5/10',
  xepHang: 'thứ hạng',
  giai: 'giải, ví dụ Giải Nhất',
  ngay: 'ngày cấp, ví dụ ngày 23 tháng 11 năm 2026',
  soHieu: 'số hiệu giấy chứng nhận',
}

const ALIASES: Record<PlaceholderKey, readonly string[]> = {
  hoTen: ['holderName', 'name', 'fullName'],
  donVi: ['unitName', 'unit'],
  cuocThi: ['contestTitle', 'contest'],
  vongThi: ['roundTitle', 'round'],
  diem: ['score'],
  xepHang: ['rank'],
  giai: ['prizeLabel', 'prize'],
  ngay: ['issuedAt', 'date'],
  soHieu: ['serial'],
}

const lookupKey = (name: string) => foldDiacritics(name).replace(/[\s_-]+/g, '')

const BY_LOOKUP_KEY: ReadonlyMap<string, PlaceholderKey> = new Map(
  PLACEHOLDER_KEYS.flatMap((key) => [key, ...ALIASES[key]].map((name) => [lookupKey(name), key] as const)),
)

/** {{ name }}: braces cannot nest, so [^{}] keeps "{{{{a}}" from matching oddly. */
const PLACEHOLDER_RE = /\{\{([^{}]*)\}\}/g

export function resolvePlaceholder(name: string): PlaceholderKey | null {
  return BY_LOOKUP_KEY.get(lookupKey(name)) ?? null
}

export function allowedPlaceholdersText(): string {
  return PLACEHOLDER_KEYS.map((key) => `{{${key}}} (${PLACEHOLDER_LABELS_VI[key]})`).join(', ')
}

/** A Vietnamese message for the first problem with the placeholders in text, or null when all is well. */
export function placeholderError(text: string): string | null {
  const unknown: string[] = []
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    if (!resolvePlaceholder(match[1])) unknown.push(match[0])
  }
  if (unknown.length > 0) {
    const list = [...new Set(unknown)].join(', ')
    return `Không có trường thay thế ${list}. Chỉ dùng được: ${allowedPlaceholdersText()}.`
  }
  const rest = text.replace(PLACEHOLDER_RE, '')
  if (rest.includes('{{') || rest.includes('}}')) {
    return 'Dấu {{ }} chưa khớp: mỗi trường thay thế phải có dạng {{tenTruong}}, ví dụ {{hoTen}}.'
  }
  return null
}

export type PlaceholderValues = Record<PlaceholderKey, string>

/**
 * Replaces every placeholder. A line whose placeholders all came out empty
 * (e.g. "Đơn vị: {{donVi}}" for someone without a unit) is dropped rather
 * than printed half-empty. Text must have passed placeholderError.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const lines: string[] = []
  for (const line of text.split('\n')) {
    let placeholders = 0
    let filled = 0
    const out = line.replace(PLACEHOLDER_RE, (whole, name: string) => {
      const key = resolvePlaceholder(name)
      if (!key) throw new Error(`Unknown placeholder ${whole}: validate the template first`)
      placeholders++
      const value = values[key]
      if (value) filled++
      return value
    })
    if (placeholders > 0 && filled === 0) continue
    lines.push(out.replace(/[ \t]{2,}/g, ' ').trim())
  }
  return lines.join('\n')
}
