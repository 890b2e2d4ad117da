import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { docxBuffer, simpleXlsx } from '../../../test/fixtures/import/make-fixtures'
import { detectFormat, sniffText } from './detect-format'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './import-limits'
import { previewImport } from './preview-import'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('detectFormat', () => {
  it('trusts the bytes over the name', async () => {
    const xlsx = await simpleXlsx([['Câu hỏi']])
    const docx = await docxBuffer({ body: ['Câu 1: x'] })
    expect(detectFormat('a.xlsx', xlsx)).toEqual({ format: 'xlsx', issues: [] })
    expect(detectFormat('a.docx', docx)).toEqual({ format: 'docx', issues: [] })
    const swapped = detectFormat('cau-hoi.docx', xlsx)
    expect(swapped.format).toBe('xlsx')
    expect(swapped.issues[0]).toMatchObject({ severity: 'warning' })
    expect(swapped.issues[0].message).toContain('Excel (.xlsx)')
  })

  it('names text formats by extension, and sniffs pasted text', () => {
    expect(detectFormat('a.csv', utf8('a,b')).format).toBe('csv')
    expect(detectFormat('a.json', utf8('{}')).format).toBe('json')
    expect(detectFormat('a.gift', utf8('x {=a ~b}')).format).toBe('gift')
    expect(detectFormat('dan.txt', utf8('Câu 1: x\nA. a\nB. b\nĐáp án: A')).format).toBe('text')
    expect(sniffText('::T1:: 2+2? {=4 ~5}')).toBe('gift')
    expect(sniffText('Hiến pháp là luật cơ bản {T}')).toBe('gift')
    expect(sniffText('Thủ đô?\nA. Hà Nội\nB. Huế\nANSWER: A')).toBe('aiken')
    expect(sniffText('{"format":"thi-phap-luat/bank"}')).toBe('json')
    expect(sniffText('Câu 1: Đáp án nào {đúng}?\nA. x\nB. y\nĐáp án: A')).toBe('text')
  })
})

describe('files previewImport refuses with a clear file issue', () => {
  const refused = async (fileName: string, bytes: Uint8Array) => {
    const p = await previewImport({ fileName, bytes })
    expect(p.rows).toEqual([])
    expect(p.stats).toEqual({ total: 0, valid: 0, invalid: 0, duplicatesInFile: 0 })
    const errors = p.fileIssues.filter((i) => i.severity === 'error')
    expect(errors).toHaveLength(1)
    return errors[0].message
  }

  it('empty file, and a whitespace-only text file', async () => {
    expect(await refused('trong.xlsx', new Uint8Array())).toBe('Tệp rỗng, không có dữ liệu')
    expect(await refused('trong.txt', utf8(' \n\n\t'))).toBe('Tệp rỗng, không có dữ liệu')
  })

  it('oversized file, naming the limit', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1)
    big.set(utf8('Câu 1: x'))
    expect(await refused('lon.txt', big)).toBe(
      'Tệp nặng 10,1 MB, vượt quá giới hạn 10 MB mỗi lần nhập; hãy chia thành nhiều tệp hoặc bỏ hình ảnh trong tệp',
    )
    const bigger = new Uint8Array(Math.round(12.34 * 1024 * 1024))
    expect(await refused('lon.xlsx', bigger)).toContain('Tệp nặng 12,4 MB, vượt quá giới hạn 10 MB')
  })

  it('a PDF renamed .xlsx', async () => {
    const pdf = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF')
    expect(await refused('cau-hoi.xlsx', pdf)).toContain('Tệp “cau-hoi.xlsx” có đuôi .xlsx nhưng nội dung là PDF')
  })

  it('old binary Excel/Word, other zips, images, and text named .xlsx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(await refused('cu.xls', ole)).toContain('định dạng cũ (.xls, .doc)')
    const zip = await new JSZip().file('readme.txt', 'hi').generateAsync({ type: 'uint8array' })
    expect(await refused('nen.xlsx', zip)).toContain('tệp nén .zip, không phải Excel hay Word')
    expect(await refused('anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toContain('ảnh PNG')
    expect(await refused('cau-hoi.xlsx', utf8('Câu hỏi,A,B'))).toBe(
      'Tệp “cau-hoi.xlsx” có đuôi .xlsx nhưng không phải tệp Excel hợp lệ',
    )
    expect(await refused('cau-hoi.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00]))).toContain('dữ liệu nhị phân')
  })

  it('a zip bomb posing as .xlsx, before inflating it', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('xl/workbook.xml', '<workbook/>')
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(110 * 1024 * 1024))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES)
    expect(await refused('bom.xlsx', bytes)).toContain('vượt quá giới hạn 100 MB')
  }, 60_000)

  it('more rows than the limit, naming it', async () => {
    const lines = ['Câu hỏi,A,B,Đáp án,Nguồn']
    for (let i = 0; i <= MAX_IMPORT_ROWS; i++) lines.push(`Câu ${i}?,x,y,A,Luật`)
    const message = await refused('nhieu.csv', utf8(lines.join('\n')))
    expect(message).toBe(
      'Tệp có 20.001 dòng câu hỏi, vượt quá giới hạn 20.000 dòng mỗi lần nhập; hãy chia thành nhiều tệp',
    )
  })

  it('an invalid column mapping from the caller', async () => {
    const p = await previewImport({ fileName: 'a.csv', bytes: utf8('a,b'), mapping: { stem: 'b1' } })
    expect(p.fileIssues[0].message).toBe('Cách chọn cột không hợp lệ; hãy chọn lại cột cho từng thông tin')
  })
})
