import { describe, expect, it } from 'vitest'
import { specificReason } from './error-message'

describe('specificReason', () => {
  it('keeps a reason written for people', () => {
    expect(specificReason('Chỉ người điều khiển phiên này mới mở được bảng điều khiển')).toBe('Chỉ người điều khiển phiên này mới mở được bảng điều khiển')
    expect(specificReason('  Tài khoản chưa thuộc ban tổ chức nào ')).toBe('Tài khoản chưa thuộc ban tổ chức nào')
  })

  it('leaves bare status words, markup, long text and non-text to the page', () => {
    for (const data of ['Forbidden', 'CSRF', 'forbidden', '', '<html>…</html>', 'x'.repeat(301), null, { message: 'x' }, 403]) {
      expect(specificReason(data)).toBeNull()
    }
  })
})
