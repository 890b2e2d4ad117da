import { describe, expect, it } from 'vitest'
import { addUnique, describeSetProblems, moveItem, setItemProblem } from './question-set'

describe('setItemProblem', () => {
  const ok = { status: 'approved', type: 'single', hasCurrentVersion: true } as const

  it('accepts an approved question of a type a live game can ask', () => {
    for (const type of ['single', 'multiple', 'true_false'] as const) expect(setItemProblem({ ...ok, type })).toBeNull()
  })

  it('names what stops the others', () => {
    expect(setItemProblem({ ...ok, status: 'retired' })).toBe('retired')
    expect(setItemProblem({ ...ok, status: 'draft' })).toBe('draft')
    expect(setItemProblem({ ...ok, type: 'prediction' })).toBe('prediction')
    expect(setItemProblem({ ...ok, hasCurrentVersion: false })).toBe('no_version')
  })
})

describe('describeSetProblems', () => {
  it('says how many and which, by position in the set (from 1) and the start of the question', () => {
    const text = describeSetProblems([
      { position: 4, stem: 'Câu hỏi bị nháp', problem: 'draft' },
      { position: 1, stem: 'Nghị quyết số 66-NQ/TW được ban hành ngày nào?', problem: 'retired' },
    ])
    expect(text).toBe(
      '2 câu trong bộ câu hỏi không dùng được cho thi trực tiếp: câu 2 “Nghị quyết số 66-NQ/TW được ban hành ngày nào?” (đã ngừng dùng); câu 5 “Câu hỏi bị nháp” (chưa duyệt). Hãy duyệt lại các câu này hoặc bỏ chúng khỏi bộ rồi tạo phiên.',
    )
  })

  it('shortens long questions and lists only the first few', () => {
    const long = 'Theo Tổng Bí thư Tô Lâm, ba điểm nghẽn lớn nhất hiện nay là những gì? (chọn nhiều đáp án)'
    const items = Array.from({ length: 7 }, (_, i) => ({ position: i, stem: long, problem: 'retired' as const }))
    const text = describeSetProblems(items)
    expect(text.startsWith('7 câu trong bộ')).toBe(true)
    expect(text).toContain('câu 5 “')
    expect(text).not.toContain('câu 6 “')
    expect(text).toContain(' và 2 câu khác.')
    expect(text).not.toContain(long)
    expect(text).toContain('…”')
  })
})

describe('moveItem', () => {
  it('moves up and down, and stays put at either end', () => {
    const list = ['a', 'b', 'c']
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(list, 2, 1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(list, 7, 1)).toEqual(['a', 'b', 'c'])
    expect(list).toEqual(['a', 'b', 'c'])
  })
})

describe('addUnique', () => {
  it('appends a new question and ignores one already chosen', () => {
    const key = (x: { id: string }) => x.id
    expect(addUnique([{ id: 'q1' }], { id: 'q2' }, key)).toEqual([{ id: 'q1' }, { id: 'q2' }])
    expect(addUnique([{ id: 'q1' }, { id: 'q2' }], { id: 'q1' }, key)).toEqual([{ id: 'q1' }, { id: 'q2' }])
  })
})
