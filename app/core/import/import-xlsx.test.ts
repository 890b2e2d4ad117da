import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { generatedRows, simpleXlsx, TEMPLATE_HEADERS, xlsxBuffer } from '../../../test/fixtures/import/make-fixtures'
import { buildTemplateXlsx } from './build-template-xlsx'
import { describeLocation } from './describe-location'
import { previewImport } from './preview-import'
import { TEMPLATE_EXAMPLES } from './template-examples'

const preview = (bytes: Buffer, fileName = 'cau-hoi.xlsx', extra: Partial<Parameters<typeof previewImport>[0]> = {}) =>
  previewImport({ fileName, bytes, ...extra })

const row = (overrides: Partial<Record<(typeof TEMPLATE_HEADERS)[number], string>>) =>
  TEMPLATE_HEADERS.map((h) => overrides[h as keyof typeof overrides] ?? '')

const base = {
  'Nội dung câu hỏi': 'Hiến pháp hiện hành được thông qua năm nào?',
  'Phương án A': '1992',
  'Phương án B': '2013',
  'Phương án C': '2001',
  'Đáp án đúng': 'B',
  'Văn bản nguồn': 'Hiến pháp năm 2013',
  'Độ khó': 'Dễ',
}

describe('template', () => {
  it('imports its own example rows with no error, and warns that they are examples', async () => {
    const p = await preview(await buildTemplateXlsx(), 'mau.xlsx')
    expect(p.format).toBe('xlsx')
    expect(p.sheet).toBe('Câu hỏi')
    expect(p.sheets).toEqual(['Câu hỏi', 'Hướng dẫn'])
    expect(p.fileIssues).toEqual([])
    expect(p.rows.map((r) => r.draft)).toEqual(TEMPLATE_EXAMPLES)
    expect(p.rows.every((r) => r.issues.some((i) => i.message.includes('dòng ví dụ')))).toBe(true)
  })

  it('has drop-down lists for type and difficulty and a notes sheet', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await buildTemplateXlsx()) as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
    const ws = wb.getWorksheet('Câu hỏi')
    expect(ws?.getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADERS])
    expect(ws?.getCell('A50').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Một đáp án đúng,Nhiều đáp án đúng,Đúng/Sai,Câu hỏi dự đoán"'],
    })
    expect(ws?.getCell('O50').dataValidation).toMatchObject({ type: 'list', formulae: ['"Dễ,Trung bình,Khó"'] })
    const notes = wb.getWorksheet('Hướng dẫn')
    expect(notes?.getCell('B3').value).toBe('Nội dung câu hỏi')
    expect(String(notes?.getCell('C3').value)).toContain('Bắt buộc')
  })
})

