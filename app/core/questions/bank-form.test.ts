import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { bankFormSchema } from './bank-form'

const form = (entries: Record<string, string>) => {
  const fd = new FormData()
  for (const [k, v] of Object.entries(entries)) fd.append(k, v)
  return fd
}

describe('bankFormSchema (through Conform)', () => {
  it('accepts a name with no description, tidying spaces and Unicode form', () => {
    const s = parseWithZod(form({ name: '  Ngân   hàng '.normalize('NFD'), description: '' }), { schema: bankFormSchema })
    expect(s.status === 'success' && s.value).toEqual({ name: 'Ngân hàng', description: '' })
  })

  it('names the problem in Vietnamese', () => {
    const blank = parseWithZod(form({ name: '   ' }), { schema: bankFormSchema })
    expect(blank.status === 'error' && blank.error).toEqual({ name: ['Nhập tên ngân hàng câu hỏi'] })
    const long = parseWithZod(form({ name: 'x'.repeat(201), description: 'y'.repeat(2001) }), { schema: bankFormSchema })
    expect(long.status === 'error' && long.error).toEqual({ name: ['Tên dài quá 200 ký tự'], description: ['Mô tả dài quá 2.000 ký tự'] })
  })
})
