import { describe, expect, it } from 'vitest'
import {
  type BlockSpec,
  type DocxSpec,
  QUESTION_LIST,
  docxBuffer,
  stylesXml,
} from '../../../test/fixtures/import/make-fixtures'
import type { ImportDefaults } from './import-types'
import { previewImport } from './preview-import'

const preview = async (spec: DocxSpec, defaults: ImportDefaults = { source: { document: 'Hiến pháp năm 2013' } }) =>
  previewImport({ fileName: 'de-thi.docx', bytes: await docxBuffer(spec), defaults })

const correctIndexes = (p: Awaited<ReturnType<typeof preview>>) =>
  p.rows.map((r) => r.draft?.options.flatMap((o, i) => (o.correct ? [i] : [])))

/** A question whose options are items of Word's automatic list (level 1 of QUESTION_LIST). */
const numbered = (stem: string, options: BlockSpec[]): BlockSpec[] => [
  { runs: stem, numId: 1, level: 0 },
  ...options.map((o) => (typeof o === 'string' ? { runs: o, numId: 1, level: 1 } : { ...o, numId: 1, level: 1 })),
]

describe('Word automatic numbering and formatting marks', () => {
  it('reads "Câu N:" and A./B. from numbering, and finds the answer by bold, underline, colour or highlight', async () => {
    const p = await preview({
      numbering: [QUESTION_LIST],
      body: [
        'ĐỀ THI TÌM HIỂU PHÁP LUẬT',
        ...numbered('Ai ban hành Nghị quyết 66-NQ/TW?', [
          'Quốc hội',
          { runs: [{ text: 'Bộ Chính trị', bold: true }] },
          'Chính phủ',
        ]),
        ...numbered('Luật do cơ quan nào thông qua?', [{ runs: [{ text: 'Quốc hội', underline: true }] }, 'Chính phủ']),
        ...numbered('Cơ quan hành chính nhà nước cao nhất?', [
          'Quốc hội',
          {
            runs: [
              { text: 'Chính ', color: 'FF0000' },
              { text: 'phủ', color: 'FF0000' },
            ],
          },
          'Toà án',
        ]),
        ...numbered('Cơ quan xét xử?', [
          'Viện kiểm sát',
          'Chính phủ',
          'Quốc hội',
          { runs: [{ text: 'Toà án nhân dân', highlight: 'yellow' }] },
        ]),
      ],
    })
    expect(p.format).toBe('docx')
    expect(p.stats).toMatchObject({ total: 4, valid: 4 })
    expect(correctIndexes(p)).toEqual([[1], [0], [1], [3]])
    expect(p.rows[0].draft?.stem).toBe('Ai ban hành Nghị quyết 66-NQ/TW?')
    // The options list continues across questions in Word (E., F. …); positions still give A, B, C.
    expect(p.rows[1].draft?.options.map((o) => o.text)).toEqual(['Quốc hội', 'Chính phủ'])
    expect(p.rows.map((r) => [r.location.paragraph, r.location.question])).toEqual([
      [2, 1],
      [6, 2],
      [9, 3],
      [13, 4],
    ])
  })

  it('uses a typed "Đáp án" line or * over formatting, and needs marks to single out options', async () => {
    const p = await preview({
      numbering: [QUESTION_LIST],
      body: [
        ...numbered('Câu có dòng đáp án?', [{ runs: [{ text: 'x', bold: true }] }, 'y']),
        'Đáp án: B',
        ...numbered('Mọi phương án đều in đậm?', [
          { runs: [{ text: 'x', bold: true }] },
          { runs: [{ text: 'y', bold: true }] },
        ]),
        ...numbered('Đánh dấu không thống nhất?', [
          { runs: [{ text: 'x', bold: true }] },
          { runs: [{ text: 'y', color: 'C00000' }] },
          'z',
        ]),
      ],
    })
    expect(correctIndexes(p)[0]).toEqual([1])
    expect(p.rows[0].issues[0]).toMatchObject({ severity: 'warning' })
    expect(p.rows[0].issues[0].message).toContain('khác với phương án được đánh dấu (A)')
    expect(p.rows[1].issues.map((i) => i.message)).toEqual(['Chưa đánh dấu đáp án đúng'])
    expect(p.rows[2].issues[0]).toMatchObject({
      severity: 'error',
      message: 'Các phương án được đánh dấu không thống nhất (in đậm: A; chữ màu: B); hãy thêm dòng “Đáp án: …”',
      location: { paragraph: 9, question: 3 },
    })
  })

  it('reads typed labels with only the letter bold, black/theme text colours as unmarked, and bold from a character style', async () => {
    const p = await preview({
      stylesXml: stylesXml(
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>',
      ),
      body: [
        'Câu 1: Nhãn in đậm?',
        'A. một',
        { runs: [{ text: 'B.', bold: true }, ' hai'] },
        'C. ba',
        'Câu 2: Kiểu chữ?',
        {
          runs: [
            { text: 'A. ', color: '000000' },
            { text: 'một', themeColor: 'text1' },
          ],
        },
        { runs: [{ text: 'B. hai', style: 'Strong' }] },
      ],
    })
    expect(correctIndexes(p)).toEqual([[1], [1]])
  })

  it('reads bullets and sub-numbers under a question as options, and restarts per question', async () => {
    const p = await preview({
      numbering: [
        {
          numId: 1,
          abstractId: 1,
          levels: [
            { format: 'decimal', text: '%1.' },
            { format: 'decimal', text: '%2)' },
          ],
        },
        { numId: 2, abstractId: 2, levels: [{ format: 'bullet', text: '•' }] },
      ],
      body: [
        { runs: 'Câu đánh số tự động?', numId: 1, level: 0 },
        { runs: 'một', numId: 1, level: 1 },
        { runs: [{ text: 'hai', underline: true }], numId: 1, level: 1 },
        { runs: 'Câu dùng gạch đầu dòng?', numId: 1, level: 0 },
        { runs: [{ text: 'có', bold: true }], numId: 2 },
        { runs: 'không', numId: 2 },
      ],
    })
    expect(p.rows.map((r) => r.location.question)).toEqual([1, 2])
    expect(correctIndexes(p)).toEqual([[1], [0]])
    expect(p.rows[1].draft?.options.map((o) => o.text)).toEqual(['có', 'không'])
  })

  it('splits a paragraph with soft line breaks and stores NFD text as NFC, keeping formatting aligned', async () => {
    const nfd = (s: string) => s.normalize('NFD')
    const p = await preview({
      body: [
        {
          runs: [
            {
              text: nfd('Câu 1: Quyền con người được bảo đảm thế nào?\nA. Được bảo đảm tuyệt đối, không giới hạn    '),
            },
            { text: nfd('B. Theo quy định'), bold: true },
            { text: nfd('    C. Không có') },
          ],
        },
      ],
    })
    expect(p.rows[0].draft?.stem).toBe('Quyền con người được bảo đảm thế nào?')
    expect(p.rows[0].draft?.options).toEqual([
      { text: 'Được bảo đảm tuyệt đối, không giới hạn', correct: false },
      { text: 'Theo quy định', correct: true },
      { text: 'Không có', correct: false },
    ])
  })
})

