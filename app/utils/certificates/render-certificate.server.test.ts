import { describe, expect, it } from 'vitest'
import type { CertificateDataInput } from '~/core/certificates/fill'
import {
  type CertificateTemplateInput,
  DEFAULT_CERTIFICATE_TEMPLATE,
  TEMPLATE_LIMITS,
  validateImage,
} from '~/core/certificates/template'
import {
  type Word,
  decodeQrCodes,
  pdfFonts,
  pdfImages,
  pdfPageCount,
  pdfPageToJpeg,
  pdfText,
  pdfWords,
} from './pdf-tools.testing'
import { renderCertificatePdf } from './render-certificate.server'
import { sampleLogoPng, sampleSignaturePng } from './sample-images.server'
import { issueVerificationCode } from './verification-code.server'

const SECRET = 'render-test-secret-long-enough-for-hmac'

function holder(over: Partial<CertificateDataInput> = {}): CertificateDataInput {
  const { serial, code } = issueVerificationCode(SECRET)
  return {
    holderName: 'Nguyễn Thị Ngọc Ánh',
    unitName: 'Trường THPT Chu Văn An, quận Ba Đình',
    contestTitle: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật',
    roundTitle: 'Vòng chung kết',
    score: 9.5,
    maxScore: 10,
    rank: 1,
    prizeLabel: 'Giải Nhất',
    issuedAt: new Date('2026-11-23T03:00:00Z'),
    serial,
    verifyUrl: `https://thiphapluat.vn/xac-minh/${code}`,
    ...over,
  }
}

const template: CertificateTemplateInput = {
  ...DEFAULT_CERTIFICATE_TEMPLATE,
  signerTitle: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Trần Văn Bình',
}

const A4_LANDSCAPE = { width: 841.89, height: 595.28 }
/** The inner frame line is drawn 41 pt from each edge; text must stay inside it. */
const FRAME = 41

/** pdftotext breaks lines where the PDF does: compare text with all whitespace as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim()

function expectInsideFrame(words: Word[]): void {
  const outside = words.filter(
    (w) =>
      w.xMin < FRAME || w.yMin < FRAME || w.xMax > A4_LANDSCAPE.width - FRAME || w.yMax > A4_LANDSCAPE.height - FRAME,
  )
  expect(outside).toEqual([])
}

/** No two words may overlap (beyond rounding): overflowing boxes would print text over text. */
function expectNoOverlaps(words: Word[]): void {
  const overlaps: string[] = []
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]
      const b = words[j]
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (dx > 0.5 && dy > 0.5) overlaps.push(`${a.text} × ${b.text}`)
    }
  }
  expect(overlaps).toEqual([])
}

