import { describe, expect, it } from 'vitest'
import type { Difficulty } from '../questions/question-draft'
import { type PoolQuestion, type QuestionQuota, selectQuestions, shuffle, shuffleOptions } from './select-questions'

const DIFFS: Difficulty[] = ['easy', 'medium', 'hard']
const TAGS = ['xây dựng pháp luật', 'thi hành pháp luật', 'chuyển đổi số', 'tài chính']

/** A bank of n questions with difficulties and tags spread round-robin. */
function bank(n: number): PoolQuestion[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `q${String(i).padStart(3, '0')}`,
    difficulty: DIFFS[i % 3],
    tags: [TAGS[i % 4], ...(i % 5 === 0 ? [TAGS[(i + 1) % 4]] : [])],
  }))
}

const matches = (q: PoolQuestion, quota: QuestionQuota) =>
  (quota.difficulty === undefined || q.difficulty === quota.difficulty) && (quota.tag === undefined || q.tags.includes(quota.tag))

/** Independent check that some assignment of the ids to the quotas exists (brute force over small cases). */
function assignable(ids: string[], pool: PoolQuestion[], quotas: QuestionQuota[]): boolean {
  const byId = new Map(pool.map((q) => [q.id, q]))
  const left = quotas.map((q) => q.count)
  const go = (i: number): boolean => {
    if (i === ids.length) return left.every((c) => c === 0)
    const q = byId.get(ids[i])
    if (!q) return false
    for (let k = 0; k < quotas.length; k++) {
      if (left[k] > 0 && matches(q, quotas[k])) {
        left[k]--
        if (go(i + 1)) return true
        left[k]++
      }
    }
    return false
  }
  return go(0)
}

describe('selectQuestions', () => {
  const pool = bank(60)
  const quotas: QuestionQuota[] = [
    { difficulty: 'easy', count: 4 },
    { difficulty: 'medium', tag: 'thi hành pháp luật', count: 3 },
    { difficulty: 'hard', count: 3 },
  ]

  it('draws the same questions for the same seed', () => {
    expect(selectQuestions(pool, quotas, 'round-7:participant-42:1')).toEqual(
      selectQuestions(pool, quotas, 'round-7:participant-42:1'),
    )
  })

  it('draws different questions for different seeds', () => {
    const draws = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const r = selectQuestions(pool, quotas, `seed-${i}`)
      if (!r.ok) throw new Error('unexpected shortage')
      draws.add(r.questionIds.join(','))
    }
    expect(draws.size).toBeGreaterThan(15)
  })

  it('satisfies every quota with distinct questions, grouped in quota order', () => {
    for (let i = 0; i < 50; i++) {
      const r = selectQuestions(pool, quotas, `s${i}`)
      if (!r.ok) throw new Error('unexpected shortage')
      expect(r.questionIds).toHaveLength(10)
      expect(new Set(r.questionIds).size).toBe(10)
      const qs = r.questionIds.map((id) => pool.find((q) => q.id === id)!)
      expect(qs.slice(0, 4).every((q) => matches(q, quotas[0]))).toBe(true)
      expect(qs.slice(4, 7).every((q) => matches(q, quotas[1]))).toBe(true)
      expect(qs.slice(7).every((q) => matches(q, quotas[2]))).toBe(true)
    }
  })

  it('does not depend on the order of the pool', () => {
    const reversed = [...pool].reverse()
    expect(selectQuestions(reversed, quotas, 'x')).toEqual(selectQuestions(pool, quotas, 'x'))
  })

  it('never uses a question twice when the pool lists it twice', () => {
    const dup: PoolQuestion[] = [
      { id: 'a', difficulty: 'easy', tags: [] },
      { id: 'a', difficulty: 'easy', tags: [] },
      { id: 'b', difficulty: 'easy', tags: [] },
    ]
    const r = selectQuestions(dup, [{ count: 2 }], 's')
    expect(r.ok && [...r.questionIds].sort()).toEqual(['a', 'b'])
    const short = selectQuestions(dup, [{ count: 3 }], 's')
    expect(short.ok).toBe(false)
    if (!short.ok) expect(short.shortages[0]).toMatchObject({ needed: 3, available: 2, selected: 2, reason: 'not_enough' })
  })

  it('finds a draw for overlapping quotas where taking questions greedily would fail', () => {
    // x fits both quotas, y only the first: x must go to the "hard" quota.
    const tricky: PoolQuestion[] = [
      { id: 'x', difficulty: 'hard', tags: ['a'] },
      { id: 'y', difficulty: 'easy', tags: ['a'] },
    ]
    const q: QuestionQuota[] = [
      { tag: 'a', count: 1 },
      { difficulty: 'hard', count: 1 },
    ]
    for (let i = 0; i < 100; i++) {
      const r = selectQuestions(tricky, q, `t${i}`)
      expect(r).toEqual({ ok: true, questionIds: ['y', 'x'] })
    }
  })

  it('finds a draw whenever one exists on random overlapping cases', () => {
    const small = bank(14)
    const cases: QuestionQuota[][] = [
      [{ tag: TAGS[0], count: 2 }, { difficulty: 'easy', count: 3 }, { count: 4 }],
      [{ difficulty: 'hard', count: 3 }, { tag: TAGS[1], count: 2 }, { tag: TAGS[2], count: 2 }],
      [{ difficulty: 'medium', count: 4 }, { tag: TAGS[1], count: 3 }],
    ]
    for (const [k, q] of cases.entries()) {
      for (let i = 0; i < 20; i++) {
        const r = selectQuestions(small, q, `case${k}-${i}`)
        if (!r.ok) throw new Error(`case ${k}: ${r.shortages.map((s) => s.message).join(' ')}`)
        expect(new Set(r.questionIds).size).toBe(r.questionIds.length)
        expect(assignable(r.questionIds, small, q)).toBe(true)
      }
    }
  })

  it('reports a quota the bank cannot fill, in Vietnamese', () => {
    const r = selectQuestions(pool, [{ difficulty: 'hard', tag: 'tài chính', count: 9 }, { count: 2 }], 's')
    expect(r.ok).toBe(false)
    if (r.ok) return
    const available = pool.filter((q) => q.difficulty === 'hard' && q.tags.includes('tài chính')).length
    expect(r.shortages).toEqual([
      {
        quotaIndex: 0,
        quota: { difficulty: 'hard', tag: 'tài chính', count: 9 },
        needed: 9,
        available,
        selected: available,
        reason: 'not_enough',
        message: `Chỉ tiêu 1 (độ khó Khó, chủ đề “tài chính”): cần 9 câu, nhưng ngân hàng chỉ có ${available} câu phù hợp.`,
      },
    ])
  })

  it('reports quotas that are each satisfiable but compete for the same questions', () => {
    const three: PoolQuestion[] = ['a', 'b', 'c'].map((id) => ({ id, difficulty: 'hard' as const, tags: ['x'] }))
    const r = selectQuestions(three, [{ tag: 'x', count: 2 }, { difficulty: 'hard', count: 2 }], 's')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.shortages).toHaveLength(1)
    expect(r.shortages[0]).toMatchObject({ quotaIndex: 1, needed: 2, available: 3, selected: 1, reason: 'shared' })
    expect(r.shortages[0].message).toBe(
      'Chỉ tiêu 2 (độ khó Khó): cần 2 câu; có 3 câu phù hợp nhưng một phần trùng với các chỉ tiêu khác, nên chỉ rút được 1 câu.',
    )
  })

  it('reports every quota of an empty bank', () => {
    const r = selectQuestions([], [{ count: 1 }, { difficulty: 'easy', count: 2 }], 's')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.shortages.map((s) => [s.quotaIndex, s.available, s.reason])).toEqual([
        [0, 0, 'not_enough'],
        [1, 0, 'not_enough'],
      ])
      expect(r.shortages[0].message).toContain('(mọi câu hỏi)')
    }
  })

  it('matches tags regardless of case and Unicode normalisation', () => {
    const p: PoolQuestion[] = [{ id: 'a', difficulty: 'easy', tags: ['Chuyển Đổi Số'.normalize('NFD')] }]
    expect(selectQuestions(p, [{ tag: 'chuyển đổi số', count: 1 }], 's')).toEqual({ ok: true, questionIds: ['a'] })
  })

  it('refuses a quota without a positive whole count', () => {
    expect(() => selectQuestions(pool, [{ count: 0 }], 's')).toThrow(RangeError)
    expect(() => selectQuestions(pool, [{ count: 1.5 }], 's')).toThrow(RangeError)
  })

  it('gives every matching question a fair chance', () => {
    const four: PoolQuestion[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, difficulty: 'easy' as const, tags: [] }))
    const counts = new Map<string, number>()
    const n = 4000
    for (let i = 0; i < n; i++) {
      const r = selectQuestions(four, [{ count: 1 }], `fair-${i}`)
      if (!r.ok) throw new Error('unexpected shortage')
      counts.set(r.questionIds[0], (counts.get(r.questionIds[0]) ?? 0) + 1)
    }
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(counts.get(id)).toBeGreaterThan(850)
      expect(counts.get(id)).toBeLessThan(1150)
    }
  })
})