describe('tables in Word', () => {
  it('reads a table with a header row like the spreadsheet template, placing errors by table and row', async () => {
    const p = await preview(
      {
        body: [
          'Căn cứ: Luật Tổ chức Quốc hội',
          'Danh sách câu hỏi:',
          {
            table: [
              ['STT', 'Câu hỏi', 'A', 'B', 'C', 'Đáp án', 'Mức độ'],
              ['1', 'Hiến pháp năm nào?', '1992', '2013', '2001', 'B', 'Dễ'],
              ['2', 'Câu lỗi?', 'x', 'y', '', 'D', 'Dễ'],
            ],
          },
        ],
      },
      {},
    )
    expect(p.rows[0].draft?.options.map((o) => o.correct)).toEqual([false, true, false])
    // The "Căn cứ:" line above the table is the document's default source.
    expect(p.rows[0].draft?.source).toEqual({ document: 'Luật Tổ chức Quốc hội' })
    expect(p.rows[1].issues[0]).toMatchObject({
      message: 'Đáp án đúng là D nhưng không có phương án D',
      location: { file: 'de-thi.docx', table: 1, row: 3, header: 'Đáp án' },
    })
    expect(p.rows[1].issues[0].location.column).toBeUndefined()
  })

  it('reads one question per row (STT | question and options | answer) and two-column tables', async () => {
    const p = await preview({
      body: [
        {
          table: [
            ['STT', 'Nội dung', 'Đáp án'],
            ['1', 'Thủ đô?\nA. Hà Nội\nB. Huế', 'A'],
            ['2', 'Hiến pháp năm nào?\nA. 1992\nB. 2013', 'B'],
          ],
        },
        {
          table: [
            ['Câu 3', 'Luật do ai thông qua?'],
            ['A', 'Quốc hội'],
            ['B', 'Chính phủ'],
            ['Đáp án', 'A'],
          ],
        },
      ],
    })
    expect(p.stats).toMatchObject({ total: 3, valid: 3 })
    expect(correctIndexes(p)).toEqual([[0], [1], [0]])
    expect(p.rows[1].location).toMatchObject({ table: 1, row: 3, question: 2 })
    expect(p.rows[2].draft?.stem).toBe('Luật do ai thông qua?')
  })

  it('reads options laid out in a table under the question', async () => {
    const p = await preview({
      body: [
        'Câu 1: Cơ quan nào ban hành luật?',
        {
          table: [
            ['A. Quốc hội', 'B. Chính phủ'],
            ['C. Bộ Tư pháp', [{ runs: [{ text: 'D. Toà án', underline: true }] }]],
          ],
        },
        'Đáp án: A',
      ],
    })
    expect(p.rows[0].draft?.options.map((o) => o.text)).toEqual(['Quốc hội', 'Chính phủ', 'Bộ Tư pháp', 'Toà án'])
    expect(correctIndexes(p)).toEqual([[0]])
    expect(p.rows[0].issues[0].message).toBe('Đáp án ghi “A” khác với phương án được đánh dấu (D); đã dùng đáp án ghi')
  })

  it('says which table it skipped and why', async () => {
    const p = await preview({
      body: [
        'Câu 1: Hỏi?',
        'A. x',
        'B. y',
        'Đáp án: A',
        {
          table: [
            ['Người soạn', 'Người duyệt'],
            ['Nguyễn Văn A', 'Trần Thị B'],
          ],
        },
      ],
    })
    expect(p.stats.valid).toBe(1)
    expect(p.fileIssues[0]).toMatchObject({ severity: 'warning', location: { table: 1, paragraph: 4 } })
    expect(p.fileIssues[0].message).toContain('Bảng 1 không có câu hỏi theo dạng hỗ trợ nên được bỏ qua')
  })
})

