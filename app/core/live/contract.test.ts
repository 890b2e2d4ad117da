import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import {
  ackError,
  answerRequestSchema,
  hostCommandRequestSchema,
  hostViewSchema,
  joinRequestSchema,
  LIVE_CLIENT_EVENT_NAMES,
  LIVE_CLIENT_SCHEMAS,
  type personalViewSchema,
  playerViewSchema,
  projectorViewSchema,
  publicViewSchema,
} from './contract'
import { apply } from './game-machine'
import { answer, correctId, host, join, newGame, ok, T0 } from './test-kit'
import { hostView, playerView, projectorView, publicView, type HostView, type PersonalView, type PlayerView, type ProjectorView, type PublicView } from './views'

describe('live contract', () => {
  it('has a schema for every client event, all named live:…', () => {
    expect(Object.keys(LIVE_CLIENT_SCHEMAS).sort()).toEqual([...LIVE_CLIENT_EVENT_NAMES].sort())
    for (const name of LIVE_CLIENT_EVENT_NAMES) expect(name).toMatch(/^live:[a-z:]+$/)
  })

  it('refuses unknown keys: an answer naming a player is a forgery', () => {
    expect(answerRequestSchema.safeParse({ questionIndex: 0, optionIds: ['a'] }).success).toBe(true)
    expect(answerRequestSchema.safeParse({ questionIndex: 0, optionIds: ['a'], playerId: 'p2' }).success).toBe(false)
    expect(joinRequestSchema.safeParse({ pin: '482915', nickname: 'An', userId: 'someone' }).success).toBe(false)
    expect(hostCommandRequestSchema.safeParse({ gameId: 'g', command: { type: 'next', by: 'other-host' } }).success).toBe(false)
  })

  it('refuses malformed payloads with a Vietnamese message', () => {
    const bad = joinRequestSchema.safeParse({ pin: '12ab56', nickname: 'An' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0].message).toBe('Mã PIN phải gồm 6 chữ số')
    expect(answerRequestSchema.safeParse({ questionIndex: -1, optionIds: ['a'] }).success).toBe(false)
    expect(answerRequestSchema.safeParse({ questionIndex: 0, optionIds: 'a' }).success).toBe(false)
    expect(hostCommandRequestSchema.safeParse({ gameId: 'g:1', command: { type: 'next' } }).success).toBe(false)
    expect(hostCommandRequestSchema.safeParse({ gameId: 'g', command: { type: 'explode' } }).success).toBe(false)
  })

  it('gives every error code a message', () => {
    expect(ackError('rate_limited').error.message).toMatch(/quá nhanh/)
    expect(ackError('too_late').error.message).toMatch(/hết thời gian/)
    expect(ackError('internal', 'Chi tiết').error).toEqual({ code: 'internal', message: 'Chi tiết' })
  })

  it('describes exactly what the views send, in every phase', () => {
    const s = newGame()
    const a = join(s, 'Ánh')
    join(s, 'Bình')
    const check = () => {
      // Parsing strips keys a schema does not know: equality proves nothing is sent that the contract leaves out.
      expect(publicViewSchema.parse(publicView(s))).toEqual(publicView(s))
      expect(playerViewSchema.parse(playerView(s, a))).toEqual(playerView(s, a))
      expect(projectorViewSchema.parse(projectorView(s))).toEqual(projectorView(s))
      expect(hostViewSchema.parse(hostView(s))).toEqual(hostView(s))
    }
    check()
    ok(apply(s, host('start'), T0 + 1000))
    check()
    ok(answer(s, a, [correctId(s)], T0 + 2000))
    check()
    ok(apply(s, host('next'), T0 + 3000))
    check()
    ok(apply(s, host('next'), T0 + 4000))
    check()
    ok(apply(s, host('end'), T0 + 5000))
    check()
  })

  it('types the schemas like the views', () => {
    expectTypeOf<z.infer<typeof publicViewSchema>>().toEqualTypeOf<PublicView>()
    expectTypeOf<z.infer<typeof personalViewSchema>>().toEqualTypeOf<PersonalView>()
    expectTypeOf<z.infer<typeof playerViewSchema>>().toEqualTypeOf<PlayerView>()
    expectTypeOf<z.infer<typeof projectorViewSchema>>().toEqualTypeOf<ProjectorView>()
    expectTypeOf<z.infer<typeof hostViewSchema>>().toEqualTypeOf<HostView>()
  })
})