describe('messy real files', () => {
  it('finds the header under title rows, with a merged "Phương án" over A–D, an STT column and blank rows', async () => {
    const bytes = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('DS câu hỏi')
      ws.getCell('A1').value = 'BỘ CÂU HỎI CUỘC THI TÌM HIỂU NGHỊ QUYẾT 66-NQ/TW'
      ws.mergeCells('A1:J1')
      ws.getCell('A2').value = '(Kèm theo Kế hoạch số 12/KH-UBND)'
      ws.getRow(4).values = [
        'STT',
        'Câu hỏi',
        'Phương án trả lời',
        '',
        '',
        '',
        'Đáp án',
        'Căn cứ pháp lý',
        'Mức độ',
        'Lĩnh vực',
      ]
      ws.mergeCells('C4:F4')
      ws.mergeCells('A4:A5')
      ws.mergeCells('B4:B5')
      ws.getRow(5).values = ['', '', 'A', 'B', 'C', 'D']
      ws.getRow(6).values = [1, 'Câu một?', 'x', 'y', 'z', 't', 'C', 'Luật A', 'Khó', 'Hiến pháp, Quyền con người']
      // row 7 left blank on purpose; row 8 has only its STT
      ws.getRow(8).values = [2]
      ws.getRow(9).values = [3, 'Câu ba?', 'm', 'n', '', '', 'b', 'Điều 5 Luật B', 'Dễ', '']
    })
    const p = await preview(bytes)
    expect(p.fileIssues.filter((i) => i.severity === 'error')).toEqual([])
    expect(p.headerRow).toBe(5)
    expect(p.columnMapping).toMatchObject({
      number: 'A',
      stem: 'B',
      optionA: 'C',
      optionB: 'D',
      optionC: 'E',
      optionD: 'F',
      correct: 'G',
      sourceDocument: 'H',
      difficulty: 'I',
      tags: 'J',
    })
    expect(p.stats).toEqual({ total: 2, valid: 2, invalid: 0, duplicatesInFile: 0 })
    expect(p.rows[0].location).toEqual({ file: 'cau-hoi.xlsx', sheet: 'DS câu hỏi', row: 6, question: 1 })
    expect(p.rows[0].draft).toMatchObject({
      stem: 'Câu một?',
      difficulty: 'hard',
      tags: ['hiến pháp', 'quyền con người'],
    })
    expect(p.rows[0].draft?.options.map((o) => o.correct)).toEqual([false, false, true, false])
    expect(p.rows[1].draft?.source).toEqual({ document: 'Luật B', article: 'Điều 5' })
    expect(p.rows[1].location.row).toBe(9)
  })

  it('fills a vertically merged source cell down to every question it spans', async () => {
    const bytes = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.addRow(['Câu hỏi', 'A', 'B', 'Đáp án', 'Nguồn', 'Độ khó'])
      ws.addRow(['Q1?', 'x', 'y', 'A', 'Hiến pháp 2013', 'Dễ'])
      ws.addRow(['Q2?', 'x', 'y', 'B', '', 'Dễ'])
      ws.mergeCells('E2:E3')
    })
    const p = await preview(bytes)
    expect(p.rows.map((r) => r.draft?.source.document)).toEqual(['Hiến pháp 2013', 'Hiến pháp 2013'])
  })

  it('reports unknown columns and lets the caller fix a mapping it could not guess', async () => {
    const bytes = await simpleXlsx([
      ['Mã', 'Nội dung hỏi thi', 'PA1', 'PA2', 'Kết luận', 'Ghi chú', 'Văn bản'],
      ['Q-1', 'Câu hỏi?', 'Có', 'Không', 'A', 'ghi chú nội bộ', 'Luật X'],
    ])
    const guessed = await preview(bytes)
    expect(guessed.stats.total).toBe(0)
    expect(guessed.fileIssues[0]).toMatchObject({ severity: 'error' })
    expect(guessed.fileIssues[0].message).toContain('Không tìm thấy hàng tiêu đề')
    expect(guessed.columns?.map((c) => c.header)).toEqual([
      'Mã',
      'Nội dung hỏi thi',
      'PA1',
      'PA2',
      'Kết luận',
      'Ghi chú',
      'Văn bản',
    ])

    const mapped = await preview(bytes, 'cau-hoi.xlsx', {
      mapping: { stem: 'B', optionA: 'C', optionB: 'D', correct: 'E', sourceDocument: 'G' },
      headerRow: 1,
    })
    expect(mapped.stats).toMatchObject({ total: 1, valid: 1 })
    expect(mapped.rows[0].draft?.options).toEqual([
      { text: 'Có', correct: true },
      { text: 'Không', correct: false },
    ])
    expect(mapped.fileIssues.some((i) => i.message.includes('“Ghi chú”') && i.location.column === 'F')).toBe(true)
  })

  it('picks the sheet with questions and mentions other question sheets', async () => {
    const bytes = await xlsxBuffer((wb) => {
      wb.addWorksheet('Hướng dẫn').addRow(['Điền câu hỏi vào trang sau'])
      const a = wb.addWorksheet('Đợt 1')
      a.addRow(TEMPLATE_HEADERS)
      a.addRow(row(base))
      const b = wb.addWorksheet('Đợt 2')
      b.addRow(TEMPLATE_HEADERS)
      b.addRow(row({ ...base, 'Nội dung câu hỏi': 'Khác?' }))
    })
    const p = await preview(bytes)
    expect(p.sheet).toBe('Đợt 1')
    expect(p.fileIssues.some((i) => i.message.includes('“Đợt 2”'))).toBe(true)
    const second = await preview(bytes, 'cau-hoi.xlsx', { sheet: 'Đợt 2' })
    expect(second.rows[0].draft?.stem).toBe('Khác?')
    const missing = await preview(bytes, 'cau-hoi.xlsx', { sheet: 'Đợt 9' })
    expect(missing.fileIssues[0].message).toContain('Không có trang tính “Đợt 9”')
  })
})

