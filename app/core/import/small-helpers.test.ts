import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { describeLocation, formatIssue } from './describe-location'
import { foldSameLength } from './fold-same-length'
import { formatCount, formatMegabytes } from './import-limits'
import { jsonErrorOffset } from './json-error-offset'
import { listZipEntries } from './zip-entries'

describe('zip entries', () => {
  it('lists names and sizes from the central directory', async () => {
    const bytes = await new JSZip()
      .file('a/b.xml', 'x'.repeat(1000))
      .file('c.txt', 'hi')
      .generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(listZipEntries(bytes)?.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a/', 0],
      ['a/b.xml', 1000],
      ['c.txt', 2],
    ])
    expect(listZipEntries(bytes.subarray(0, 30))).toBeNull()
    expect(listZipEntries(new TextEncoder().encode('not a zip'))).toBeNull()
  })
})

describe('json error offset', () => {
  it.each([
    ['{"a": [1, 2]}', undefined],
    ['{\n "a": [,]\n}', 9],
    ['{"a": tru}', 9],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['"\\x"', 2],
  ])('%s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset)
  })
})

describe('formatting', () => {
  it('counts and megabytes the Vietnamese way', () => {
    expect(formatCount(20000)).toBe('20.000')
    expect(formatCount(1234567)).toBe('1.234.567')
    expect(formatMegabytes(10 * 1024 * 1024)).toBe('10 MB')
    expect(formatMegabytes(10 * 1024 * 1024 + 1)).toBe('10,1 MB')
  })
  it('folds accents without changing length', () => {
    const s = 'Đáp án đúng: Câu 1'
    expect(foldSameLength(s)).toBe('dap an dung: cau 1')
    expect(foldSameLength(s)).toHaveLength(s.length)
  })
  it('describes places as the organiser sees them', () => {
    expect(
      describeLocation({ file: 'a.xlsx', sheet: 'Câu hỏi', row: 7, column: 'C', header: 'Nội dung câu hỏi' }),
    ).toBe('Trang tính “Câu hỏi”, dòng 7, cột C (Nội dung câu hỏi)')
    expect(describeLocation({ file: 'a.txt', line: 12, question: 3, field: 'Phương án B' })).toBe(
      'Câu 3, dòng 12, Phương án B',
    )
    expect(describeLocation({ file: 'a.docx', table: 2, row: 4 })).toBe('Bảng 2, dòng 4')
    expect(formatIssue({ location: { file: 'x.json' }, message: 'Lỗi', severity: 'error' })).toBe('Tệp “x.json”: Lỗi')
  })
})