describe('what Word content is not read', () => {
  it('warns where a picture or an equation was left out', async () => {
    const p = await preview({
      body: [
        'Câu 1: Biển báo sau có ý nghĩa gì?',
        {
          xml: '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></w:r></w:p>',
        },
        'A. Cấm đi ngược chiều',
        'B. Cấm đỗ xe',
        'Đáp án: A',
      ],
    })
    expect(p.stats.valid).toBe(1)
    expect(p.fileIssues).toContainEqual({
      location: { file: 'de-thi.docx', paragraph: 2 },
      message: 'Có hình ảnh, công thức hoặc đối tượng nhúng; chỉ phần chữ được nhập, hãy kiểm tra câu hỏi này',
      severity: 'warning',
    })
  })
})

describe('broken Word files', () => {
  it('refuses an empty document and a damaged one', async () => {
    const empty = await preview({ body: [] })
    expect(empty.fileIssues.map((i) => i.message)).toEqual(['Tệp Word không có nội dung'])
    const bytes = await docxBuffer({ body: ['Câu 1: x'] })
    const cut = bytes.subarray(0, bytes.length - 30)
    const p = await previewImport({ fileName: 'hong.docx', bytes: cut })
    expect(p.fileIssues[0].severity).toBe('error')
    expect(p.rows).toEqual([])
  })
})