describe('row rules', () => {
  it('infers single, multiple and Đúng/Sai, and builds Đúng/Sai options from the answer alone', async () => {
    const bytes = await simpleXlsx([
      TEMPLATE_HEADERS,
      row(base),
      row({ ...base, 'Nội dung câu hỏi': 'Hai?', 'Đáp án đúng': 'a, c' }),
      row({
        ...base,
        'Nội dung câu hỏi': 'Ba?',
        'Phương án A': 'Sai',
        'Phương án B': 'Đúng',
        'Phương án C': '',
        'Đáp án đúng': 'B',
      }),
      row({
        ...base,
        'Nội dung câu hỏi': 'Bốn?',
        'Phương án A': '',
        'Phương án B': '',
        'Phương án C': '',
        'Đáp án đúng': 'Sai',
        'Loại câu hỏi': 'Đúng/Sai',
      }),
    ])
    const p = await preview(bytes)
    expect(p.rows.map((r) => r.draft?.type)).toEqual(['single', 'multiple', 'true_false', 'true_false'])
    expect(p.rows[3].draft?.options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ])
  })

  it('rejects two correct marks on a row typed as single choice, at the answer cell', async () => {
    const p = await preview(
      await simpleXlsx([TEMPLATE_HEADERS, row({ ...base, 'Loại câu hỏi': 'Một đáp án đúng', 'Đáp án đúng': 'A,B' })]),
    )
    expect(p.stats).toMatchObject({ valid: 0, invalid: 1 })
    const err = p.rows[0].issues.find((i) => i.severity === 'error')
    expect(err?.message).toBe('Câu một đáp án nhưng có 2 phương án được đánh dấu đúng')
    expect(err?.location).toMatchObject({ sheet: 'Câu hỏi', row: 2, column: 'I', header: 'Đáp án đúng' })
    expect(describeLocation(err!.location)).toBe('Trang tính “Câu hỏi”, dòng 2, cột I (Đáp án đúng)')
  })

  it('defaults a blank difficulty to medium with a warning and rejects an unknown one', async () => {
    const p = await preview(
      await simpleXlsx([
        TEMPLATE_HEADERS,
        row({ ...base, 'Độ khó': '' }),
        row({ ...base, 'Nội dung câu hỏi': 'Khác?', 'Độ khó': 'Rất khó' }),
      ]),
    )
    expect(p.rows[0].draft?.difficulty).toBe('medium')
    expect(p.rows[0].issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'Chưa ghi độ khó; đã đặt “Trung bình”',
        location: expect.objectContaining({ column: 'O' }),
      }),
    ])
    expect(p.rows[1].draft).toBeUndefined()
    expect(p.rows[1].issues[0]).toMatchObject({
      severity: 'error',
      message: 'Độ khó “Rất khó” không hợp lệ; hãy dùng Dễ, Trung bình hoặc Khó',
      location: { row: 3, column: 'O', header: 'Độ khó' },
    })
  })

  it('points schema errors at the exact cell (empty stem, answer letter with no option, bad URL)', async () => {
    const p = await preview(
      await simpleXlsx([
        TEMPLATE_HEADERS,
        row({ ...base, 'Nội dung câu hỏi': '   ', 'Phương án A': 'x' }),
        row({ ...base, 'Đáp án đúng': 'D' }),
        row({ ...base, 'Nội dung câu hỏi': 'URL?', 'Đường dẫn nguồn': 'ftp://x' }),
        row({ ...base, 'Nội dung câu hỏi': 'Gap?', 'Phương án B': '', 'Đáp án đúng': 'A' }),
      ]),
    )
    const errors = p.rows.map((r) =>
      r.issues.filter((i) => i.severity === 'error').map((i) => [i.location.column, i.message]),
    )
    expect(errors[0]).toEqual([['B', 'Nội dung câu hỏi không được để trống']])
    expect(errors[1]).toEqual([['I', 'Đáp án đúng là D nhưng không có phương án D']])
    expect(errors[2]).toEqual([['M', 'Đường dẫn nguồn không phải là URL hợp lệ']])
    expect(errors[3]).toEqual([['D', 'Phương án không được để trống']])
  })

  it('flags a question repeated inside the file (case and spacing ignored)', async () => {
    const p = await preview(
      await simpleXlsx([
        TEMPLATE_HEADERS,
        row(base),
        row({ ...base, 'Nội dung câu hỏi': '  hiến pháp hiện hành được  thông qua năm nào? ' }),
      ]),
    )
    expect(p.stats.duplicatesInFile).toBe(1)
    expect(p.rows[1].duplicateOf).toBe(0)
    expect(p.rows[1].issues.at(-1)?.message).toBe('Trùng với câu hỏi ở trang tính “Câu hỏi”, dòng 2')
  })
})

