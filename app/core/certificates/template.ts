import { z } from 'zod'
import { nfc } from '../text/normalize'
import { placeholderError } from './placeholders'

export { validateImage, MAX_IMAGE_BYTES, MAX_IMAGE_DIMENSION } from './validate-image'
export type { ImageCheck, ImageFormat } from './validate-image'

/**
 * The wording of a certificate template (stored as CertificateTemplate.content).
 * The logo and signature images are stored beside it as bytes and checked with
 * validateImage. Every text field may use placeholders ({{hoTen}}, …); an
 * unknown one is rejected with the list of allowed ones.
 */

export const TEMPLATE_LIMITS = {
  title: { chars: 120, lines: 2 },
  organisingBody: { chars: 300, lines: 4 },
  recipientLabel: { chars: 80, lines: 1 },
  body: { chars: 1200, lines: 12 },
  signerTitle: { chars: 200, lines: 4 },
  signerName: { chars: 100, lines: 1 },
  place: { chars: 100, lines: 1 },
} as const

type LimitedField = keyof typeof TEMPLATE_LIMITS

/**
 * NFC, Windows line endings unified, each line trimmed; then length, line
 * count and placeholders checked.
 */
function templateText(field: LimitedField, label: string, required: boolean) {
  const { chars, lines } = TEMPLATE_LIMITS[field]
  return z
    .string({ error: `${label} phải là văn bản` })
    .transform((s) =>
      nfc(s)
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .superRefine((s, ctx) => {
      if (required && s.length === 0) {
        ctx.addIssue({ code: 'custom', message: `${label} không được để trống` })
        return
      }
      if (s.length > chars) ctx.addIssue({ code: 'custom', message: `${label} dài quá ${chars} ký tự` })
      if (s.split('\n').length > lines) {
        ctx.addIssue({
          code: 'custom',
          message: lines === 1 ? `${label} chỉ được có một dòng` : `${label} tối đa ${lines} dòng`,
        })
      }
      const error = placeholderError(s)
      if (error) ctx.addIssue({ code: 'custom', message: `${label}: ${error}` })
    })
}

export const certificateTemplateSchema = z.object({
  title: templateText('title', 'Tiêu đề', true),
  /** Top-left heading, one line per level, e.g. "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI". */
  organisingBody: templateText('organisingBody', 'Cơ quan tổ chức', true),
  /** Top-right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc". */
  showNationalMotto: z.boolean({ error: 'Quốc hiệu phải là đúng/sai' }).default(true),
  /** Printed just above the holder's name, e.g. "Chứng nhận" or "Trao tặng". */
  recipientLabel: templateText('recipientLabel', 'Lời dẫn trước họ tên', false).default(''),
  body: templateText('body', 'Nội dung', true),
  signerTitle: templateText('signerTitle', 'Chức vụ người ký', true),
  signerName: templateText('signerName', 'Họ tên người ký', true),
  place: templateText('place', 'Địa danh', false).default(''),
  accentColor: z
    .string({ error: 'Màu chủ đạo phải là mã màu' })
    .regex(/^#[0-9a-fA-F]{6}$/, 'Màu chủ đạo phải có dạng #RRGGBB, ví dụ #9F1D1D')
    .default('#9F1D1D'),
})

export type CertificateTemplateInput = z.input<typeof certificateTemplateSchema>
export type CertificateTemplate = z.output<typeof certificateTemplateSchema>

/** A sensible starting point for the organiser's form. */
export const DEFAULT_CERTIFICATE_TEMPLATE: CertificateTemplate = {
  title: 'GIẤY CHỨNG NHẬN',
  organisingBody: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI',
  showNationalMotto: true,
  recipientLabel: 'Chứng nhận',
  // One fact per line: a line whose placeholders are all empty is left out.
  body: [
    'Đơn vị: {{donVi}}',
    'Đã tham gia {{cuocThi}}',
    '{{vongThi}}',
    'Đạt {{giai}}',
    'Số điểm: {{diem}}',
  ].join('\n'),
  signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
  place: 'Hà Nội',
  accentColor: '#9F1D1D',
}
