import { describe, expect, it } from 'vitest'
import { createGame, seededShuffle, type CreateGameInput } from './create-game'
import { HOST, questionInput, T0 } from './test-kit'

const input = (overrides: Partial<CreateGameInput> = {}): CreateGameInput => ({
  id: 'g1',
  pin: '482915',
  hostUserId: HOST,
  questions: Array.from({ length: 12 }, (_, i) => questionInput({}, i + 1)),
  ...overrides,
})

function build(seed: string, overrides: Partial<CreateGameInput> = {}) {
  const r = createGame(input(overrides), seed, T0)
  if (!r.ok) throw new Error(r.error.message)
  return r.state
}

describe('createGame', () => {
  it('starts in the created phase with default settings', () => {
    const s = build('s')
    expect(s.phase).toBe('created')
    expect(s.questionIndex).toBe(-1)
    expect(s.settings).toEqual({
      scoringMode: 'speed',
      streakBonus: false,
      questionTimeLimitSec: 20,
      latencyAllowanceMs: 500,
      teamMode: false,
      maxPlayers: 10_000,
      autoCloseWhenAllAnswered: true,
    })
    expect(s.results).toHaveLength(12)
  })

  it('shuffles options once per session, the same way for the same seed', () => {
    const a = build('session-A')
    const b = build('session-A')
    expect(b.questions).toEqual(a.questions)
    const c = build('session-B')
    const orderOf = (s: typeof a) => s.questions.map((q) => q.options.map((o) => o.sourceOptionId).join(','))
    expect(orderOf(c)).not.toEqual(orderOf(a))
  })

  it('actually moves the correct option around (not always first)', () => {
    const s = build('spread')
    const positions = new Set(s.questions.map((q) => q.correctOptionIds[0]))
    expect(positions.size).toBeGreaterThan(1)
  })

  it('renames options a, b, c… in display order and keeps the answer key on the right text', () => {
    const s = build('ids')
    for (const q of s.questions) {
      expect(q.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd'])
      const correct = q.options.filter((o) => q.correctOptionIds.includes(o.id))
      expect(correct.map((o) => o.text)).toEqual([expect.stringMatching(/^Đáp án đúng/)])
      expect(correct[0].sourceOptionId).toMatch(/-o1$/)
    }
  })

  it('keeps Đúng before Sai in true/false questions', () => {
    const tf = questionInput({
      type: 'true_false',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
    })
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      const s = build(seed, { questions: [tf] })
      expect(s.questions[0].options.map((o) => o.text)).toEqual(['Đúng', 'Sai'])
      expect(s.questions[0].correctOptionIds).toEqual(['b'])
    }
  })

  it('uses the game time limit unless the question has its own', () => {
    const s = build('t', {
      settings: { questionTimeLimitSec: 30 },
      questions: [questionInput({}, 1), questionInput({ timeLimitSec: 60 }, 2)],
    })
    expect(s.questions.map((q) => q.timeLimitSec)).toEqual([30, 60])
  })

  it('survives a JSON round trip unchanged', () => {
    const s = build('json')
    expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s)
  })

  it.each([
    ['a prediction question', { questions: [questionInput({ type: 'prediction' as 'single', options: [] })] }],
    ['no correct option', { questions: [questionInput({ options: [{ text: 'x', correct: false }, { text: 'y', correct: false }] })] }],
    [
      'a single-choice question with two correct options',
      { questions: [questionInput({ options: [{ text: 'x', correct: true }, { text: 'y', correct: true }] })] },
    ],
    ['no question at all', { questions: [] }],
    ['a time limit of 4 s', { settings: { questionTimeLimitSec: 4 } }],
    ['a time limit of 121 s', { settings: { questionTimeLimitSec: 121 } }],
    ['a PIN that is not 6 digits', { pin: '12345' }],
  ])('refuses %s with a Vietnamese message', (_label, overrides) => {
    const r = createGame(input(overrides as Partial<CreateGameInput>), 's', T0)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_game')
      expect(r.error.message).toMatch(/^Dữ liệu tạo trò chơi không hợp lệ/)
    }
  })
})

describe('seededShuffle', () => {
  it('is a permutation, deterministic per seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    const a = seededShuffle(items, 'x')
    expect([...a].sort((p, q) => p - q)).toEqual(items)
    expect(seededShuffle(items, 'x')).toEqual(a)
    expect(seededShuffle(items, 'y')).not.toEqual(a)
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i)) // input untouched
  })
})
