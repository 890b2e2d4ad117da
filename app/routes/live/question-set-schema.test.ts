import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { MAX_LIVE_QUESTIONS } from '~/core/live/create-game'
import { questionSetFormSchema } from './question-set-schema'

function form(entries: [string, string][]) {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

describe('questionSetFormSchema through Conform', () => {
  it('keeps the chosen questions in the order they were posted', () => {
    const result = parseWithZod(form([['name', '  Vòng loại khối THPT '], ['questionIds', 'q3'], ['questionIds', 'q1'], ['questionIds', 'q2']]), { schema: questionSetFormSchema })
    expect(result.status).toBe('success')
    if (result.status !== 'success') return
    expect(result.value).toEqual({ name: 'Vòng loại khối THPT', description: '', questionIds: ['q3', 'q1', 'q2'] })
  })

  it('reads a single chosen question as a list of one', () => {
    const result = parseWithZod(form([['name', 'Bộ một câu'], ['questionIds', 'q1']]), { schema: questionSetFormSchema })
    expect(result.status === 'success' && result.value.questionIds).toEqual(['q1'])
  })

  it('asks for a name and at least one question', () => {
    const result = parseWithZod(form([['name', '']]), { schema: questionSetFormSchema })
    const errors = result.reply().error ?? {}
    expect(errors.name).toEqual(['Hãy nhập tên bộ câu hỏi'])
    expect(errors.questionIds).toEqual(['Hãy chọn ít nhất một câu hỏi cho bộ'])
  })

  it('refuses a question chosen twice and more questions than a game holds', () => {
    const twice = parseWithZod(form([['name', 'Bộ trùng'], ['questionIds', 'q1'], ['questionIds', 'q1']]), { schema: questionSetFormSchema })
    expect(twice.reply().error?.questionIds).toEqual(['Mỗi câu hỏi chỉ được có một lần trong bộ'])
    const many = form([['name', 'Bộ quá dài']])
    for (let i = 0; i <= MAX_LIVE_QUESTIONS; i++) many.append('questionIds', `q${i}`)
    expect(parseWithZod(many, { schema: questionSetFormSchema }).reply().error?.questionIds).toEqual([`Một bộ có tối đa ${MAX_LIVE_QUESTIONS} câu hỏi`])
  })

  it('answers a tampered post in Vietnamese: an over-long question id, a malformed load time', () => {
    const tampered = parseWithZod(form([['name', 'Bộ bị sửa'], ['questionIds', 'x'.repeat(65)], ['loadedAt', 'hôm qua']]), { schema: questionSetFormSchema })
    const errors = tampered.reply().error ?? {}
    expect(errors['questionIds[0]']).toEqual(['Mã câu hỏi không hợp lệ'])
    expect(errors.loadedAt).toEqual(['Phiên bản bộ câu hỏi không hợp lệ'])
    const loaded = parseWithZod(form([['name', 'Bộ đã tải'], ['questionIds', 'q1'], ['loadedAt', '2026-11-23T22:07:40.123Z']]), { schema: questionSetFormSchema })
    expect(loaded.status === 'success' && loaded.value.loadedAt).toBe('2026-11-23T22:07:40.123Z')
  })
})
