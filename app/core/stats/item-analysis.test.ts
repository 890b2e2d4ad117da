import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../contest/seeded-random'
import { analyseItems, type ItemAttempt } from './item-analysis'

/** Plain sample Pearson correlation, written the textbook way as an independent check. */
function pearson(xs: number[], ys: number[]): number {
  const n = xs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let cov = 0
  let vx = 0
  let vy = 0
  for (let i = 0; i < n; i++) {
    cov += (xs[i] - mx) * (ys[i] - my)
    vx += (xs[i] - mx) ** 2
    vy += (ys[i] - my) ** 2
  }
  return cov / (n - 1) / Math.sqrt((vx / (n - 1)) * (vy / (n - 1)))
}

/** Attempts from a 0/1 matrix: rows are attempts, columns questions q0, q1, … */
function fromMatrix(rows: number[][]): ItemAttempt[] {
  return rows.map((row, i) => ({
    attemptId: `a${i}`,
    answers: row.map((v, j) => ({ questionId: `q${j}`, correct: v === 1 })),
  }))
}

describe('analyseItems', () => {
  // Strong candidates (top rows) get q1 right and q3 wrong; weak ones the reverse.
  const rows = [
    [1, 1, 1, 0, 1],
    [1, 1, 1, 0, 1],
    [1, 1, 0, 0, 1],
    [1, 0, 0, 1, 0],
    [0, 0, 1, 1, 0],
    [0, 0, 0, 1, 0],
  ]
  const stats = analyseItems(fromMatrix(rows))
  const byId = new Map(stats.map((s) => [s.questionId, s]))

  it('gives facility as the share answered correctly', () => {
    expect(stats.map((s) => [s.questionId, s.responses, s.correctCount, s.facility])).toEqual([
      ['q0', 6, 4, 4 / 6],
      ['q1', 6, 3, 0.5],
      ['q2', 6, 3, 0.5],
      ['q3', 6, 3, 0.5],
      ['q4', 6, 3, 0.5],
    ])
  })

  it('gives discrimination as the correlation of the item with the rest of the attempt', () => {
    for (let j = 0; j < 5; j++) {
      const item = rows.map((r) => r[j])
      const rest = rows.map((r) => r.reduce((a, b) => a + b, 0) - r[j])
      expect(byId.get(`q${j}`)?.discrimination).toBeCloseTo(pearson(item, rest), 12)
    }
  })

  it('flags an item that the stronger candidates get wrong', () => {
    expect(byId.get('q3')?.discrimination).toBeLessThan(0)
    expect(byId.get('q3')?.flags).toEqual(['negative_discrimination'])
    expect(byId.get('q1')?.discrimination).toBeGreaterThan(0)
    expect(byId.get('q1')?.flags).toEqual([])
    expect(stats.filter((x) => x.flags.length > 0).map((x) => x.questionId)).toEqual(['q3'])
  })

  it('flags too easy and too hard items and leaves discrimination undefined when nobody differs', () => {
    const s = analyseItems(
      fromMatrix([
        [1, 0, 1],
        [1, 0, 0],
        [1, 0, 1],
      ]),
    )
    expect(s[0]).toMatchObject({ facility: 1, discrimination: null, flags: ['too_easy'] })
    expect(s[1]).toMatchObject({ facility: 0, discrimination: null, flags: ['too_hard'] })
    expect(s[2].flags).toEqual([])
  })

  it('uses the thresholds given', () => {
    const s = analyseItems(fromMatrix(rows), { tooEasyAbove: 0.6, tooHardBelow: 0.55, discriminationBelow: -2 })
    expect(s.map((x) => x.flags)).toEqual([['too_easy'], ['too_hard'], ['too_hard'], ['too_hard'], ['too_hard']])
  })

  it('holds back flags for questions seen too rarely', () => {
    const s = analyseItems(fromMatrix([[1], [1]]), { minResponses: 3 })
    expect(s[0].flags).toEqual([])
    expect(analyseItems(fromMatrix([[1], [1]]))[0].flags).toEqual(['too_easy'])
  })

  it('needs at least two attempts for a discrimination index', () => {
    expect(analyseItems(fromMatrix([[1, 0]]))[0].discrimination).toBeNull()
  })

  it('takes each statistic over the attempts that drew the question', () => {
    const attempts: ItemAttempt[] = [
      { attemptId: 'a', answers: [{ questionId: 'x', correct: true }, { questionId: 'y', correct: true }] },
      { attemptId: 'b', answers: [{ questionId: 'x', correct: false }, { questionId: 'z', correct: true }] },
      { attemptId: 'c', answers: [{ questionId: 'y', correct: false }, { questionId: 'z', correct: false }] },
    ]
    const s = new Map(analyseItems(attempts).map((x) => [x.questionId, x]))
    expect(s.get('x')).toMatchObject({ responses: 2, correctCount: 1, facility: 0.5 })
    expect(s.get('y')).toMatchObject({ responses: 2, correctCount: 1 })
    expect(s.get('z')).toMatchObject({ responses: 2, correctCount: 1 })
  })

  it('averages the time over answers that report one', () => {
    const s = analyseItems([
      { attemptId: 'a', answers: [{ questionId: 'x', correct: true, timeMs: 4000 }] },
      { attemptId: 'b', answers: [{ questionId: 'x', correct: false, timeMs: 8000 }] },
      { attemptId: 'c', answers: [{ questionId: 'x', correct: false }] },
      { attemptId: 'd', answers: [{ questionId: 'x', correct: false, timeMs: Number.NaN }] },
      { attemptId: 'e', answers: [{ questionId: 'y', correct: false }] },
    ])
    expect(s[0].averageTimeMs).toBe(6000)
    expect(s[1].averageTimeMs).toBeNull()
  })

  it('counts a question answered twice in one attempt once, by its last answer', () => {
    const s = analyseItems([
      {
        attemptId: 'a',
        answers: [
          { questionId: 'x', correct: false },
          { questionId: 'x', correct: true },
        ],
      },
    ])
    expect(s[0]).toMatchObject({ responses: 1, correctCount: 1 })
  })

  it('matches the textbook formula on a large random data set', () => {
    const rnd = createSeededRandom('items')
    const ability = Array.from({ length: 500 }, () => rnd.int(0, 100))
    const difficulty = [20, 40, 60, 80, 50]
    const matrix: number[][] = ability.map((a) => difficulty.map((d) => (rnd.int(0, 100) < a + 50 - d ? 1 : 0)))
    const s = analyseItems(fromMatrix(matrix))
    difficulty.forEach((_, j) => {
      const item = matrix.map((r) => r[j])
      const rest = matrix.map((r) => r.reduce((a, b) => a + b, 0) - r[j])
      expect(s[j].discrimination).toBeCloseTo(pearson(item, rest), 10)
      // Items driven by ability discriminate positively.
      expect(s[j].discrimination).toBeGreaterThan(0.1)
    })
  })

  it('returns nothing for no attempts', () => {
    expect(analyseItems([])).toEqual([])
  })
})
