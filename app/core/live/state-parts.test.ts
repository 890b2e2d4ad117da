import { describe, expect, it } from 'vitest'
import { PLAIN_HOST_COMMAND_TYPES, type LiveCommand } from './commands'
import { apply, tick } from './game-machine'
import type { LiveGameState } from './game-state'
import type { LiveEventType } from './live-events'
import { eventsChangePlayers, joinStateParts, PLAYER_PART_KEYS, splitState } from './state-parts'
import { HOST, join, newGame, T0 } from './test-kit'

/** mulberry32: a seeded generator, so a failing game can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const playersJson = (s: LiveGameState) => JSON.stringify(splitState(s).players)

function randomCommand(s: LiveGameState, rnd: () => number, n: number): LiveCommand {
  const ids = Object.keys(s.players)
  const anyPlayer = () => ids[Math.floor(rnd() * ids.length)] ?? 'p1'
  const r = rnd()
  if (s.phase === 'paused' && r < 0.3) return { type: 'resume', by: HOST }
  if (r < 0.25) return { type: 'join', nickname: `Người chơi ${n}`, ...(rnd() < 0.3 ? { userId: `u${Math.floor(rnd() * 5)}` } : {}) }
  if (r < 0.6) {
    const q = s.questions[Math.max(0, s.questionIndex)]
    const pick = q.options.filter(() => rnd() < 0.4).map((o) => o.id)
    return { type: 'answer', playerId: anyPlayer(), questionIndex: s.questionIndex, optionIds: pick.length ? pick : [q.options[0].id] }
  }
  if (r < 0.65) return { type: 'kick', by: HOST, playerId: anyPlayer() }
  return { type: PLAIN_HOST_COMMAND_TYPES[Math.floor(rnd() * PLAIN_HOST_COMMAND_TYPES.length)], by: HOST } as LiveCommand
}

describe('state parts', () => {
  it('splits and joins back to an equal state', () => {
    const s = newGame()
    join(s, 'Trần Thị B', T0, { userId: 'u1' })
    const { head, players } = splitState(s)
    for (const key of PLAYER_PART_KEYS) expect(head).not.toHaveProperty(key)
    const back = joinStateParts(JSON.parse(JSON.stringify(head)), JSON.parse(JSON.stringify(players)))
    expect(back).toEqual(s)
  })

  it('refuses parts that are not objects', () => {
    expect(joinStateParts(null, {})).toBeNull()
    expect(joinStateParts({}, [])).toBeNull()
  })

  it('every event said to leave the players alone does, over many random games', () => {
    const seen = new Set<LiveEventType>()
    let changes = 0
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed)
      const s = newGame({ settings: { streakBonus: rnd() < 0.5, teamMode: false, autoCloseWhenAllAnswered: rnd() < 0.5 }, open: rnd() < 0.7 })
      let now = T0
      for (let step = 0; step < 120 && s.phase !== 'ended'; step++) {
        now += Math.floor(rnd() * 4000)
        const before = playersJson(s)
        const result = rnd() < 0.1 ? tick(s, now) : apply(s, randomCommand(s, rnd, step), now)
        if (!result.ok) {
          expect(playersJson(s), `seed ${seed} step ${step}: a refusal changed the players`).toBe(before)
          continue
        }
        for (const e of result.events) seen.add(e.type)
        if (playersJson(s) !== before) {
          changes++
          expect(eventsChangePlayers(result.events), `seed ${seed} step ${step}: ${result.events.map((e) => e.type).join(', ')}`).toBe(true)
        }
      }
    }
    // The games really went through every kind of event, and the players really changed.
    expect([...seen].sort()).toEqual(
      [
        'answer_accepted',
        'game_ended',
        'leaderboard_shown',
        'lobby_lock_changed',
        'lobby_opened',
        'player_joined',
        'player_kicked',
        'player_rejoined',
        'question_closed',
        'question_opened',
        'question_paused',
        'question_resumed',
        'question_voided',
        'timer_ended_early',
      ].sort(),
    )
    expect(changes).toBeGreaterThan(100)
  })

  it('counts closes, kicks, joins and unknown events as changes', () => {
    expect(eventsChangePlayers([{ type: 'question_opened', questionIndex: 0, openedAt: 0, deadline: 1 }])).toBe(false)
    expect(eventsChangePlayers([{ type: 'answer_accepted', playerId: 'p1', questionIndex: 0, answeredCount: 1 }])).toBe(false)
    expect(eventsChangePlayers([{ type: 'question_closed', questionIndex: 0, reason: 'host' }])).toBe(true)
    expect(eventsChangePlayers([{ type: 'player_kicked', playerId: 'p1', playerCount: 0 }])).toBe(true)
    expect(eventsChangePlayers([{ type: 'player_joined', playerId: 'p1', nickname: 'A', playerCount: 1 }])).toBe(true)
    expect(eventsChangePlayers([{ type: 'something_new' } as never])).toBe(true)
  })
})
