import { describe, expect, it } from 'vitest'
import { rankUnits, type UnitParticipant } from './group-prizes'
import { shuffle } from './select-questions'

const people = (unitId: string | null, n: number, prefix = unitId ?? 'none'): UnitParticipant[] =>
  Array.from({ length: n }, (_, i) => ({ participantId: `${prefix}-${i}`, unitId }))

describe('rankUnits', () => {
  const units = [
    { unitId: 'phuong-ba-dinh', headcount: 100 },
    { unitId: 'phuong-hoan-kiem', headcount: 20 },
    { unitId: 'xa-soc-son', headcount: 0 },
    { unitId: 'so-tu-phap', headcount: null },
    { unitId: 'xa-khong-ai', headcount: 50 },
  ]
  const participants = [
    ...people('phuong-ba-dinh', 30),
    ...people('phuong-hoan-kiem', 12),
    ...people('xa-soc-son', 12),
    ...people('so-tu-phap', 40),
    ...people(null, 7),
  ]

  it('ranks by distinct participants, ties sharing a rank in id order, empty units last', () => {
    const r = rankUnits(participants, units)
    expect(r.byParticipants).toEqual([
      { unitId: 'so-tu-phap', participants: 40, rank: 1 },
      { unitId: 'phuong-ba-dinh', participants: 30, rank: 2 },
      { unitId: 'phuong-hoan-kiem', participants: 12, rank: 3 },
      { unitId: 'xa-soc-son', participants: 12, rank: 3 },
      { unitId: 'xa-khong-ai', participants: 0, rank: 5 },
    ])
  })

  it('ranks by participation rate only units with a headcount above zero', () => {
    const r = rankUnits(participants, units)
    expect(r.byRate.map((u) => [u.unitId, u.participants, u.headcount, u.rate, u.rank])).toEqual([
      ['phuong-hoan-kiem', 12, 20, 0.6, 1],
      ['phuong-ba-dinh', 30, 100, 0.3, 2],
      ['xa-khong-ai', 0, 50, 0, 3],
    ])
  })

  it('treats equal fractions as a tie and orders the tie by size, then id', () => {
    const r = rankUnits(
      [...people('a', 1), ...people('b', 2), ...people('c', 2), ...people('d', 3)],
      [
        { unitId: 'a', headcount: 3 },
        { unitId: 'b', headcount: 6 },
        { unitId: 'c', headcount: 6 },
        { unitId: 'd', headcount: 4 },
      ],
    )
    expect(r.byRate.map((u) => [u.unitId, u.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['c', 2],
      ['a', 2],
    ])
  })

  it('counts a person once, in the first unit given', () => {
    const r = rankUnits(
      [
        { participantId: 'x', unitId: 'a' },
        { participantId: 'x', unitId: 'a' },
        { participantId: 'x', unitId: 'b' },
      ],
      [{ unitId: 'a' }, { unitId: 'b' }],
    )
    expect(r.byParticipants.map((u) => [u.unitId, u.participants])).toEqual([
      ['a', 1],
      ['b', 0],
    ])
  })

  it('includes units that are not in the unit list', () => {
    const r = rankUnits(people('unlisted', 2), [])
    expect(r.byParticipants).toEqual([{ unitId: 'unlisted', participants: 2, rank: 1 }])
    expect(r.byRate).toEqual([])
  })

  it('does not depend on input order', () => {
    const base = rankUnits(participants, units)
    expect(rankUnits(shuffle(participants, 'p'), shuffle(units, 'u'))).toEqual(base)
  })

  it('refuses a unit listed twice or a bad headcount', () => {
    expect(() => rankUnits([], [{ unitId: 'a' }, { unitId: 'a' }])).toThrow('hai lần')
    expect(() => rankUnits([], [{ unitId: 'a', headcount: -3 }])).toThrow(RangeError)
    expect(() => rankUnits([], [{ unitId: 'a', headcount: 2.5 }])).toThrow(RangeError)
  })
})
