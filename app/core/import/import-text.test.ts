import { describe, expect, it } from 'vitest'
import { previewImport } from './preview-import'

const run = (text: string, fileName = 'dan.txt', defaults?: Parameters<typeof previewImport>[0]['defaults']) =>
  previewImport({ fileName, bytes: new TextEncoder().encode(text), defaults })

describe('Word-style plain text', () => {
  it('reads the usual layouts: Câu N, A./a)/B), several options on a line, Đáp án variants, * marks', async () => {
    const p = await run(`BỘ CÂU HỎI TÌM HIỂU NGHỊ QUYẾT 66
Căn cứ: Nghị quyết số 66-NQ/TW

Câu 1: Cơ quan nào ban hành Nghị quyết 66?
A. Quốc hội
B. Bộ Chính trị
C. Chính phủ
D. Ban Bí thư
Đáp án: B
Giải thích: Nghị quyết do Bộ Chính trị ban hành.

Câu 2 (0,5 điểm): Chọn các ý đúng.
a) Ý một    b) Ý hai    c) Ý ba
Đáp án đúng: a, c
Độ khó: Khó
Chủ đề: Nghị quyết, Xây dựng pháp luật

CÂU 3. Hiến pháp là đạo luật cơ bản?
*A. Đúng
B. Sai

Câu 4: Mọi người đều bình đẳng trước pháp luật.
Đáp án: Đúng
Nguồn: Khoản 1 Điều 16 Hiến pháp năm 2013
Đường dẫn: https://vbpl.vn/hien-phap

Câu 5: Câu hỏi có đáp án ghi liền
A) một
B) hai
Đáp án B
`)
    expect(p.format).toBe('text')
    expect(p.stats).toEqual({ total: 5, valid: 5, invalid: 0, duplicatesInFile: 0 })
    const [q1, q2, q3, q4, q5] = p.rows.map((r) => r.draft)
    expect(q1).toMatchObject({
      type: 'single',
      explanation: 'Nghị quyết do Bộ Chính trị ban hành.',
      source: { document: 'Nghị quyết số 66-NQ/TW' },
    })
    expect(q1?.options.map((o) => o.correct)).toEqual([false, true, false, false])
    expect(q2).toMatchObject({
      type: 'multiple',
      stem: 'Chọn các ý đúng.',
      difficulty: 'hard',
      tags: ['nghị quyết', 'xây dựng pháp luật'],
    })
    expect(q2?.options).toEqual([
      { text: 'Ý một', correct: true },
      { text: 'Ý hai', correct: false },
      { text: 'Ý ba', correct: true },
    ])
    expect(q3).toMatchObject({ type: 'true_false', stem: 'Hiến pháp là đạo luật cơ bản?' })
    expect(q3?.options).toEqual([
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ])
    expect(q4?.options).toEqual([
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ])
    expect(q4?.source).toEqual({
      document: 'Hiến pháp năm 2013',
      article: 'Khoản 1 Điều 16',
      url: 'https://vbpl.vn/hien-phap',
    })
    expect(q5?.options.map((o) => o.correct)).toEqual([false, true])
    expect(p.rows.map((r) => [r.location.line, r.location.question])).toEqual([
      [4, 1],
      [12, 2],
      [18, 3],
      [22, 4],
      [27, 5],
    ])
    expect(p.fileIssues).toEqual([
      expect.objectContaining({ severity: 'warning', message: '4 câu hỏi không ghi độ khó; đã đặt “Trung bình”' }),
    ])
  })

  it('reads questions without numbers separated by their options, and an answer key at the end', async () => {
    const p = await run(
      `Thủ đô của Việt Nam?
A. Hà Nội
B. Huế
Hiến pháp hiện hành năm nào?
A. 1992
B. 2013

ĐÁP ÁN
1-A  2-B
`,
      'x.txt',
      { source: { document: 'Tài liệu chung' } },
    )
    expect(p.rows.map((r) => r.draft?.options.findIndex((o) => o.correct))).toEqual([0, 1])
    expect(p.rows[1].draft?.source.document).toBe('Tài liệu chung')
  })

  it('says where a question is wrong: line and question number', async () => {
    const p = await run(`Căn cứ: Luật A
Câu 1: Không có đáp án
A. x
B. y

Câu 2: Đáp án lạ
A. x
B. y
Đáp án: G

Câu 7: Hai đáp án cho câu một lựa chọn
Loại: Một đáp án
A. x
B. y
Đáp án: A, B

Câu 8: Độ khó lạ
A. x
B. y
Đáp án: A
Độ khó: siêu khó
`)
    const errors = p.rows.map((r) =>
      r.issues.filter((i) => i.severity === 'error').map((i) => ({ ...i.location, message: i.message })),
    )
    expect(errors[0]).toEqual([
      { file: 'dan.txt', line: 3, question: 1, field: 'Đáp án đúng', message: 'Chưa đánh dấu đáp án đúng' },
    ])
    expect(errors[1][0]).toMatchObject({ line: 9, question: 2, field: 'Đáp án đúng' })
    expect(errors[1][0].message).toContain('Không hiểu đáp án đúng “G”')
    expect(errors[2]).toEqual([
      {
        file: 'dan.txt',
        line: 15,
        question: 7,
        field: 'Đáp án đúng',
        message: 'Câu một đáp án nhưng có 2 phương án được đánh dấu đúng',
      },
    ])
    expect(errors[3]).toEqual([
      {
        file: 'dan.txt',
        line: 21,
        question: 8,
        field: 'Độ khó',
        message: 'Độ khó “siêu khó” không hợp lệ; hãy dùng Dễ, Trung bình hoặc Khó',
      },
    ])
  })

  it('reads decomposed (NFD) and accent-free keywords, and stores NFC', async () => {
    const nfd = 'Câu 1: Quyền con người?\nA. Được bảo đảm\nB. Không\nĐáp án: A\nCăn cứ: Hiến pháp'.normalize('NFD')
    const p = await run(nfd)
    expect(p.rows[0].draft?.stem).toBe('Quyền con người?')
    expect(p.rows[0].draft?.stem.normalize('NFC')).toBe(p.rows[0].draft?.stem)
    const plain = await run('Cau 1: Hoi?\nA. Co\nB. Khong\nDap an: B\nCan cu: Luat')
    expect(p.rows[0].draft).toBeDefined()
    expect(plain.rows[0].draft?.options[1].correct).toBe(true)
  })

  it('keeps <script> as text', async () => {
    const p = await run('Câu 1: <script>alert(1)</script>?\nA. <b>x</b>\nB. y\nĐáp án: A\nCăn cứ: Luật')
    expect(p.rows[0].draft?.stem).toBe('<script>alert(1)</script>?')
    expect(p.rows[0].draft?.options[0].text).toBe('<b>x</b>')
  })

  it('says clearly when nothing looks like a question', async () => {
    for (const text of ['Đây chỉ là một đoạn văn.\nKhông có câu hỏi.', 'Câu 1: chỉ có đề bài, không có phương án']) {
      const p = await run(text)
      expect(p.rows).toEqual([])
      expect(p.fileIssues).toEqual([
        {
          location: { file: 'dan.txt' },
          severity: 'error',
          message:
            'Không tìm thấy câu hỏi nào. Mỗi câu cần dạng “Câu 1: …”, các phương án “A. …”, “B. …” và dòng “Đáp án: …”',
        },
      ])
    }
  })
})

describe('Aiken', () => {
  it('reads Moodle Aiken and reports a missing ANSWER', async () => {
    const p = await run(
      `Hiến pháp hiện hành được thông qua năm nào?
A. 1992
B. 2013
ANSWER: B

Cơ quan lập pháp?
A) Quốc hội
B) Chính phủ
`,
      'cau-hoi.txt',
      { source: { document: 'Hiến pháp 2013' }, difficulty: 'easy' },
    )
    expect(p.format).toBe('aiken')
    expect(p.rows[0].draft).toMatchObject({ stem: 'Hiến pháp hiện hành được thông qua năm nào?', difficulty: 'easy' })
    expect(p.rows[0].draft?.options.map((o) => o.correct)).toEqual([false, true])
    expect(p.rows[1].issues[0]).toMatchObject({
      severity: 'error',
      message: 'Chưa đánh dấu đáp án đúng',
      location: { line: 7, question: 2 },
    })
  })
})
