import { describe, expect, it } from 'vitest'
import { RATE_LIMIT_POLICIES } from '../stores/rate-limit-policies'
import { EventLimiter } from './event-limits'

describe('EventLimiter', () => {
  it('allows the policy\'s points per window, then refuses until the window ends', () => {
    let now = 1_000_000
    const limiter = new EventLimiter({ points: 3, durationSeconds: 1 }, () => now)
    expect([1, 2, 3, 4, 5].map(() => limiter.take('s1'))).toEqual([true, true, true, false, false])
    expect(limiter.take('s2')).toBe(true) // keys are independent
    now += 999
    expect(limiter.take('s1')).toBe(false)
    now += 1
    expect(limiter.take('s1')).toBe(true)
  })

  it('keeps refusing for the block time when the policy has one', () => {
    let now = 0
    const limiter = new EventLimiter({ points: 1, durationSeconds: 1, blockSeconds: 5 }, () => now)
    expect(limiter.take('ip')).toBe(true)
    expect(limiter.take('ip')).toBe(false)
    now += 2000
    expect(limiter.take('ip')).toBe(false)
    now += 3000
    expect(limiter.take('ip')).toBe(true)
  })

  it('uses the socket policies as they are configured (20 per socket, 200 per address, per second)', () => {
    let now = 0
    const perSocket = new EventLimiter(RATE_LIMIT_POLICIES.socketEventsPerSocket, () => now)
    const granted = Array.from({ length: 30 }, () => perSocket.take('socket')).filter(Boolean).length
    expect(granted).toBe(20)
    now += 1000
    expect(perSocket.take('socket')).toBe(true)
  })

  it('forgets old keys', () => {
    let now = 0
    const limiter = new EventLimiter({ points: 5, durationSeconds: 1 }, () => now)
    for (let i = 0; i < 100; i++) limiter.take(`ip${i}`)
    expect(limiter.size).toBe(100)
    now += 20_000
    limiter.take('fresh')
    expect(limiter.size).toBe(1)
  })
})
