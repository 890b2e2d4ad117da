import { describe, expect, it } from 'vitest'
import type { PersonalView } from '~/core/live/views'
import { mergeMe } from './merge-me'

const me = (over: Partial<PersonalView> = {}): PersonalView => ({
  playerId: 'p1',
  nickname: 'Lan',
  kicked: false,
  score: 0,
  streak: 0,
  correctCount: 0,
  rank: 1,
  prevRank: null,
  teamRank: null,
  answer: null,
  ...over,
})

describe('mergeMe', () => {
  it('keeps the answer to a newer question when an older result arrives late, and takes its score and rank', () => {
    const current = me({ score: 0, answer: { questionIndex: 3, optionIds: ['b'] } })
    const late = me({ score: 900, rank: 2, answer: { questionIndex: 2, optionIds: ['a'] } })
    expect(mergeMe(current, late)).toEqual({ ...late, answer: { questionIndex: 3, optionIds: ['b'] } })
    expect(mergeMe(current, me({ score: 900, answer: null })).answer).toEqual({ questionIndex: 3, optionIds: ['b'] })
  })

  it('takes the incoming view whole when it is as new or newer', () => {
    const current = me({ answer: { questionIndex: 2, optionIds: ['a'] } })
    const result = me({ score: 1000, answer: { questionIndex: 2, optionIds: ['a'] } })
    expect(mergeMe(current, result)).toBe(result)
    const next = me({ answer: { questionIndex: 3, optionIds: ['c'] } })
    expect(mergeMe(current, next)).toBe(next)
    expect(mergeMe(null, result)).toBe(result)
  })
})
