import { describe, expect, it } from 'vitest'
import { type AnswerKey, type GivenAnswer, isAnswerCorrect, scoreAttempt } from './score-attempt'

const start = Date.parse('2025-11-10T03:00:00Z')

const keys: AnswerKey[] = [
  { questionId: 's1', type: 'single', correctOptionIds: ['b'] },
  { questionId: 'tf', type: 'true_false', correctOptionIds: ['dung'] },
  { questionId: 'm1', type: 'multiple', correctOptionIds: ['a', 'c'] },
  { questionId: 'pred', type: 'prediction', correctOptionIds: [] },
]

const score = (answers: GivenAnswer[], extra: Partial<Parameters<typeof scoreAttempt>[0]> = {}) =>
  scoreAttempt({ questions: keys, answers, startedAt: start, submittedAt: start + 120_000, timeLimitSeconds: 600, ...extra })

describe('isAnswerCorrect', () => {
  it('single: right only with exactly the correct option', () => {
    expect(isAnswerCorrect('single', ['b'], ['b'])).toBe(true)
    expect(isAnswerCorrect('single', ['b'], ['a'])).toBe(false)
    expect(isAnswerCorrect('single', ['b'], ['a', 'b'])).toBe(false)
    expect(isAnswerCorrect('single', ['b'], [])).toBe(false)
    expect(isAnswerCorrect('single', ['b'], ['b', 'b'])).toBe(true)
  })

  it('true/false behaves like single', () => {
    expect(isAnswerCorrect('true_false', ['sai'], ['sai'])).toBe(true)
    expect(isAnswerCorrect('true_false', ['sai'], ['dung'])).toBe(false)
    expect(isAnswerCorrect('true_false', ['sai'], ['dung', 'sai'])).toBe(false)
  })

  it('multiple: all correct options and no wrong one', () => {
    expect(isAnswerCorrect('multiple', ['a', 'c'], ['c', 'a'])).toBe(true)
    expect(isAnswerCorrect('multiple', ['a', 'c'], ['a'])).toBe(false)
    expect(isAnswerCorrect('multiple', ['a', 'c'], ['a', 'b', 'c'])).toBe(false)
    expect(isAnswerCorrect('multiple', ['a', 'c'], [])).toBe(false)
    expect(isAnswerCorrect('multiple', ['a'], ['a'])).toBe(true)
  })

  it('fails loudly on a malformed key', () => {
    expect(() => isAnswerCorrect('single', ['a', 'b'], ['a'])).toThrow('phải có đúng 1 phương án đúng')
    expect(() => isAnswerCorrect('true_false', [], ['a'])).toThrow()
    expect(() => isAnswerCorrect('multiple', [], [])).toThrow('ít nhất 1 phương án đúng')
  })
})

describe('scoreAttempt', () => {
  it('marks every question right', () => {
    const r = score([
      { questionId: 's1', optionIds: ['b'] },
      { questionId: 'tf', optionIds: ['dung'] },
      { questionId: 'm1', optionIds: ['a', 'c'] },
    ])
    expect(r).toMatchObject({ score: 3, maxScore: 3, correctCount: 3, questionCount: 3, allCorrect: true, timeTakenMs: 120_000 })
    expect(r.questions.map((q) => q.questionId)).toEqual(['s1', 'tf', 'm1'])
  })

  it('leaves the prediction question out of the marks', () => {
    const r = score([
      { questionId: 's1', optionIds: ['b'] },
      { questionId: 'tf', optionIds: ['dung'] },
      { questionId: 'm1', optionIds: ['a', 'c'] },
      { questionId: 'pred', optionIds: ['whatever'] },
    ])
    expect(r.questionCount).toBe(3)
    expect(r.questions.some((q) => q.questionId === 'pred')).toBe(false)
  })

  it('counts unanswered and wrong questions as zero and clears allCorrect', () => {
    const r = score([
      { questionId: 's1', optionIds: ['b'] },
      { questionId: 'm1', optionIds: ['a'] },
    ])
    expect(r).toMatchObject({ score: 1, correctCount: 1, allCorrect: false })
    expect(r.questions.map((q) => [q.questionId, q.correct, q.points])).toEqual([
      ['s1', true, 1],
      ['tf', false, 0],
      ['m1', false, 0],
    ])
  })

  it('uses configured points per question', () => {
    const weighted: AnswerKey[] = [
      { questionId: 'a', type: 'single', correctOptionIds: ['x'], points: 2 },
      { questionId: 'b', type: 'single', correctOptionIds: ['y'], points: 3 },
    ]
    const r = scoreAttempt({
      questions: weighted,
      answers: [{ questionId: 'b', optionIds: ['y'] }],
      startedAt: start,
      submittedAt: start + 1000,
      timeLimitSeconds: 60,
    })
    expect(r).toMatchObject({ score: 3, maxScore: 5, correctCount: 1 })
    expect(() =>
      scoreAttempt({ questions: [{ ...weighted[0], points: 0 }], answers: [], startedAt: start, submittedAt: start, timeLimitSeconds: 60 }),
    ).toThrow(RangeError)
  })

  it('takes the latest of repeated answers to one question', () => {
    const r = score([
      { questionId: 's1', optionIds: ['a'] },
      { questionId: 's1', optionIds: ['b'] },
    ])
    expect(r.questions[0].correct).toBe(true)
  })

  it('ignores answers to questions not in the attempt', () => {
    expect(score([{ questionId: 'other', optionIds: ['b'] }]).score).toBe(0)
  })

  it('caps time taken at the time limit and floors it at zero', () => {
    expect(score([], { submittedAt: start + 603_000 }).timeTakenMs).toBe(600_000)
    expect(score([], { submittedAt: start - 5 }).timeTakenMs).toBe(0)
    expect(score([], { submittedAt: new Date(start + 42_123) }).timeTakenMs).toBe(42_123)
  })

  it('is not allCorrect when nothing is marked', () => {
    const r = scoreAttempt({ questions: [keys[3]], answers: [], startedAt: start, submittedAt: start, timeLimitSeconds: 60 })
    expect(r).toMatchObject({ score: 0, maxScore: 0, questionCount: 0, allCorrect: false })
  })

  it('refuses a question listed twice', () => {
    expect(() =>
      scoreAttempt({ questions: [keys[0], keys[0]], answers: [], startedAt: start, submittedAt: start, timeLimitSeconds: 60 }),
    ).toThrow('xuất hiện hai lần')
  })
})