describe('renderCertificatePdf', () => {
  it('prints Vietnamese names and wording with their diacritics exactly', async () => {
    for (const name of ['Nguyễn Thị Ngọc Ánh', 'Đặng Văn Hưởng', 'Huỳnh Thị Ỷ Lan', 'Tăng Thị Ửng Ợt']) {
      const text = flat(pdfText(await renderCertificatePdf(template, holder({ holderName: name }))))
      expect(text).toContain(name)
      expect(text).toContain('GIẤY CHỨNG NHẬN')
      expect(text).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI')
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc')
      expect(text).toContain(
        'Đã tham gia Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật',
      )
      expect(text).toContain('Đạt Giải Nhất')
      expect(text).toContain('Số điểm: 9,5/10')
      expect(text).toContain('Hà Nội, ngày 23 tháng 11 năm 2026')
      expect(text).toContain('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH')
      expect(text).toContain('Trần Văn Bình')
    }
  })

  it('extracts every Vietnamese letter in every typeface', async () => {
    const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
    const lower = `${bases.map((b) => tones.map((t) => `${b}${t}`.normalize('NFC')).join('')).join(' ')} đ`
    const upper = lower.toUpperCase()
    const letters: CertificateTemplateInput = {
      ...template,
      title: upper,
      recipientLabel: lower.replace(/ /g, ''),
      body: 'Chữ thường: {{hoTen}}',
      signerName: lower,
      place: upper,
    }
    const text = flat(pdfText(await renderCertificatePdf(letters, holder({ holderName: `${lower} ${upper}` }))))
    expect(text).toContain(upper)
    expect(text).toContain(lower.replace(/ /g, ''))
    expect(text).toContain(`${lower} ${upper}`)
    expect(text).toContain(`Chữ thường: ${lower} ${upper}`)
    expect(text).toContain(`${upper}, ngày 23 tháng 11 năm 2026`)
  })

  it('prints NFC text even when the name arrives decomposed (NFD)', async () => {
    const text = pdfText(await renderCertificatePdf(template, holder({ holderName: 'Đặng Văn Hưởng'.normalize('NFD') })))
    expect(text).toContain('Đặng Văn Hưởng'.normalize('NFC'))
  })

  it('has a QR code that a phone reads as the verification link, and the serial under it', async () => {
    const data = holder()
    const pdf = await renderCertificatePdf(template, data)
    expect(decodeQrCodes(pdf, 150)).toEqual([data.verifyUrl])
    expect(flat(pdfText(pdf))).toContain(`Số hiệu: ${data.serial}`)
    // The whole code too, for typing in by hand; only when the link really ends with one.
    const code = data.verifyUrl.split('/').at(-1) ?? ''
    expect(code).toMatch(/^TPL-[A-Z2-7]{16}-[A-Z2-7]{16}$/)
    expect(flat(pdfText(pdf))).toContain(code)
    const other = await renderCertificatePdf(template, { ...data, verifyUrl: 'https://thiphapluat.vn/xac-minh?x=1' })
    expect(flat(pdfText(other))).not.toContain(code)
  })

  it('is one landscape A4 page with embedded, subset Noto Serif and Be Vietnam Pro fonts', async () => {
    const pdf = await renderCertificatePdf(template, holder())
    expect(pdfPageCount(pdf)).toBe(1)
    const [page] = pdfWords(pdf)
    expect(page.width).toBeCloseTo(A4_LANDSCAPE.width, 1)
    expect(page.height).toBeCloseTo(A4_LANDSCAPE.height, 1)
    const fonts = pdfFonts(pdf)
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'BeVietnamPro-SemiBold',
      'NotoSerif-Bold',
      'NotoSerif-BoldItalic',
      'NotoSerif-Italic',
      'NotoSerif-Regular',
    ])
    for (const f of fonts) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true })
  })

  it('keeps a very long name, unit and contest title on the page, inside the frame, without overlaps', async () => {
    const holderName =
      'Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bảo Châu Trần Lê Minh Khuê Đặng Văn Hưởng Phạm Thị Thanh Hương Lý Thị Mỹ Duyên'
    const unitName =
      'Phòng Phổ biến, giáo dục pháp luật thuộc Sở Tư pháp thành phố Hà Nội, Chi đoàn Thanh niên Cộng sản Hồ Chí Minh khối cơ quan Đảng, đoàn thể và các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân thành phố'
    const contestTitle =
      'Cuộc thi trực tuyến tìm hiểu Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới'
    const pdf = await renderCertificatePdf(template, holder({ holderName, unitName, contestTitle }))
    expect(pdfPageCount(pdf)).toBe(1)
    const [page] = pdfWords(pdf)
    expectInsideFrame(page.words)
    expectNoOverlaps(page.words)
    const text = flat(page.words.map((w) => w.text).join(' '))
    expect(text).toContain(holderName)
    expect(text).toContain(unitName)
    expect(text).toContain(contestTitle)
  })

  it('fits every field at its maximum length, even one long unbreakable word', async () => {
    const line = (n: number) => 'Ủ'.repeat(n)
    const longest: CertificateTemplateInput = {
      ...template,
      title: `${'GIẤY CHỨNG NHẬN '.repeat(8).slice(0, TEMPLATE_LIMITS.title.chars - 1)}`,
      organisingBody: [line(70), line(70), line(70), line(70)].join('\n'),
      recipientLabel: 'Trân trọng chứng nhận '.repeat(4).slice(0, TEMPLATE_LIMITS.recipientLabel.chars),
      body: Array.from({ length: 12 }, (_, i) => `Dòng ${i + 1}: {{donVi}} {{cuocThi}}`.slice(0, 99)).join('\n'),
      signerTitle: [line(48), line(48), line(48), line(48)].join('\n'),
      signerName: 'Phạm '.repeat(20).slice(0, TEMPLATE_LIMITS.signerName.chars),
      place: 'Thành phố Hồ Chí Minh '.repeat(5).slice(0, TEMPLATE_LIMITS.place.chars),
    }
    const pdf = await renderCertificatePdf(
      longest,
      holder({ holderName: 'Ư'.repeat(200), unitName: 'Đơn vị '.repeat(60).slice(0, 300), contestTitle: 'Cuộc thi '.repeat(40).slice(0, 300) }),
    )
    expect(pdfPageCount(pdf)).toBe(1)
    const [page] = pdfWords(pdf)
    expectInsideFrame(page.words)
    expectNoOverlaps(page.words)
    expect(flat(page.words.map((w) => w.text).join(''))).toContain('Ư'.repeat(200))
  })

  it('embeds the logo and the signature, shrunk to their printed size, as PNG or JPEG', async () => {
    const logo = sampleLogoPng(1200)
    const signature = sampleSignaturePng(2400, 800)
    const withPng = await renderCertificatePdf(template, holder(), { logo, signature })
    const images = pdfImages(withPng)
    expect(images).toHaveLength(2)
    // 66 pt and 170 × 50 pt boxes at 300 dpi: about 275 px and 708 × 208 px, not the uploads' sizes.
    for (const image of images) {
      expect(image.type).toBe('image')
      expect(image.width).toBeLessThanOrEqual(709)
      expect(image.height).toBeLessThanOrEqual(276)
    }
    // A real JPEG (made by poppler from the PNG certificate) goes in as it is.
    const jpeg = pdfPageToJpeg(withPng, 20)
    const check = validateImage(jpeg)
    expect(check).toMatchObject({ ok: true, format: 'jpeg' })
    const withJpeg = await renderCertificatePdf(template, holder(), { logo: jpeg })
    expect(pdfImages(withJpeg)).toEqual([{ type: 'image', width: check.ok && check.width, height: check.ok && check.height }])
    expect(flat(pdfText(withJpeg))).toContain('Nguyễn Thị Ngọc Ánh')
  })

  it('refuses an image that is not a PNG or JPEG, and a template with an unknown placeholder', async () => {
    await expect(
      renderCertificatePdf(template, holder(), { logo: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>') }),
    ).rejects.toThrow('Chỉ chấp nhận ảnh PNG hoặc JPEG.')
    await expect(renderCertificatePdf({ ...template, body: 'Chúc mừng {{tenSai}}' }, holder())).rejects.toThrow(
      /Không có trường thay thế \{\{tenSai\}\}. Chỉ dùng được: \{\{hoTen\}\}/,
    )
  })

  it('is reproducible: the same certificate renders to the same bytes', async () => {
    const data = holder()
    const first = await renderCertificatePdf(template, data)
    const second = await renderCertificatePdf(template, { ...data })
    expect(second.equals(first)).toBe(true)
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
