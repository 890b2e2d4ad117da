import { describe, expect, it } from 'vitest'
import { type CountableAttempt, pickCountingAttempt, pickCountingAttempts } from './counting-attempt'
import { shuffle } from './select-questions'

const t = (min: number) => Date.parse('2025-11-10T03:00:00Z') + min * 60_000

interface Attempt extends CountableAttempt {
  prediction: number
}

const att = (attemptId: string, score: number, timeTakenMs: number, submittedMin: number, participantId = 'p1'): Attempt => ({
  attemptId,
  participantId,
  score,
  timeTakenMs,
  submittedAt: new Date(t(submittedMin)),
  prediction: 100,
})

describe('pickCountingAttempt', () => {
  it('best: highest score first', () => {
    const list = [att('a1', 7, 100, 1), att('a2', 9, 500, 2), att('a3', 8, 50, 3)]
    expect(pickCountingAttempt(list, 'best')?.attemptId).toBe('a2')
  })

  it('best: on equal score, the shorter time', () => {
    const list = [att('a1', 9, 300, 1), att('a2', 9, 200, 2), att('a3', 9, 250, 3)]
    expect(pickCountingAttempt(list, 'best')?.attemptId).toBe('a2')
  })

  it('best: on equal score and time, the earlier submission', () => {
    const list = [att('a1', 9, 200, 5), att('a2', 9, 200, 2), att('a3', 9, 200, 3)]
    expect(pickCountingAttempt(list, 'best')?.attemptId).toBe('a2')
  })

  it('best: a complete tie is settled by attempt id, whatever the input order', () => {
    const list = [att('b', 9, 200, 2), att('a', 9, 200, 2), att('c', 9, 200, 2)]
    for (let i = 0; i < 10; i++) expect(pickCountingAttempt(shuffle(list, `o${i}`), 'best')?.attemptId).toBe('a')
  })

  it('first and last go by submission time, not by position in the list', () => {
    const list = [att('late', 10, 1, 9), att('early', 1, 1, 1), att('middle', 5, 1, 5)]
    expect(pickCountingAttempt(list, 'first')?.attemptId).toBe('early')
    expect(pickCountingAttempt(list, 'last')?.attemptId).toBe('late')
  })

  it('returns null for no attempts and keeps extra fields of the one picked', () => {
    expect(pickCountingAttempt([], 'best')).toBeNull()
    const picked = pickCountingAttempt([{ ...att('a', 1, 1, 1), prediction: 4321 }], 'last')
    expect(picked?.prediction).toBe(4321)
  })
})

describe('pickCountingAttempts', () => {
  it('picks one attempt per participant, ordered by participant id', () => {
    const list = [
      att('z1', 5, 10, 1, 'zoe'),
      att('a1', 3, 10, 1, 'an'),
      att('z2', 6, 10, 2, 'zoe'),
      att('a2', 3, 5, 2, 'an'),
      att('m1', 1, 1, 1, 'minh'),
    ]
    expect(pickCountingAttempts(list, 'best').map((a) => a.attemptId)).toEqual(['a2', 'm1', 'z2'])
    expect(pickCountingAttempts(list, 'first').map((a) => a.attemptId)).toEqual(['a1', 'm1', 'z1'])
    expect(pickCountingAttempts(shuffle(list, 'x'), 'last').map((a) => a.attemptId)).toEqual(['a2', 'm1', 'z2'])
  })
})
