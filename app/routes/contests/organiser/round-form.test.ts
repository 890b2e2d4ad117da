import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { roundFormSchema, roundInputFromForm } from './round-form'

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x)
  return data
}

const valid = {
  title: 'Tuần 1',
  opensAt: '2026-11-23T10:00',
  closesAt: '2026-11-30T09:59',
  bankIds: ['bank-1'],
  'quotas[0].difficulty': 'easy',
  'quotas[0].count': '4',
  'quotas[1].tag': 'Quan điểm chỉ đạo',
  'quotas[1].count': '6',
  timeLimitMinutes: '15',
  graceSeconds: '5',
  attemptsAllowed: '',
  countingAttempt: 'best',
  shuffleQuestions: 'on',
  revealAnswers: 'after_close',
  prizeFirst: '1',
  prizeSecond: '2',
  prizeThird: '3',
  prizeConsolation: '10',
  certPrizeWinners: 'on',
}

describe('the round form', () => {
  it('becomes the core rules, with Vietnam times and minutes turned into instants and seconds', () => {
    const submission = parseWithZod(form(valid), { schema: roundFormSchema })
    if (submission.status !== 'success') throw new Error(JSON.stringify(submission.error))
    const input = roundInputFromForm(submission.value)
    expect(input.opensAt.toISOString()).toBe('2026-11-23T03:00:00.000Z')
    expect(input.closesAt.toISOString()).toBe('2026-11-30T02:59:00.000Z')
    expect(input.rules).toMatchObject({
      timeLimitSeconds: 900,
      graceSeconds: 5,
      attemptsAllowed: null,
      shuffleQuestions: true,
      shuffleOptions: false,
      draw: { bankIds: ['bank-1'], quotas: [{ difficulty: 'easy', count: 4 }, { tag: 'quan điểm chỉ đạo', count: 6 }] },
      prizes: { first: 1, second: 2, third: 3, consolation: 10 },
      certificate: { prizeWinners: true },
    })
  })

  it('puts each problem on the field it is about, in Vietnamese', () => {
    const submission = parseWithZod(
      form({ ...valid, closesAt: '2026-11-22T10:00', timeLimitMinutes: '0', 'quotas[0].count': '98', bankIds: [], prizeFirst: '-1' }),
      { schema: roundFormSchema },
    )
    expect(submission.status).toBe('error')
    const errors = submission.status === 'error' ? submission.error : {}
    expect(errors?.closesAt).toEqual(['Thời điểm đóng phải sau thời điểm mở'])
    expect(errors?.timeLimitMinutes).toEqual(['Thời gian làm bài tối thiểu 1 phút'])
    expect(errors?.bankIds).toEqual(['Chọn ít nhất một ngân hàng câu hỏi'])
    expect(errors?.prizeFirst).toEqual(['Số giải không được âm'])
  })

  it('reports a total above the limit on the quotas and an impossible date on its field', () => {
    const submission = parseWithZod(form({ ...valid, 'quotas[0].count': '98', opensAt: '2026-02-30T10:00' }), { schema: roundFormSchema })
    const errors = submission.status === 'error' ? submission.error : {}
    expect(errors?.quotas).toEqual(['Tổng số câu hỏi của một lượt thi phải từ 1 đến 100 (hiện là 104)'])
    expect(errors?.opensAt).toEqual(['Thời điểm mở không hợp lệ'])
  })
})