describe('shuffle', () => {
  const items = ['A', 'B', 'C', 'D', 'E', 'F']

  it('returns a permutation without touching the input', () => {
    const copy = [...items]
    const out = shuffle(items, 'x')
    expect(items).toEqual(copy)
    expect([...out].sort()).toEqual(items)
  })

  it('is deterministic for a seed and varies with it', () => {
    expect(shuffle(items, 'seed')).toEqual(shuffle(items, 'seed'))
    const orders = new Set(Array.from({ length: 30 }, (_, i) => shuffle(items, `s${i}`).join('')))
    expect(orders.size).toBeGreaterThan(25)
  })

  it('produces all orders of three items about equally often', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 6000; i++) {
      const k = shuffle(['a', 'b', 'c'], `perm-${i}`).join('')
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    expect(counts.size).toBe(6)
    for (const c of counts.values()) {
      expect(c).toBeGreaterThan(850)
      expect(c).toBeLessThan(1150)
    }
  })

  it('handles empty and single-item lists', () => {
    expect(shuffle([], 's')).toEqual([])
    expect(shuffle(['only'], 's')).toEqual(['only'])
  })
})

describe('shuffleOptions', () => {
  it('keeps pinned options in their original places', () => {
    const opts = ['o1', 'o2', 'o3', 'all-of-the-above']
    for (let i = 0; i < 30; i++) {
      const out = shuffleOptions(opts, `p${i}`, ['all-of-the-above'])
      expect(out[3]).toBe('all-of-the-above')
      expect([...out].sort()).toEqual([...opts].sort())
    }
  })

  it('shuffles every option when none is pinned, deterministically', () => {
    const opts = ['A', 'B', 'C', 'D']
    expect(shuffleOptions(opts, 'q1')).toEqual(shuffle(opts, 'q1'))
    const firsts = new Set(Array.from({ length: 40 }, (_, i) => shuffleOptions(opts, `o${i}`)[0]))
    expect(firsts.size).toBe(4)
  })
})
