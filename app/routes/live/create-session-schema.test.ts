import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { createSessionSchema } from './create-session-schema'

function form(entries: [string, string][]) {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

const settings: [string, string][] = [
  ['title', 'Chung kết cụm Ba Đình'],
  ['questionTimeLimitSec', '20'],
  ['scoringMode', 'speed'],
]

describe('createSessionSchema through Conform', () => {
  it('reads a bank selection with its filter', () => {
    const result = parseWithZod(form([['source', 'bank'], ...settings, ['bankId', 'b1'], ['tags', 'thể chế'], ['tags', 'pháp luật'], ['count', '12'], ['streakBonus', 'on']]), {
      schema: createSessionSchema,
    })
    expect(result.status).toBe('success')
    if (result.status !== 'success') return
    expect(result.value).toEqual({
      source: 'bank',
      title: 'Chung kết cụm Ba Đình',
      bankId: 'b1',
      tags: ['thể chế', 'pháp luật'],
      count: 12,
      questionTimeLimitSec: 20,
      scoringMode: 'speed',
      streakBonus: true,
      teamMode: false,
    })
  })

  it('reads a saved set without asking for a bank or a count', () => {
    const result = parseWithZod(form([['source', 'set'], ...settings, ['setId', 's1'], ['count', 'abc']]), { schema: createSessionSchema })
    expect(result.status).toBe('success')
    if (result.status !== 'success') return
    expect(result.value).toMatchObject({ source: 'set', setId: 's1', title: 'Chung kết cụm Ba Đình' })
    expect(result.value).not.toHaveProperty('count')
  })

  it('asks for a set when the saved-set source has none', () => {
    const result = parseWithZod(form([['source', 'set'], ...settings]), { schema: createSessionSchema })
    expect(result.status).toBe('error')
    expect(result.reply().error?.setId).toEqual(['Hãy chọn bộ câu hỏi đã lưu'])
  })

  it('asks for a bank and a count when the bank source has none', () => {
    const result = parseWithZod(form([['source', 'bank'], ...settings]), { schema: createSessionSchema })
    expect(result.status).toBe('error')
    const errors = result.reply().error ?? {}
    expect(errors.bankId).toEqual(['Hãy chọn ngân hàng câu hỏi'])
    expect(errors.count).toEqual(['Hãy nhập số câu hỏi (một số nguyên)'])
  })

  it('refuses a missing or unknown source in Vietnamese', () => {
    for (const source of [[], [['source', 'contest']]] as [string, string][][]) {
      const result = parseWithZod(form([...source, ...settings, ['setId', 's1']]), { schema: createSessionSchema })
      expect(result.status).toBe('error')
      expect(result.reply().error?.source).toEqual(['Hãy chọn nguồn câu hỏi: từ ngân hàng hoặc từ bộ câu hỏi đã lưu'])
    }
  })

  it('keeps the shared checks on either source', () => {
    const result = parseWithZod(form([['source', 'set'], ['title', 'A'], ['questionTimeLimitSec', '500'], ['setId', 's1']]), { schema: createSessionSchema })
    const errors = result.reply().error ?? {}
    expect(errors.title).toEqual(['Tên phiên thi cần ít nhất 3 ký tự'])
    expect(errors.questionTimeLimitSec?.[0]).toMatch(/^Thời gian mỗi câu tối đa \d+ giây$/)
  })
})
