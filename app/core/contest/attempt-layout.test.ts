import { describe, expect, it } from 'vitest'
import {
  buildAttemptLayout,
  checkAnswer,
  parsePrediction,
  participantQuestion,
  positionalOptionIds,
  type PoolVersion,
} from './attempt-layout'

const opts = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String.fromCharCode(97 + i), text: `Phương án ${i + 1}` }))

const pool: PoolVersion[] = [
  ...Array.from({ length: 6 }, (_, i): PoolVersion => ({ versionId: `e${i}`, type: 'single', difficulty: 'easy', tags: ['a'], options: opts(4) })),
  ...Array.from({ length: 5 }, (_, i): PoolVersion => ({ versionId: `m${i}`, type: 'multiple', difficulty: 'medium', tags: ['b'], options: opts(4) })),
  ...Array.from({ length: 3 }, (_, i): PoolVersion => ({ versionId: `h${i}`, type: 'true_false', difficulty: 'hard', tags: ['a'], options: opts(2) })),
]

const rules = {
  draw: { bankIds: ['bank'], quotas: [{ difficulty: 'easy' as const, count: 3 }, { difficulty: 'medium' as const, count: 2 }, { difficulty: 'hard' as const, count: 1 }] },
  shuffleQuestions: true,
  shuffleOptions: true,
}

describe('buildAttemptLayout', () => {
  it('draws the quotas, replays exactly from the seed and differs between seeds', () => {
    const a = buildAttemptLayout(pool, rules, 'seed-1', 'pred')
    const again = buildAttemptLayout([...pool].reverse(), rules, 'seed-1', 'pred')
    const other = buildAttemptLayout(pool, rules, 'seed-2', 'pred')
    if (!a.ok || !again.ok || !other.ok) throw new Error('draw failed')
    expect(again.layout).toEqual(a.layout)
    expect(other.layout).not.toEqual(a.layout)
    const ids = a.layout.questions.map((q) => q.versionId)
    expect(ids.filter((id) => id.startsWith('e'))).toHaveLength(3)
    expect(ids.filter((id) => id.startsWith('m'))).toHaveLength(2)
    expect(ids.filter((id) => id.startsWith('h'))).toHaveLength(1)
    expect(new Set(ids).size).toBe(6)
    expect(a.layout.predictionVersionId).toBe('pred')
    for (const q of a.layout.questions) expect([...q.optionIds].sort()).toEqual(q.versionId.startsWith('h') ? ['a', 'b'] : ['a', 'b', 'c', 'd'])
  })

  it('keeps quota order and authored option order when shuffling is off', () => {
    const r = buildAttemptLayout(pool, { ...rules, shuffleQuestions: false, shuffleOptions: false }, 's', null)
    if (!r.ok) throw new Error('draw failed')
    expect(r.layout.questions.map((q) => q.versionId[0])).toEqual(['e', 'e', 'e', 'm', 'm', 'h'])
    expect(r.layout.questions[0].optionIds).toEqual(['a', 'b', 'c', 'd'])
  })

  it('reports shortages instead of drawing fewer questions', () => {
    const r = buildAttemptLayout(pool, { ...rules, draw: { bankIds: ['bank'], quotas: [{ difficulty: 'hard', count: 4 }] } }, 's', null)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.shortages[0].message).toContain('chỉ có 3 câu')
  })

  it('leaves options that refer to the others in their place', () => {
    const options = [
      { id: 'a', text: 'Quốc hội' },
      { id: 'b', text: 'Chính phủ' },
      { id: 'c', text: 'Tòa án' },
      { id: 'd', text: 'Cả A, B và C đều đúng' },
    ]
    expect(positionalOptionIds(options)).toEqual(['d'])
    expect(positionalOptionIds([{ id: 'a', text: 'Tất cả các phương án trên' }, { id: 'b', text: 'Bộ Tư pháp' }])).toEqual(['a'])
    const v: PoolVersion = { versionId: 'x', type: 'single', difficulty: 'easy', tags: [], options }
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      const r = buildAttemptLayout([v], { ...rules, draw: { bankIds: ['b'], quotas: [{ count: 1 }] } }, seed, null)
      if (!r.ok) throw new Error('draw failed')
      expect(r.layout.questions[0].optionIds[3]).toBe('d')
    }
  })
})

describe('checkAnswer', () => {
  const layout = { questions: [{ versionId: 'q1', optionIds: ['b', 'a', 'c'] }, { versionId: 'q2', optionIds: ['a', 'b', 'c', 'd'] }], predictionVersionId: null }

  it('accepts an option of a question in the attempt', () => {
    expect(checkAnswer(layout, 'q1', ['c'], 'single')).toEqual({ ok: true, optionIds: ['c'] })
    expect(checkAnswer(layout, 'q2', ['d', 'a'], 'multiple')).toEqual({ ok: true, optionIds: ['a', 'd'] })
    expect(checkAnswer(layout, 'q2', [], 'multiple')).toEqual({ ok: true, optionIds: [] })
  })

  it('refuses a question not in the attempt, foreign or repeated options, and two choices on a single-answer question', () => {
    expect(checkAnswer(layout, 'q9', ['a'], 'single')).toMatchObject({ ok: false, message: expect.stringContaining('không thuộc lượt thi') })
    expect(checkAnswer(layout, 'q1', ['d'], 'single')).toMatchObject({ ok: false, message: expect.stringContaining('không thuộc câu hỏi') })
    expect(checkAnswer(layout, 'q2', ['a', 'a'], 'multiple')).toMatchObject({ ok: false })
    expect(checkAnswer(layout, 'q1', ['a', 'b'], 'single')).toMatchObject({ ok: false, message: expect.stringContaining('đúng một') })
    expect(checkAnswer(layout, 'q1', [], 'true_false')).toMatchObject({ ok: false })
    expect(checkAnswer(layout, 'q1', ['a'], 'prediction')).toMatchObject({ ok: false })
  })
})

describe('parsePrediction', () => {
  it('reads whole numbers as people type them', () => {
    expect(parsePrediction('125')).toEqual({ ok: true, value: 125 })
    expect(parsePrediction(' 1.250 ')).toEqual({ ok: true, value: 1250 })
    expect(parsePrediction('1 250')).toEqual({ ok: true, value: 1250 })
    expect(parsePrediction('0')).toEqual({ ok: true, value: 0 })
  })
  it('refuses negative, fractional, empty and huge values', () => {
    for (const bad of ['-3', 'abc', '', '12a', '999999999999']) expect(parsePrediction(bad).ok, bad).toBe(false)
  })
})

describe('participantQuestion', () => {
  it('copies only ids and texts, in the attempt order, never the key', () => {
    const q = participantQuestion(
      { id: 'v1', type: 'single', stem: 'Câu hỏi?', options: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B', correct: false }] },
      ['b', 'a'],
    )
    expect(q).toEqual({ versionId: 'v1', type: 'single', stem: 'Câu hỏi?', options: [{ id: 'b', text: 'B' }, { id: 'a', text: 'A' }] })
    expect(JSON.stringify(q)).not.toContain('correct')
  })
})