describe('cell values', () => {
  it('uses a formula’s cached result with a warning, and refuses a formula without one', async () => {
    const bytes = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('Câu hỏi')
      ws.addRow(TEMPLATE_HEADERS)
      ws.addRow(row(base))
      ws.getCell('I2').value = { formula: 'CHAR(66)', result: 'B' }
      ws.addRow(row({ ...base, 'Nội dung câu hỏi': 'Công thức chưa tính?' }))
      ws.getCell('I3').value = { formula: 'CHAR(66)', date1904: false }
      ws.addRow(row({ ...base, 'Nội dung câu hỏi': 'Lỗi?' }))
      ws.getCell('K4').value = { formula: '1/0', result: { error: '#DIV/0!' } }
    })
    const p = await preview(bytes)
    expect(p.rows[0].draft?.options[1].correct).toBe(true)
    expect(p.rows[0].issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'Ô có công thức; đã dùng giá trị đã tính “B”',
        location: expect.objectContaining({ column: 'I' }),
      }),
    ])
    expect(p.rows[1].draft).toBeUndefined()
    expect(p.rows[1].issues[0].message).toContain('Ô có công thức nhưng không có giá trị đã tính')
    expect(p.rows[2].issues[0]).toMatchObject({
      severity: 'error',
      message: 'Công thức trong ô cho kết quả lỗi #DIV/0!',
      location: { column: 'K' },
    })
  })

  it('turns rich text, numbers, dates and hyperlinks into plain text', async () => {
    const bytes = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('Câu hỏi')
      ws.addRow(TEMPLATE_HEADERS)
      ws.addRow(row(base))
      ws.getCell('B2').value = {
        richText: [
          { text: 'Theo ', font: { bold: true } },
          { text: 'Hiến pháp', font: { italic: true } },
          { text: ', chọn?' },
        ],
      }
      ws.getCell('C2').value = 1992
      ws.getCell('D2').value = new Date(Date.UTC(2013, 10, 28))
      ws.getCell('E2').value = 0.1 + 0.2
      ws.getCell('M2').value = { text: 'Cổng TTĐT', hyperlink: 'https://vbpl.vn/x' }
    })
    const p = await preview(bytes)
    const r = p.rows[0]
    expect(r.raw).toMatchObject({
      stem: 'Theo Hiến pháp, chọn?',
      optionA: '1992',
      optionB: '28/11/2013',
      optionC: '0.3',
      sourceUrl: 'Cổng TTĐT',
    })
    expect(r.issues.find((i) => i.location.column === 'M')?.message).toBe('Đường dẫn nguồn không phải là URL hợp lệ')
  })

  it('keeps <script> and other markup as literal text', async () => {
    const stem = '<script>alert("x")</script> Điều nào <b>đúng</b>?'
    const p = await preview(
      await simpleXlsx([
        TEMPLATE_HEADERS,
        row({ ...base, 'Nội dung câu hỏi': stem, 'Phương án A': '<img src=x onerror=alert(1)>' }),
      ]),
    )
    expect(p.rows[0].draft?.stem).toBe(stem)
    expect(p.rows[0].draft?.options[0].text).toBe('<img src=x onerror=alert(1)>')
  })

  it('stores decomposed (NFD) Vietnamese as NFC', async () => {
    const nfd = (s: string) => s.normalize('NFD')
    const p = await preview(
      await simpleXlsx([
        TEMPLATE_HEADERS.map(nfd),
        row({
          ...base,
          'Nội dung câu hỏi': nfd('Quyền con người được bảo đảm ở đâu?'),
          'Phương án A': nfd('Hiến pháp'),
          'Độ khó': nfd('Trung bình'),
        }),
      ]),
    )
    const d = p.rows[0].draft
    expect(d?.stem).toBe('Quyền con người được bảo đảm ở đâu?'.normalize('NFC'))
    expect(d?.stem).not.toBe(nfd('Quyền con người được bảo đảm ở đâu?'))
    expect(d?.options[0].text).toBe('Hiến pháp')
    expect(d?.difficulty).toBe('medium')
    expect(p.columnMapping?.stem).toBe('B')
  })
})

describe('size', () => {
  it('reads a 10,000-row file', async () => {
    const bytes = await simpleXlsx(generatedRows(10_000))
    const p = await preview(bytes)
    expect(p.stats).toEqual({ total: 10_000, valid: 10_000, invalid: 0, duplicatesInFile: 0 })
    expect(p.rows[9_999].location.row).toBe(10_001)
    expect(p.rows[4].draft?.type).toBe('multiple')
  }, 60_000)
})
