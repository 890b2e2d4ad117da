import { z } from 'zod'
import { nfc } from '../text/normalize'
import { SERIAL_PATTERN } from './code-format'
import { type PlaceholderValues, fillPlaceholders } from './placeholders'
import type { CertificateTemplate } from './template'

/** What is printed about one holder; frozen in Certificate.data when issued. */

const requiredText = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là văn bản` })
    .transform((s) => nfc(s).replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, `${label} không được để trống`).max(max, `${label} dài quá ${max} ký tự`))

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là văn bản` })
    .transform((s) => nfc(s).replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))
    .optional()
    .transform((s) => (s ? s : undefined))

export const HOLDER_NAME_MAX = 200
export const UNIT_NAME_MAX = 300
export const CONTEST_TITLE_MAX = 300

export const certificateDataSchema = z.object({
  holderName: requiredText(HOLDER_NAME_MAX, 'Họ và tên'),
  unitName: optionalText(UNIT_NAME_MAX, 'Đơn vị'),
  contestTitle: requiredText(CONTEST_TITLE_MAX, 'Tên cuộc thi'),
  roundTitle: optionalText(200, 'Tên vòng thi'),
  score: z.number({ error: 'Điểm phải là số' }).optional(),
  maxScore: z.number({ error: 'Điểm tối đa phải là số' }).positive('Điểm tối đa phải lớn hơn 0').optional(),
  rank: z
    .number({ error: 'Thứ hạng phải là số' })
    .int('Thứ hạng phải là số nguyên')
    .positive('Thứ hạng phải từ 1 trở lên')
    .optional(),
  prizeLabel: optionalText(100, 'Tên giải'),
  issuedAt: z.coerce.date({ error: 'Ngày cấp không hợp lệ' }),
  serial: z.string().regex(SERIAL_PATTERN, 'Số hiệu giấy chứng nhận không hợp lệ'),
  verifyUrl: z.url({ protocol: /^https?$/, error: 'Đường dẫn xác minh phải là địa chỉ http(s)' }).max(500),
})

export type CertificateDataInput = z.input<typeof certificateDataSchema>
export type CertificateData = z.output<typeof certificateDataSchema>

/** Vietnam has kept UTC+7 all year since 1975, so a fixed offset is exact. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * "ngày 05 tháng 02 năm 2026": Nghị định 30/2020/NĐ-CP writes a leading zero
 * for days below 10 and for January and February (so "tháng 01" cannot be
 * altered into "tháng 11"), and none for other months.
 */
export function formatVietnameseDate(date: Date, utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date')
  const local = new Date(date.getTime() + utcOffsetMinutes * 60_000)
  const day = local.getUTCDate()
  const month = local.getUTCMonth() + 1
  const dayText = day < 10 ? pad2(day) : String(day)
  const monthText = month <= 2 ? pad2(month) : String(month)
  return `ngày ${dayText} tháng ${monthText} năm ${local.getUTCFullYear()}`
}

/** Vietnamese decimal comma, at most two decimals, no trailing zeros: 9.5 → "9,5". */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100).replace('.', ',')
}

export function placeholderValues(
  data: CertificateData,
  utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES,
): PlaceholderValues {
  const score =
    data.score === undefined
      ? ''
      : data.maxScore === undefined
        ? formatScore(data.score)
        : `${formatScore(data.score)}/${formatScore(data.maxScore)}`
  return {
    hoTen: data.holderName,
    donVi: data.unitName ?? '',
    cuocThi: data.contestTitle,
    vongThi: data.roundTitle ?? '',
    diem: score,
    xepHang: data.rank === undefined ? '' : String(data.rank),
    giai: data.prizeLabel ?? '',
    ngay: formatVietnameseDate(data.issuedAt, utcOffsetMinutes),
    soHieu: data.serial,
  }
}

/** Everything the renderer prints, already worded; all strings NFC. */
export interface FilledCertificate {
  title: string
  organisingBody: string
  showNationalMotto: boolean
  recipientLabel: string
  holderName: string
  body: string
  /** "Hà Nội, ngày 23 tháng 11 năm 2026" */
  dateLine: string
  signerTitle: string
  signerName: string
  serial: string
  verifyUrl: string
  accentColor: string
}

export function fillCertificate(
  template: CertificateTemplate,
  data: CertificateData,
  utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES,
): FilledCertificate {
  const values = placeholderValues(data, utcOffsetMinutes)
  const fill = (text: string) => nfc(fillPlaceholders(text, values))
  const place = fill(template.place)
  return {
    title: fill(template.title),
    organisingBody: fill(template.organisingBody),
    showNationalMotto: template.showNationalMotto,
    recipientLabel: fill(template.recipientLabel),
    holderName: nfc(data.holderName),
    body: fill(template.body),
    dateLine: place ? `${place}, ${values.ngay}` : `N${values.ngay.slice(1)}`,
    signerTitle: fill(template.signerTitle),
    signerName: fill(template.signerName),
    serial: data.serial,
    verifyUrl: data.verifyUrl,
    accentColor: template.accentColor,
  }
}
