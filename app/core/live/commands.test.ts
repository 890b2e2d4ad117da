import { describe, expect, it } from 'vitest'
import { answerPayloadSchema, hostCommandPayloadSchema, joinPayloadSchema } from './commands'

describe('client payload schemas', () => {
  it('answer: an index and at most 6 short option ids', () => {
    expect(answerPayloadSchema.parse({ questionIndex: 2, optionIds: ['a', 'c'] })).toEqual({ questionIndex: 2, optionIds: ['a', 'c'] })
    expect(answerPayloadSchema.safeParse({ questionIndex: -1, optionIds: ['a'] }).success).toBe(false)
    expect(answerPayloadSchema.safeParse({ questionIndex: 1.5, optionIds: ['a'] }).success).toBe(false)
    expect(answerPayloadSchema.safeParse({ questionIndex: 0, optionIds: Array(7).fill('a') }).success).toBe(false)
    expect(answerPayloadSchema.safeParse({ questionIndex: 0, optionIds: ['x'.repeat(9)] }).success).toBe(false)
    expect(answerPayloadSchema.safeParse({ questionIndex: 0, optionIds: 'a' }).success).toBe(false)
  })

  it('join: a 6-digit PIN and a nickname', () => {
    expect(joinPayloadSchema.safeParse({ pin: '482915', nickname: 'An' }).success).toBe(true)
    expect(joinPayloadSchema.safeParse({ pin: '48291', nickname: 'An' }).success).toBe(false)
    expect(joinPayloadSchema.safeParse({ pin: '482915' }).success).toBe(false)
  })

  it('host: known command types only; kick needs a player id', () => {
    expect(hostCommandPayloadSchema.parse({ type: 'next', expectedStep: 4 })).toEqual({ type: 'next', expectedStep: 4 })
    expect(hostCommandPayloadSchema.parse({ type: 'kick', playerId: 'p3' })).toEqual({ type: 'kick', playerId: 'p3' })
    expect(hostCommandPayloadSchema.safeParse({ type: 'kick' }).success).toBe(false)
    expect(hostCommandPayloadSchema.safeParse({ type: 'answer' }).success).toBe(false)
    // `by` is the runner's to set: a client cannot smuggle it in.
    expect(hostCommandPayloadSchema.parse({ type: 'end', by: 'host-user' })).toEqual({ type: 'end' })
  })
})
