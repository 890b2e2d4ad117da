import { describe, expect, it } from 'vitest'
import { PLACEHOLDER_KEYS, fillPlaceholders, placeholderError, resolvePlaceholder } from './placeholders'
import { type CertificateTemplateInput, DEFAULT_CERTIFICATE_TEMPLATE, certificateTemplateSchema } from './template'

const valid = (): CertificateTemplateInput => ({
  title: 'GIẤY CHỨNG NHẬN',
  organisingBody: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI',
  body: 'Đã đạt {{giai}} {{cuocThi}}',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
  place: 'Hà Nội',
})

function messages(input: unknown): string[] {
  const r = certificateTemplateSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('certificateTemplateSchema', () => {
  it('accepts a template and fills the defaults', () => {
    const t = certificateTemplateSchema.parse(valid())
    expect(t.showNationalMotto).toBe(true)
    expect(t.recipientLabel).toBe('')
    expect(t.accentColor).toBe('#9F1D1D')
    expect(t.organisingBody).toBe('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI')
  })

  it('accepts its own default template unchanged', () => {
    expect(certificateTemplateSchema.parse(DEFAULT_CERTIFICATE_TEMPLATE)).toEqual(DEFAULT_CERTIFICATE_TEMPLATE)
  })

  it('rejects an unknown placeholder, naming it and listing the allowed ones in Vietnamese', () => {
    const [message, ...rest] = messages({ ...valid(), body: 'Chúc mừng {{tenSai}} đã đạt {{giai}}' })
    expect(rest).toEqual([])
    expect(message).toContain('body: Nội dung: Không có trường thay thế {{tenSai}}')
    for (const key of PLACEHOLDER_KEYS) expect(message).toContain(`{{${key}}}`)
    expect(message).toContain('{{hoTen}} (họ và tên)')
  })

  it('checks placeholders in every text field, not only the body', () => {
    expect(messages({ ...valid(), title: 'GIẤY KHEN {{loai}}' })[0]).toMatch(/^title: Tiêu đề: Không có trường thay thế \{\{loai\}\}/)
    expect(messages({ ...valid(), signerName: '{{nguoiKy}}' })[0]).toMatch(/^signerName: /)
  })

  it('rejects unbalanced braces', () => {
    expect(messages({ ...valid(), body: 'Đã đạt {{giai' })[0]).toContain('Dấu {{ }} chưa khớp')
    expect(messages({ ...valid(), body: 'Đã đạt giai}}' })[0]).toContain('Dấu {{ }} chưa khớp')
  })

  it('normalises to NFC and unifies line endings', () => {
    const nfd = 'Nguyễn Văn A'.normalize('NFD')
    const t = certificateTemplateSchema.parse({ ...valid(), signerName: ` ${nfd} `, organisingBody: 'SỞ TƯ PHÁP\r\n  HÀ NỘI  ' })
    expect(t.signerName).toBe('Nguyễn Văn A'.normalize('NFC'))
    expect(t.organisingBody).toBe('SỞ TƯ PHÁP\nHÀ NỘI')
  })

  it('enforces required fields, lengths, line counts and the colour format', () => {
    expect(messages({ ...valid(), title: '   ' })).toEqual(['title: Tiêu đề không được để trống'])
    expect(messages({ ...valid(), signerName: 'A'.repeat(101) })).toEqual(['signerName: Họ tên người ký dài quá 100 ký tự'])
    expect(messages({ ...valid(), organisingBody: 'A\nB\nC\nD\nE' })).toEqual([
      'organisingBody: Cơ quan tổ chức tối đa 4 dòng',
    ])
    expect(messages({ ...valid(), place: 'Hà Nội\nViệt Nam' })).toEqual(['place: Địa danh chỉ được có một dòng'])
    expect(messages({ ...valid(), accentColor: 'red' })[0]).toContain('#RRGGBB')
    expect(messages({ ...valid(), body: 42 })).toEqual(['body: Nội dung phải là văn bản'])
  })
})

describe('placeholders', () => {
  it('resolves Vietnamese names, English aliases, case, spacing and diacritics', () => {
    expect(resolvePlaceholder('hoTen')).toBe('hoTen')
    expect(resolvePlaceholder(' Họ tên ')).toBe('hoTen')
    expect(resolvePlaceholder('HO_TEN')).toBe('hoTen')
    expect(resolvePlaceholder('holderName')).toBe('hoTen')
    expect(resolvePlaceholder('ngày')).toBe('ngay')
    expect(resolvePlaceholder('prize')).toBe('giai')
    expect(resolvePlaceholder('tenSai')).toBeNull()
    expect(placeholderError('{{ Họ tên }} – {{unitName}} – {{xep_hang}}')).toBeNull()
  })

  const values = {
    hoTen: 'Nguyễn Thị Ngọc Ánh',
    donVi: '',
    cuocThi: 'Cuộc thi 66',
    vongThi: '',
    diem: '9,5/10',
    xepHang: '1',
    giai: '',
    ngay: 'ngày 23 tháng 11 năm 2026',
    soHieu: 'TPL-AAAAAAAAAAAAAAAA',
  }

  it('fills placeholders and drops a line whose placeholders are all empty', () => {
    const text = 'Đơn vị: {{donVi}}\n{{hoTen}} – {{cuocThi}}\n{{vongThi}}\nĐiểm {{diem}}, giải {{giai}}\nCảm ơn!'
    expect(fillPlaceholders(text, values)).toBe('Nguyễn Thị Ngọc Ánh – Cuộc thi 66\nĐiểm 9,5/10, giải\nCảm ơn!')
  })

  it('refuses to fill text that was not validated', () => {
    expect(() => fillPlaceholders('{{khongCo}}', values)).toThrow(/validate the template/)
  })
})
