import { describe, expect, it } from 'vitest'
import { type QuestionDraftInput, questionDraftSchema } from '~/core/questions/question-draft'
import { previewImport } from '~/core/import/preview-import'
import { exportBankGift } from './export-bank-gift'
import { exportBankJson } from './export-bank-json'
import { exportBankXlsx } from './export-bank-xlsx'
import type { ExportQuestion } from './export-types'

const inputs: (QuestionDraftInput & { status?: ExportQuestion['status'] })[] = [
  {
    type: 'single',
    stem: 'Nghị quyết số 66-NQ/TW được ban hành nhằm mục tiêu gì?',
    options: [
      { text: 'Đổi mới công tác xây dựng và thi hành pháp luật', correct: true },
      { text: 'Sửa đổi Hiến pháp', correct: false },
      { text: 'Thành lập Toà án mới', correct: false },
      { text: '2013', correct: false },
    ],
    explanation: 'Xem phần mục tiêu của Nghị quyết.\nDòng thứ hai của giải thích.',
    source: { document: 'Nghị quyết số 66-NQ/TW', article: 'Mục II', url: 'https://example.gov.vn/nq-66?x=1&y=2' },
    tags: ['nghị quyết 66', 'xây dựng pháp luật'],
    difficulty: 'hard',
    status: 'approved',
  },
  {
    type: 'multiple',
    stem: 'Ký tự đặc biệt {a} = b ~ c # d: e \\ f\nvà <script>alert(1)</script>; =1+1 là gì?',
    options: [
      { text: '=SUM(A1:A2)', correct: true },
      { text: '{T}', correct: false },
      { text: 'a ~ b', correct: true },
      { text: '#5: c', correct: false },
      { text: 'TRUE', correct: true },
    ],
    source: { document: 'Luật Ban hành văn bản quy phạm pháp luật' },
    tags: [],
    difficulty: 'medium',
  },
  {
    type: 'true_false',
    stem: 'Hiến pháp là đạo luật cơ bản của Nhà nước.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    source: { document: 'Hiến pháp năm 2013', article: 'Điều 119' },
    tags: ['hiến pháp'],
    difficulty: 'easy',
    status: 'draft',
  },
  {
    type: 'true_false',
    stem: 'Luật có thể trái với Hiến pháp.',
    options: [
      { text: 'Sai', correct: true },
      { text: 'Đúng', correct: false },
    ],
    source: { document: 'Hiến pháp năm 2013' },
    tags: [],
    difficulty: 'easy',
  },
  {
    type: 'prediction',
    stem: 'Có bao nhiêu người tham gia cuộc thi tuần này?',
    options: [],
    source: { document: 'Thể lệ cuộc thi' },
    tags: ['dự đoán'],
    difficulty: 'medium',
    status: 'retired',
  },
  {
    type: 'single',
    stem: 'Sáu phương án?',
    options: ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu'].map((text, i) => ({ text, correct: i === 5 })),
    source: { document: 'Khoản 2 Điều 5 Luật Phổ biến, giáo dục pháp luật', article: 'Khoản 2 Điều 5' },
    tags: ['phổ biến pháp luật'],
    difficulty: 'medium',
  },
]

const questions: ExportQuestion[] = inputs.map(({ status, ...q }) => ({
  ...questionDraftSchema.parse(q),
  ...(status ? { status } : {}),
}))
const drafts = questions.map(({ status: _status, ...d }) => d)
const bank = { name: 'Ngân hàng Nghị quyết 66', description: 'Dùng cho vòng loại' }

describe('export then import yields the same drafts', () => {
  it('JSON, with status and bank name', async () => {
    const json = exportBankJson(bank, questions)
    const p = await previewImport({ fileName: 'ngan-hang.json', bytes: new TextEncoder().encode(json) })
    expect(p.fileIssues).toEqual([])
    expect(p.bank).toEqual(bank)
    expect(p.rows.map((r) => r.draft)).toStrictEqual(drafts)
    expect(p.rows.map((r) => r.status)).toEqual(questions.map((q) => q.status))
    // Stable output: exporting what was imported gives the same file.
    const again = exportBankJson(
      bank,
      p.rows.map((r) => ({ ...r.draft!, ...(r.status ? { status: r.status } : {}) })),
    )
    expect(again).toBe(json)
  })

  it('XLSX in the template columns', async () => {
    const bytes = await exportBankXlsx(bank, questions)
    const p = await previewImport({ fileName: 'ngan-hang.xlsx', bytes })
    expect(p.fileIssues).toEqual([])
    expect(p.rows.flatMap((r) => r.issues)).toEqual([])
    expect(p.rows.map((r) => r.draft)).toStrictEqual(drafts)
  })

  it('GIFT, with metadata Moodle ignores', async () => {
    const text = exportBankGift(bank, questions)
    expect(text).toContain('::Câu 3::Hiến pháp là đạo luật cơ bản của Nhà nước. {\nT\n}')
    expect(text).toContain('~%33.33333%\\=SUM(A1\\:A2)')
    const p = await previewImport({ fileName: 'ngan-hang.gift', bytes: new TextEncoder().encode(text) })
    expect(p.fileIssues).toEqual([])
    expect(p.rows.flatMap((r) => r.issues)).toEqual([])
    expect(p.rows.map((r) => r.draft)).toStrictEqual(drafts)
    expect(p.rows.map((r) => r.status)).toEqual(questions.map((q) => q.status))
  })
})

describe('JSON import problems', () => {
  const json = (text: string) => previewImport({ fileName: 'bank.json', bytes: new TextEncoder().encode(text) })

  it('reports a syntax error with its line, a foreign file and an unknown version', async () => {
    expect((await json('{\n  "format": "thi-phap-luat/bank",\n  "questions": [,]\n}')).fileIssues[0].message).toBe(
      'Tệp JSON sai cú pháp ở dòng 3',
    )
    expect((await json('{"hello": 1}')).fileIssues[0].message).toContain('không phải bản xuất ngân hàng câu hỏi')
    expect((await json('{"format":"thi-phap-luat/bank","version":2,"questions":[]}')).fileIssues[0].message).toBe(
      'Phiên bản 2 của tệp JSON chưa được hỗ trợ (hỗ trợ phiên bản 1)',
    )
  })

  it('checks each question on its own and names the field', async () => {
    const doc = JSON.parse(exportBankJson(bank, questions.slice(0, 2)))
    doc.questions[0].options[1].text = ''
    doc.questions[1].status = 'published'
    const p = await json(JSON.stringify(doc))
    expect(p.rows[0].issues).toEqual([
      {
        location: { file: 'bank.json', question: 1, field: 'Phương án B' },
        message: 'Phương án không được để trống',
        severity: 'error',
      },
    ])
    expect(p.rows[1].issues[0]).toMatchObject({ location: { question: 2, field: 'Trạng thái' }, severity: 'error' })
    expect(p.stats).toMatchObject({ valid: 0, invalid: 2 })
  })
})
