import { describe, expect, it } from 'vitest'
import { provisionalPosition, provisionalRank, type RankEntry, rankParticipants } from './rank-participants'
import { createSeededRandom } from './seeded-random'
import { shuffle } from './select-questions'

const T = Date.parse('2025-11-16T16:59:00Z')

const e = (participantId: string, o: Partial<RankEntry> = {}): RankEntry => ({
  participantId,
  score: 10,
  prediction: null,
  allCorrect: true,
  timeTakenMs: 100_000,
  submittedAt: T,
  ...o,
})

const order = (entries: RankEntry[]) => rankParticipants(entries).ranking.map((r) => r.entry.participantId)

describe('rankParticipants', () => {
  it('puts the higher score first, before every other key', () => {
    expect(order([e('low', { score: 8, prediction: 2, timeTakenMs: 1 }), e('high', { score: 9, allCorrect: false })])).toEqual([
      'high',
      'low',
    ])
  })

  it('then the prediction closest to the number of people with every answer right', () => {
    // 3 of the 4 have allCorrect, so actual = 3.
    const entries = [
      e('far', { prediction: 10 }),
      e('exact', { prediction: 3, timeTakenMs: 999_999 }),
      e('near-above', { prediction: 4 }),
      e('wrong-answers', { score: 5, allCorrect: false, prediction: 3 }),
    ]
    const r = rankParticipants(entries)
    expect(r.actualAllCorrect).toBe(3)
    expect(r.ranking.map((x) => [x.entry.participantId, x.rank, x.predictionError])).toEqual([
      ['exact', 1, 0],
      ['near-above', 2, 1],
      ['far', 3, 7],
      ['wrong-answers', 4, 0],
    ])
  })

  it('treats over- and under-estimates by the same distance alike, then goes by time', () => {
    const entries = [e('a', { prediction: 6, timeTakenMs: 200 }), e('b', { prediction: 0, timeTakenMs: 100 }), e('c', { prediction: 3 })]
    // actual = 3: a and b are both 3 away; c is exact.
    expect(order(entries)).toEqual(['c', 'b', 'a'])
  })

  it('ranks a missing or unusable prediction after any given one', () => {
    const entries = [
      e('none', { prediction: null, timeTakenMs: 1 }),
      e('undefined', { prediction: undefined, timeTakenMs: 2 }),
      e('negative', { prediction: -1, timeTakenMs: 3 }),
      e('fraction', { prediction: 2.5, timeTakenMs: 4 }),
      e('way-off', { prediction: 1_000_000, timeTakenMs: 999_999 }),
    ]
    const r = rankParticipants(entries)
    expect(r.ranking.map((x) => x.entry.participantId)).toEqual(['way-off', 'none', 'undefined', 'negative', 'fraction'])
    expect(r.ranking.slice(1).every((x) => x.predictionError === null)).toBe(true)
  })

  it('then the shorter time, then the earlier submission, then the participant id', () => {
    const entries = [
      e('slow', { timeTakenMs: 300 }),
      e('late', { timeTakenMs: 200, submittedAt: T + 1 }),
      e('b-early', { timeTakenMs: 200, submittedAt: new Date(T) }),
      e('a-early', { timeTakenMs: 200, submittedAt: T }),
    ]
    expect(order(entries)).toEqual(['a-early', 'b-early', 'late', 'slow'])
  })

  it('gives distinct ranks 1..n and the same result whatever the input order', () => {
    const entries = Array.from({ length: 40 }, (_, i) => e(`p${i}`, { score: i % 3, timeTakenMs: (i * 7) % 5, prediction: i % 4 }))
    const base = rankParticipants(entries)
    expect(base.ranking.map((r) => r.rank)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    for (let k = 0; k < 5; k++) expect(rankParticipants(shuffle(entries, `k${k}`))).toEqual(base)
  })

  it('refuses two counted results for one participant', () => {
    expect(() => rankParticipants([e('x'), e('x', { score: 1 })])).toThrow('hơn một kết quả')
  })

  it('refuses non-numeric scores and times', () => {
    expect(() => rankParticipants([e('x', { score: Number.NaN })])).toThrow(RangeError)
    expect(() => rankParticipants([e('x', { timeTakenMs: Number.POSITIVE_INFINITY })])).toThrow(RangeError)
  })

  it('handles an empty round', () => {
    expect(rankParticipants([])).toEqual({ actualAllCorrect: 0, ranking: [] })
  })

  it('agrees with a straightforward reference implementation on random data', () => {
    const rnd = createSeededRandom('reference')
    const entries = Array.from({ length: 2000 }, (_, i) =>
      e(`u${rnd.int(0, 1e9)}-${i}`, {
        score: rnd.int(5, 10),
        allCorrect: rnd.int(0, 1) === 1,
        prediction: rnd.int(0, 4) === 0 ? null : rnd.int(900, 1100),
        timeTakenMs: rnd.int(1, 50) * 1000,
        submittedAt: T + rnd.int(0, 20) * 1000,
      }),
    )
    const actual = entries.filter((x) => x.allCorrect).length
    const key = (x: RankEntry) => [
      -x.score,
      x.prediction === null || x.prediction === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(x.prediction - actual),
      x.timeTakenMs,
      Number(x.submittedAt),
    ]
    const expected = [...entries]
      .sort((a, b) => {
        const ka = key(a)
        const kb = key(b)
        for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i]
        return a.participantId < b.participantId ? -1 : 1
      })
      .map((x) => x.participantId)
    expect(order(entries)).toEqual(expected)
  })
})

describe('provisionalRank', () => {
  it('ignores predictions while the round is open', () => {
    const entries = [e('exact', { prediction: 2, timeTakenMs: 500 }), e('fast', { prediction: null, timeTakenMs: 100 })]
    expect(provisionalRank(entries).map((r) => [r.entry.participantId, r.rank, r.predictionError])).toEqual([
      ['fast', 1, null],
      ['exact', 2, null],
    ])
  })

  it('needs no prediction or allCorrect field', () => {
    const r = provisionalRank([{ participantId: 'a', score: 3, timeTakenMs: 5, submittedAt: T }])
    expect(r[0].rank).toBe(1)
  })
})

describe('provisionalPosition', () => {
  it('matches the position in the full provisional ranking for every participant', () => {
    const rnd = createSeededRandom('position')
    const entries = Array.from({ length: 300 }, (_, i) =>
      e(`p${String(i).padStart(3, '0')}`, { score: rnd.int(0, 5), timeTakenMs: rnd.int(0, 10), submittedAt: T + rnd.int(0, 3) }),
    )
    const ranks = new Map(provisionalRank(entries).map((r) => [r.entry.participantId, r.rank]))
    for (const x of entries) expect(provisionalPosition(entries, x)).toBe(ranks.get(x.participantId))
  })

  it('works for a newcomer not yet in the list', () => {
    const entries = [e('a', { score: 9 }), e('b', { score: 7 }), e('c', { score: 5 })]
    expect(provisionalPosition(entries, e('new', { score: 8 }))).toBe(2)
    expect(provisionalPosition(entries, e('new', { score: 10 }))).toBe(1)
    expect(provisionalPosition([], e('new'))).toBe(1)
  })
})
