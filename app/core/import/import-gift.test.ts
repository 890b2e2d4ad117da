import { describe, expect, it } from 'vitest'
import { previewImport } from './preview-import'

const gift = (
  text: string,
  defaults: Parameters<typeof previewImport>[0]['defaults'] = { source: { document: 'Hiến pháp năm 2013' } },
) => previewImport({ fileName: 'moodle.gift', bytes: new TextEncoder().encode(text), defaults })

describe('Moodle GIFT', () => {
  it('reads multiple choice, true/false, weighted multiple answers, titles, comments, feedback and categories', async () => {
    const p = await gift(`// Xuất từ Moodle
$CATEGORY: $course$/top/Pháp luật/Hiến pháp

::Q1:: Hiến pháp hiện hành được thông qua năm nào? {
  ~1992 #Chưa đúng
  =2013 #Đúng: ngày 28/11/2013
  ~2001
}

// câu đúng/sai
::Q2::Quốc hội là cơ quan đại biểu cao nhất của Nhân dân.{T####Điều 69 Hiến pháp.}

Chọn các quyền cơ bản của công dân {
  ~%50%Quyền bầu cử
  ~%50%Quyền tự do kinh doanh
  ~%-100%Quyền phủ quyết luật
}

$CATEGORY: $course$/top/Đất đai
Đất đai thuộc sở hữu của ai? {F}
`)
    expect(p.format).toBe('gift')
    expect(p.stats).toEqual({ total: 4, valid: 4, invalid: 0, duplicatesInFile: 0 })
    const [q1, q2, q3, q4] = p.rows.map((r) => r.draft)
    expect(q1).toMatchObject({
      type: 'single',
      stem: 'Hiến pháp hiện hành được thông qua năm nào?',
      explanation: 'Đúng: ngày 28/11/2013',
      tags: ['hiến pháp'],
    })
    expect(q1?.options).toEqual([
      { text: '1992', correct: false },
      { text: '2013', correct: true },
      { text: '2001', correct: false },
    ])
    expect(q2).toMatchObject({ type: 'true_false', explanation: 'Điều 69 Hiến pháp.' })
    expect(q2?.options).toEqual([
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ])
    expect(q3?.type).toBe('multiple')
    expect(q3?.options.map((o) => o.correct)).toEqual([true, true, false])
    expect(q4).toMatchObject({ type: 'true_false', tags: ['đất đai'] })
    expect(q4?.options[1].correct).toBe(true)
    expect(p.rows.map((r) => r.location.line)).toEqual([4, 11, 13, 20])
  })

  it('handles escapes and the missing-word layout', async () => {
    const p = await gift(
      String.raw`Điền vào chỗ trống\: Điều 2 {=Hiến pháp ~Luật \{mới\} ~a\=b \~ c \# d} năm 2013 quy định về chế độ chính trị.`,
    )
    expect(p.rows[0].draft?.stem).toBe('Điền vào chỗ trống: Điều 2 _____ năm 2013 quy định về chế độ chính trị.')
    expect(p.rows[0].draft?.options.map((o) => o.text)).toEqual(['Hiến pháp', 'Luật {mới}', 'a=b ~ c # d'])
  })

  it('reports unsupported question types per question without stopping the rest', async () => {
    const p = await gift(`Tự luận: nêu ý nghĩa của Nghị quyết 66. {}

Ghép cặp {
  =Quốc hội -> lập pháp
  =Chính phủ -> hành pháp
}

Năm ban hành? {#2025}

Thủ đô của Việt Nam là gì? {=Hà Nội =Ha Noi}

Đây chỉ là đoạn mô tả, không có đáp án.

Câu hỏi tốt? {=Có ~Không}`)
    expect(p.rows.map((r) => r.issues.find((i) => i.severity === 'error')?.message)).toEqual([
      'Câu tự luận (essay) của GIFT chưa được hỗ trợ; chỉ nhập được câu trắc nghiệm và Đúng/Sai',
      'Câu ghép cặp (matching) của GIFT chưa được hỗ trợ',
      'Câu trả lời dạng số (numerical) của GIFT chưa được hỗ trợ',
      'Câu trả lời ngắn (short answer) của GIFT chưa được hỗ trợ; câu trắc nghiệm cần có phương án sai bắt đầu bằng ~',
      'Không có phần đáp án {…}; câu mô tả (description) của GIFT không phải câu hỏi',
      undefined,
    ])
    expect(p.rows.map((r) => r.location.question)).toEqual([1, 2, 3, 4, 5, 6])
    expect(p.stats).toMatchObject({ valid: 1, invalid: 5 })
  })

  it('needs a legal source for each question unless the caller gives one', async () => {
    const p = await gift('Câu? {=a ~b}', {})
    expect(p.rows[0].issues).toEqual([
      expect.objectContaining({ severity: 'error', message: 'Văn bản nguồn (căn cứ pháp lý) không được để trống' }),
    ])
  })

  it('turns [html] text into plain text with a warning, and keeps <script> in plain text literal', async () => {
    const p = await gift(`[html]<p>Điều <b>nào</b> đúng?</p> {=a ~b}

<script>alert(1)</script> đúng không? {T}`)
    expect(p.rows[0].draft?.stem).toBe('Điều nào đúng?')
    expect(p.rows[0].issues[0]).toMatchObject({ severity: 'warning' })
    expect(p.rows[1].draft?.stem).toBe('<script>alert(1)</script> đúng không?')
  })
})
