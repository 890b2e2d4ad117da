import { describe, expect, it } from 'vitest'
import { previewImport } from './preview-import'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('CSV', () => {
  it('reads Excel’s "CSV UTF-8" (BOM, semicolons, quoted multi-line cells) with Excel row numbers', async () => {
    const csv =
      '\uFEFFSTT;Câu hỏi;A;B;C;Đáp án;Căn cứ;Độ khó\r\n' +
      '1;"Theo Hiến pháp, ""quyền con người""\r\nđược bảo đảm thế nào?";Tuyệt đối;Theo luật;Tuỳ ý;B;Hiến pháp 2013;Khó\r\n' +
      '\r\n' +
      '2;Câu hai?;x;y;;c;Hiến pháp 2013;Dễ\r\n'
    const p = await previewImport({ fileName: 'cau-hoi.csv', bytes: utf8(csv) })
    expect(p.format).toBe('csv')
    expect(p.rows[0].draft?.stem).toBe('Theo Hiến pháp, "quyền con người"\nđược bảo đảm thế nào?')
    expect(p.rows[0].location).toEqual({ file: 'cau-hoi.csv', row: 2, question: 1 })
    expect(p.rows[1].location.row).toBe(4)
    expect(p.rows[1].issues[0]).toMatchObject({
      severity: 'error',
      message: 'Đáp án đúng là C nhưng không có phương án C',
      location: { row: 4, column: 'F', header: 'Đáp án' },
    })
  })

  it('reads a Windows-1258 file saved as plain "CSV" with a warning', async () => {
    // "Câu hỏi" in Windows-1258: C, â (E2), u, space, h, o + hook above (D2), i
    const header = [0x43, 0xe2, 0x75, 0x20, 0x68, 0x6f, 0xd2, 0x69]
    const rest = utf8(',A,B,Dap an,Nguon\nQ?,x,y,A,Luat\n')
    const bytes = new Uint8Array([...header, ...rest])
    const p = await previewImport({ fileName: 'ansi.csv', bytes })
    expect(p.fileIssues.some((i) => i.message.includes('Windows-1258'))).toBe(true)
    expect(p.columns?.[0].header).toBe('Câu hỏi')
    expect(p.rows[0].draft?.stem).toBe('Q?')
  })

  it('warns about an unclosed quote with its row', async () => {
    const p = await previewImport({ fileName: 'x.csv', bytes: utf8('Câu hỏi,A,B,Đáp án,Nguồn\n"Q?,x,y,A,Luật\n') })
    expect(p.fileIssues.some((i) => i.message.includes('ngoặc kép') && i.location.row !== undefined)).toBe(true)
  })
})
