import { describe, expect, it } from 'vitest'
import {
  type CertificateDataInput,
  certificateDataSchema,
  fillCertificate,
  formatScore,
  formatVietnameseDate,
} from './fill'
import { certificateTemplateSchema } from './template'

const data = (over: Partial<CertificateDataInput> = {}) =>
  certificateDataSchema.parse({
    holderName: 'Nguyễn Thị Ngọc Ánh',
    unitName: 'Trường THPT Chu Văn An',
    contestTitle: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW',
    roundTitle: 'Vòng chung kết',
    score: 9.5,
    maxScore: 10,
    rank: 1,
    prizeLabel: 'Giải Nhất',
    issuedAt: new Date('2026-11-23T03:00:00Z'),
    serial: 'TPL-ABCDEFGHIJKLMNOP',
    verifyUrl: 'https://thiphapluat.vn/xac-minh/TPL-ABCDEFGHIJKLMNOP-QRSTUVWXYZ234567',
    ...over,
  })

const template = certificateTemplateSchema.parse({
  title: 'GIẤY CHỨNG NHẬN',
  organisingBody: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI',
  recipientLabel: 'Chứng nhận',
  body: 'Đơn vị: {{donVi}}\nĐã đạt {{giai}} {{cuocThi}}\n{{vongThi}}\nSố điểm: {{diem}}, xếp hạng {{xepHang}}\nCấp {{ngay}}, số {{soHieu}}',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Trần Văn B',
  place: 'Hà Nội',
})

describe('formatVietnameseDate', () => {
  it('writes the day and month as Nghị định 30/2020 asks', () => {
    expect(formatVietnameseDate(new Date('2026-11-23T03:00:00Z'))).toBe('ngày 23 tháng 11 năm 2026')
    expect(formatVietnameseDate(new Date('2026-02-05T03:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026')
    expect(formatVietnameseDate(new Date('2026-01-10T03:00:00Z'))).toBe('ngày 10 tháng 01 năm 2026')
    expect(formatVietnameseDate(new Date('2026-03-09T03:00:00Z'))).toBe('ngày 09 tháng 3 năm 2026')
  })

  it('uses the date in Vietnam, not in UTC', () => {
    // 23:30 on 31 December UTC is already New Year's Day in Hà Nội.
    expect(formatVietnameseDate(new Date('2026-12-31T17:30:00Z'))).toBe('ngày 01 tháng 01 năm 2027')
    expect(formatVietnameseDate(new Date('2026-12-31T16:59:59Z'))).toBe('ngày 31 tháng 12 năm 2026')
    expect(formatVietnameseDate(new Date('2026-12-31T17:30:00Z'), 0)).toBe('ngày 31 tháng 12 năm 2026')
  })

  it('refuses an invalid date', () => {
    expect(() => formatVietnameseDate(new Date('nope'))).toThrow(RangeError)
  })
})

describe('formatScore', () => {
  it('uses a decimal comma and at most two decimals', () => {
    expect(formatScore(9.5)).toBe('9,5')
    expect(formatScore(10)).toBe('10')
    expect(formatScore(7.125)).toBe('7,13')
    expect(formatScore(0.1 + 0.2)).toBe('0,3')
  })
})

describe('certificateDataSchema', () => {
  it('normalises names to NFC and collapses spaces', () => {
    const d = data({ holderName: '  Đặng   Văn Hưởng '.normalize('NFD') })
    expect(d.holderName).toBe('Đặng Văn Hưởng'.normalize('NFC'))
    expect(d.holderName).toBe('Đặng Văn Hưởng')
  })

  it('rejects a bad serial, a non-http link and empty names with Vietnamese messages', () => {
    const r = certificateDataSchema.safeParse({
      ...data(),
      holderName: ' ',
      serial: 'TPL-123',
      verifyUrl: 'javascript:alert(1)',
    })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.message).sort()).toEqual([
      'Họ và tên không được để trống',
      'Số hiệu giấy chứng nhận không hợp lệ',
      'Đường dẫn xác minh phải là địa chỉ http(s)',
    ])
  })
})

describe('fillCertificate', () => {
  it('fills every placeholder and builds the place and date line', () => {
    const c = fillCertificate(template, data())
    expect(c.holderName).toBe('Nguyễn Thị Ngọc Ánh')
    expect(c.body).toBe(
      [
        'Đơn vị: Trường THPT Chu Văn An',
        'Đã đạt Giải Nhất Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW',
        'Vòng chung kết',
        'Số điểm: 9,5/10, xếp hạng 1',
        'Cấp ngày 23 tháng 11 năm 2026, số TPL-ABCDEFGHIJKLMNOP',
      ].join('\n'),
    )
    expect(c.dateLine).toBe('Hà Nội, ngày 23 tháng 11 năm 2026')
    expect(c.verifyUrl).toBe('https://thiphapluat.vn/xac-minh/TPL-ABCDEFGHIJKLMNOP-QRSTUVWXYZ234567')
  })

  it('leaves out lines about facts the holder does not have', () => {
    const c = fillCertificate(
      template,
      data({ unitName: undefined, roundTitle: '', prizeLabel: undefined, score: 7, maxScore: undefined, rank: undefined }),
    )
    expect(c.body.split('\n')).toEqual([
      'Đã đạt Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW',
      'Số điểm: 7, xếp hạng',
      'Cấp ngày 23 tháng 11 năm 2026, số TPL-ABCDEFGHIJKLMNOP',
    ])
  })

  it('starts the date line with a capital when there is no place', () => {
    expect(fillCertificate({ ...template, place: '' }, data()).dateLine).toBe('Ngày 23 tháng 11 năm 2026')
  })

  it('returns NFC text even from NFD input', () => {
    const c = fillCertificate(template, data({ unitName: 'Phường Hoàn Kiếm'.normalize('NFD') }))
    for (const value of Object.values(c)) {
      if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'))
    }
    expect(c.body).toContain('Phường Hoàn Kiếm')
  })
})
