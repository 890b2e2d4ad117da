import { describe, expect, it } from 'vitest'
import {
  RECOMMENDED_ROUND_RULES,
  type RoundRulesInput,
  questionsPerAttempt,
  roundRulesSchema,
} from './round-rules'

const valid = (): RoundRulesInput => ({
  timeLimitSeconds: 600,
  attemptsAllowed: 3,
  draw: { bankIds: ['bank-1'], quotas: [{ count: 10 }] },
  prizes: { first: 1, second: 2, third: 3, consolation: 10 },
})

function issues(input: unknown): { path: string; message: string }[] {
  const r = roundRulesSchema.safeParse(input)
  if (r.success) return []
  return r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('roundRulesSchema', () => {
  it('accepts a minimal round and fills the defaults', () => {
    const r = roundRulesSchema.parse(valid())
    expect(r.graceSeconds).toBe(5)
    expect(r.countingAttempt).toBe('best')
    expect(r.shuffleQuestions).toBe(true)
    expect(r.shuffleOptions).toBe(true)
    expect(r.revealAnswers).toBe('after_close')
    expect(r.certificate).toBeUndefined()
    expect(r.predictionQuestionId).toBeUndefined()
  })

  it.each([
    [59, false],
    [60, true],
    [7200, true],
    [7201, false],
    [600.5, false],
  ])('time limit %s seconds accepted: %s', (seconds, ok) => {
    expect(roundRulesSchema.safeParse({ ...valid(), timeLimitSeconds: seconds }).success).toBe(ok)
  })

  it('explains a bad time limit in Vietnamese', () => {
    expect(issues({ ...valid(), timeLimitSeconds: 30 })).toEqual([
      { path: 'timeLimitSeconds', message: 'Thời gian làm bài (giây) không được nhỏ hơn 60' },
    ])
    expect(issues({ ...valid(), timeLimitSeconds: '600' })[0].message).toBe('Thời gian làm bài (giây) phải là một số')
  })

  it.each([
    [0, true],
    [30, true],
    [31, false],
    [-1, false],
  ])('grace of %s seconds accepted: %s', (grace, ok) => {
    expect(roundRulesSchema.safeParse({ ...valid(), graceSeconds: grace }).success).toBe(ok)
  })

  it('takes null attempts as unlimited but refuses zero, fractions and a missing value', () => {
    expect(roundRulesSchema.parse({ ...valid(), attemptsAllowed: null }).attemptsAllowed).toBeNull()
    expect(issues({ ...valid(), attemptsAllowed: 0 })[0].message).toBe('Số lượt thi phải lớn hơn 0')
    expect(issues({ ...valid(), attemptsAllowed: 1.5 })[0].message).toBe('Số lượt thi phải là số nguyên')
    const { attemptsAllowed: _, ...missing } = valid()
    expect(issues(missing)[0].path).toBe('attemptsAllowed')
  })

  it('refuses an unknown counting rule', () => {
    expect(issues({ ...valid(), countingAttempt: 'average' })).toEqual([
      { path: 'countingAttempt', message: 'Cách tính lượt thi không hợp lệ' },
    ])
  })

  it('limits the total number of drawn questions to 1–100', () => {
    const with100 = { ...valid(), draw: { bankIds: ['b'], quotas: [{ count: 60 }, { count: 40 }] } }
    expect(roundRulesSchema.safeParse(with100).success).toBe(true)
    const with101 = { ...valid(), draw: { bankIds: ['b'], quotas: [{ count: 60 }, { count: 41 }] } }
    expect(issues(with101)).toEqual([
      { path: 'draw.quotas', message: 'Tổng số câu hỏi của một lượt thi phải từ 1 đến 100 (hiện là 101)' },
    ])
    expect(issues({ ...valid(), draw: { bankIds: ['b'], quotas: [] } })[0].message).toBe(
      'Cần ít nhất một chỉ tiêu rút câu hỏi',
    )
    expect(issues({ ...valid(), draw: { bankIds: ['b'], quotas: [{ count: 0 }] } })[0].path).toBe('draw.quotas.0.count')
  })

  it('needs at least one bank and drops repeated ones', () => {
    expect(issues({ ...valid(), draw: { bankIds: [], quotas: [{ count: 5 }] } })[0].message).toBe(
      'Cần chọn ít nhất một ngân hàng câu hỏi',
    )
    expect(issues({ ...valid(), draw: { bankIds: ['  '], quotas: [{ count: 5 }] } })[0].message).toBe(
      'Mã ngân hàng câu hỏi không được để trống',
    )
    const r = roundRulesSchema.parse({ ...valid(), draw: { bankIds: ['a', 'b', 'a'], quotas: [{ count: 5 }] } })
    expect(r.draw.bankIds).toEqual(['a', 'b'])
  })

  it('normalises quota tags the way question tags are normalised', () => {
    const decomposed = '  Thi Hành Pháp Luật '.normalize('NFD')
    const r = roundRulesSchema.parse({
      ...valid(),
      draw: { bankIds: ['b'], quotas: [{ difficulty: 'hard', tag: decomposed, count: 2 }] },
    })
    expect(r.draw.quotas[0]).toEqual({ difficulty: 'hard', tag: 'thi hành pháp luật'.normalize('NFC'), count: 2 })
    expect(issues({ ...valid(), draw: { bankIds: ['b'], quotas: [{ difficulty: 'expert', count: 2 }] } })[0].message).toBe(
      'Độ khó phải là dễ, trung bình hoặc khó',
    )
  })

  it('checks prize counts and the prize score threshold', () => {
    expect(issues({ ...valid(), prizes: { first: -1, second: 0, third: 0, consolation: 0 } })).toEqual([
      { path: 'prizes.first', message: 'Số giải Nhất không được nhỏ hơn 0' },
    ])
    expect(issues({ ...valid(), prizes: { first: 1, second: 1, third: 1, consolation: 1, minScorePercent: 101 } })[0].message).toBe(
      'Điểm tối thiểu để đạt giải không được lớn hơn 100%',
    )
    const r = roundRulesSchema.parse({ ...valid(), prizes: { first: 1, second: 0, third: 0, consolation: 0, minScorePercent: 50 } })
    expect(r.prizes.minScorePercent).toBe(50)
  })

  it('needs a certificate rule to grant certificates to someone', () => {
    expect(issues({ ...valid(), certificate: { prizeWinners: false } })).toEqual([
      { path: 'certificate', message: 'Hãy chọn ít nhất một điều kiện cấp giấy chứng nhận' },
    ])
    expect(roundRulesSchema.safeParse({ ...valid(), certificate: { prizeWinners: false, minScorePercent: 80 } }).success).toBe(true)
    expect(roundRulesSchema.safeParse({ ...valid(), certificate: { prizeWinners: true } }).success).toBe(true)
  })

  it('accepts the prediction question id and refuses an empty one', () => {
    expect(roundRulesSchema.parse({ ...valid(), predictionQuestionId: 'q-pred' }).predictionQuestionId).toBe('q-pred')
    expect(issues({ ...valid(), predictionQuestionId: '' })[0].message).toBe('Mã câu hỏi dự đoán không được để trống')
  })

  it('writes every message in NFC', () => {
    const bad = {
      timeLimitSeconds: 1,
      graceSeconds: 99,
      attemptsAllowed: 0,
      countingAttempt: 'x',
      shuffleQuestions: 'yes',
      draw: { bankIds: [], quotas: [{ count: 200, difficulty: 'x' }] },
      predictionQuestionId: '',
      revealAnswers: 'x',
      prizes: { first: -1, second: 1.5, third: 'a', consolation: 2000, minScorePercent: -1 },
      certificate: { prizeWinners: false },
    }
    const messages = issues(bad).map((i) => i.message)
    expect(messages.length).toBeGreaterThan(10)
    for (const m of messages) expect(m).toBe(m.normalize('NFC'))
  })

  it('makes the recommended defaults a valid round once a draw is added', () => {
    const r = roundRulesSchema.parse({ ...RECOMMENDED_ROUND_RULES, draw: { bankIds: ['nq66'], quotas: [{ count: 10 }] } })
    expect(r.timeLimitSeconds).toBe(900)
    expect(r.attemptsAllowed).toBe(3)
    expect(r.prizes).toEqual({ first: 1, second: 2, third: 3, consolation: 10 })
  })
})

describe('questionsPerAttempt', () => {
  it('adds up the quotas', () => {
    expect(questionsPerAttempt({ quotas: [{ count: 4 }, { count: 3, difficulty: 'hard' }, { count: 3, tag: 'x' }] })).toBe(10)
  })
})
