import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { questionFormSchema } from './question-form'

function form(entries: [string, string][]): FormData {
  const fd = new FormData()
  for (const [k, v] of entries) fd.append(k, v)
  return fd
}

const base: [string, string][] = [
  ['stem', 'Nghị quyết 66-NQ/TW do cơ quan nào ban hành?'],
  ['source.document', 'Nghị quyết số 66-NQ/TW'],
  ['source.article', ''],
  ['source.url', 'https://example.vn/nq66'],
  ['tags', 'nhận diện văn bản, Bộ Chính trị'],
  ['difficulty', 'easy'],
  ['explanation', ''],
]

type Submitted = { status?: 'success' | 'error'; error?: Record<string, string[] | null> | null }

function errorsOf(submission: Submitted) {
  return submission.status === 'error' ? submission.error : undefined
}

describe('questionFormSchema (through Conform, as the page submits it)', () => {
  it('turns a single-choice form into a draft', () => {
    const submission = parseWithZod(
      form([['type', 'single'], ...base, ['options[0].text', 'Quốc hội'], ['options[1].text', 'Bộ Chính trị'], ['options[2].text', 'Chính phủ'], ['correct', '1'], ['status', 'approved']]),
      { schema: questionFormSchema },
    )
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value.status).toBe('approved')
    expect(submission.value.draft).toEqual({
      type: 'single',
      stem: 'Nghị quyết 66-NQ/TW do cơ quan nào ban hành?',
      options: [
        { text: 'Quốc hội', correct: false },
        { text: 'Bộ Chính trị', correct: true },
        { text: 'Chính phủ', correct: false },
      ],
      source: { document: 'Nghị quyết số 66-NQ/TW', url: 'https://example.vn/nq66' },
      tags: ['nhận diện văn bản', 'bộ chính trị'],
      difficulty: 'easy',
    })
  })

  it('needs every correct option of a multiple-choice question, and reports problems on their fields', () => {
    const submission = parseWithZod(
      form([['type', 'multiple'], ...base.filter(([k]) => k !== 'stem'), ['options[0].text', 'Hiến pháp'], ['options[1].text', ''], ['correct', '0'], ['correct', '1']]),
      { schema: questionFormSchema },
    )
    expect(submission.status).toBe('error')
    expect(errorsOf(submission)).toMatchObject({
      stem: ['Nội dung câu hỏi không được để trống'],
      'options[1].text': ['Phương án không được để trống'],
    })
  })

  it('refuses two correct marks on a single-choice question', () => {
    const submission = parseWithZod(
      form([['type', 'single'], ...base, ['options[0].text', 'A'], ['options[1].text', 'B'], ['correct', '0'], ['correct', '1']]),
      { schema: questionFormSchema },
    )
    expect(errorsOf(submission)?.options).toEqual(['Câu một đáp án nhưng có 2 phương án được đánh dấu đúng'])
  })

  it('gives true/false questions the fixed options Đúng and Sai, and prediction questions none', () => {
    const tf = parseWithZod(form([['type', 'true_false'], ...base, ['options[0].text', 'ignored'], ['correct', '1']]), { schema: questionFormSchema })
    expect(tf.status === 'success' && tf.value.draft.options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ])
    const prediction = parseWithZod(form([['type', 'prediction'], ...base, ['options[0].text', 'x'], ['correct', '0']]), { schema: questionFormSchema })
    expect(prediction.status === 'success' && prediction.value.draft.options).toEqual([])
  })

  it('stores decomposed Vietnamese as NFC and reports a bad link on the link field', () => {
    const nfd = 'Quyền con người'.normalize('NFD')
    const submission = parseWithZod(
      form([['type', 'single'], ...base.map(([k, v]): [string, string] => (k === 'source.url' ? [k, 'javascript:alert(1)'] : [k, v])), ['options[0].text', nfd], ['options[1].text', 'B'], ['correct', '0']]),
      { schema: questionFormSchema },
    )
    expect(errorsOf(submission)?.['source.url']).toEqual(['Đường dẫn nguồn không phải là URL hợp lệ'])
    const ok = parseWithZod(form([['type', 'single'], ...base, ['options[0].text', nfd], ['options[1].text', 'B'], ['correct', '0']]), { schema: questionFormSchema })
    expect(ok.status === 'success' && ok.value.draft.options[0].text).toBe('Quyền con người'.normalize('NFC'))
  })
})
