import { afterEach, describe, expect, it } from 'vitest'
import type { LiveGameStore, LiveGameStoreOptions } from './live-game-store'

export interface LiveGameStoreFixture {
  /** Two handles on the same data; with Redis, two separate connections (as two processes would have). */
  a: LiveGameStore
  b: LiveGameStore
  cleanup(): Promise<void>
}

/** A save with both parts; BODY is what load() gives back for it. */
const BODY = { players: [] }
const full = (head: unknown, body: unknown = BODY) => ({ head, body })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The behaviour both implementations promise; run by live-game-store.test.ts against each. */
export function describeLiveGameStoreContract(
  name: string,
  factory: (options?: LiveGameStoreOptions) => Promise<LiveGameStoreFixture>,
) {
  describe(`LiveGameStore contract: ${name}`, () => {
    let fixtures: LiveGameStoreFixture[] = []
    const open = async (options?: LiveGameStoreOptions) => {
      const fixture = await factory(options)
      fixtures.push(fixture)
      return fixture
    }
    afterEach(async () => {
      await Promise.all(fixtures.map((f) => f.cleanup()))
      fixtures = []
    })

    it('creates with version 0 and bumps the version on each save', async () => {
      const { a } = await open()
      expect(await a.load('g1')).toBeNull()
      expect(await a.save('g1', full({ phase: 'lobby' }), 0)).toBe(true)
      expect(await a.load('g1')).toEqual({ head: { phase: 'lobby' }, body: BODY, version: 1 })
      expect(await a.save('g1', full({ phase: 'other' }), 0)).toBe(false)
      expect(await a.save('g1', full({ phase: 'question', title: 'Nghị quyết 66-NQ/TW' }), 1)).toBe(true)
      expect(await a.load('g1')).toEqual({ head: { phase: 'question', title: 'Nghị quyết 66-NQ/TW' }, body: BODY, version: 2 })
      expect(await a.save('g1', full({ phase: 'stale' }), 1)).toBe(false)
      expect(await a.save('g1', full({ phase: 'future' }), 7)).toBe(false)
      expect((await a.load('g1'))?.version).toBe(2)
    })

    it('keeps the stored body when a save leaves it out, and never starts a game without one', async () => {
      const { a, b } = await open()
      await expect(a.save('g1', { head: { phase: 'lobby' } }, 0)).rejects.toBeInstanceOf(TypeError)
      expect(await a.load('g1')).toBeNull()
      expect(await a.save('g1', { head: { phase: 'lobby' }, body: { players: ['Nguyễn Văn A'] } }, 0)).toBe(true)
      expect(await b.save('g1', { head: { phase: 'question' } }, 1)).toBe(true)
      expect(await a.load('g1')).toEqual({ head: { phase: 'question' }, body: { players: ['Nguyễn Văn A'] }, version: 2 })
      // A head-only save is still compare-and-set.
      expect(await a.save('g1', { head: { phase: 'stale' } }, 1)).toBe(false)
      expect(await a.save('g1', { head: { phase: 'reveal' }, body: { players: ['Nguyễn Văn A', 'Trần Thị B'] } }, 2)).toBe(true)
      expect(await b.load('g1')).toEqual({ head: { phase: 'reveal' }, body: { players: ['Nguyễn Văn A', 'Trần Thị B'] }, version: 3 })
      // A deleted game is new again: its first save needs the body once more.
      await a.delete('g1')
      await expect(a.save('g1', { head: { phase: 'lobby' } }, 0)).rejects.toBeInstanceOf(TypeError)
    })

    it('refuses a stale save from a second client (compare-and-set)', async () => {
      const { a, b } = await open()
      await a.save('g1', full({ n: 0 }), 0)
      const seenByA = await a.load('g1')
      const seenByB = await b.load('g1')
      expect(seenByA?.version).toBe(1)
      expect(seenByB?.version).toBe(1)
      expect(await a.save('g1', full({ n: 1, by: 'a' }), 1)).toBe(true)
      expect(await b.save('g1', full({ n: 1, by: 'b' }), 1)).toBe(false)
      const reloaded = await b.load('g1')
      expect(reloaded).toEqual({ head: { n: 1, by: 'a' }, body: BODY, version: 2 })
      expect(await b.save('g1', full({ n: 2, by: 'b' }), 2)).toBe(true)
      expect(await a.load('g1')).toEqual({ head: { n: 2, by: 'b' }, body: BODY, version: 3 })
    })

    it('lets exactly one of many concurrent saves with the same version win', async () => {
      const { a, b } = await open()
      await a.save('g1', full({ n: 0 }), 0)
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).save('g1', i % 3 ? { head: { writer: i } } : { head: { writer: i }, body: { writer: i } }, 1)),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
      const winner = results.indexOf(true)
      expect(await a.load('g1')).toEqual({ head: { writer: winner }, body: winner % 3 ? BODY : { writer: winner }, version: 2 })
    })

    it('stores a copy of the state and refuses what JSON cannot carry', async () => {
      const { a } = await open()
      const body = { players: [{ name: 'Nguyễn Văn A', score: 10 }] }
      await a.save('g1', { head: { phase: 'lobby' }, body }, 0)
      body.players[0].score = 999
      expect(await a.load('g1')).toEqual({ head: { phase: 'lobby' }, body: { players: [{ name: 'Nguyễn Văn A', score: 10 }] }, version: 1 })
      await expect(a.save('g1', full({ n: BigInt(1) }), 1)).rejects.toBeInstanceOf(TypeError)
      await expect(a.save('g1', { head: {}, body: { n: BigInt(1) } }, 1)).rejects.toBeInstanceOf(TypeError)
      await expect(a.save('g1', full(undefined), 1)).rejects.toBeInstanceOf(TypeError)
      await expect(a.save('g1', undefined as never, 1)).rejects.toBeInstanceOf(TypeError)
      await expect(a.save('g1', full({}), -1)).rejects.toBeInstanceOf(TypeError)
      await expect(a.save('g:1', full({}), 0)).rejects.toBeInstanceOf(TypeError)
      expect((await a.load('g1'))?.version).toBe(1)
    })

    it('lists active games and deletes a game with its answers and lease', async () => {
      const { a, b } = await open()
      expect(await a.listActive()).toEqual([])
      await a.save('g2', full({}), 0)
      await b.save('g1', full({}), 0)
      expect(await a.listActive()).toEqual(['g1', 'g2'])
      await a.appendAnswer('g1', 0, 'p1', { options: [1] })
      await a.appendAnswer('g1', 3, 'p1', { options: [2] })
      expect(await a.acquireLease('g1', 'proc-a', 10_000)).toBe(true)

      expect(await b.delete('g1')).toBe(true)
      expect(await b.delete('g1')).toBe(false)
      expect(await a.load('g1')).toBeNull()
      expect(await a.listActive()).toEqual(['g2'])
      expect(await a.countAnswers('g1', 0)).toBe(0)
      expect(await a.listAnswers('g1', 3)).toEqual(new Map())
      expect(await b.acquireLease('g1', 'proc-b', 10_000)).toBe(true)
      // A deleted game starts again from version 0.
      expect(await a.save('g1', full({ again: true }), 0)).toBe(true)
    })

    it('reserves, finds and releases PINs', async () => {
      const { a, b } = await open()
      expect(await a.findByPin('123456')).toBeNull()
      expect(await a.reservePin('123456', 'g1', 60)).toBe(true)
      expect(await b.reservePin('123456', 'g2', 60)).toBe(false)
      expect(await b.reservePin('123456', 'g1', 60)).toBe(true)
      expect(await b.findByPin('123456')).toBe('g1')
      expect(await b.releasePin('123456', 'g2')).toBe(false)
      expect(await b.findByPin('123456')).toBe('g1')
      expect(await b.releasePin('123456', 'g1')).toBe(true)
      expect(await a.findByPin('123456')).toBeNull()
      expect(await b.reservePin('123456', 'g2', 60)).toBe(true)
      expect(await a.releasePin('123456')).toBe(true)
      expect(await a.releasePin('123456')).toBe(false)
      await expect(a.reservePin('12 34', 'g1', 60)).rejects.toBeInstanceOf(TypeError)
      await expect(a.reservePin('1234', 'g1', 0)).rejects.toBeInstanceOf(TypeError)
    })

    it('lets a PIN expire', async () => {
      const { a, b } = await open()
      expect(await a.reservePin('777001', 'g1', 1)).toBe(true)
      await sleep(1200)
      expect(await b.findByPin('777001')).toBeNull()
      expect(await b.reservePin('777001', 'g2', 60)).toBe(true)
    })

    it('gives a game lease to one owner at a time', async () => {
      const { a, b } = await open()
      expect(await a.acquireLease('g1', 'proc-a', 5000)).toBe(true)
      expect(await b.acquireLease('g1', 'proc-b', 5000)).toBe(false)
      expect(await a.acquireLease('g1', 'proc-a', 5000)).toBe(true)
      expect(await b.renewLease('g1', 'proc-b', 5000)).toBe(false)
      expect(await a.renewLease('g1', 'proc-a', 5000)).toBe(true)
      expect(await b.releaseLease('g1', 'proc-b')).toBe(false)
      expect(await b.acquireLease('g1', 'proc-b', 5000)).toBe(false)
      expect(await a.releaseLease('g1', 'proc-a')).toBe(true)
      expect(await a.renewLease('g1', 'proc-a', 5000)).toBe(false)
      expect(await b.acquireLease('g1', 'proc-b', 5000)).toBe(true)
      // Leases of different games are independent.
      expect(await a.acquireLease('g2', 'proc-a', 5000)).toBe(true)

      const racers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).acquireLease('g3', `proc-${i}`, 5000)),
      )
      expect(racers.filter(Boolean)).toHaveLength(1)
    })

    it('tells who holds a lease, and nobody once it is released or expired', async () => {
      const { a, b } = await open()
      expect(await b.leaseOwner('g1')).toBeNull()
      expect(await a.acquireLease('g1', 'proc-a', 300)).toBe(true)
      expect(await b.leaseOwner('g1')).toBe('proc-a')
      expect(await b.leaseOwner('g2')).toBeNull()
      expect(await a.releaseLease('g1', 'proc-a')).toBe(true)
      expect(await b.leaseOwner('g1')).toBeNull()
      expect(await b.acquireLease('g1', 'proc-b', 200)).toBe(true)
      expect(await a.leaseOwner('g1')).toBe('proc-b')
      await sleep(300)
      expect(await a.leaseOwner('g1')).toBeNull()
    })

    it('hands an expired lease to another owner, and the old owner notices on renew', async () => {
      const { a, b } = await open()
      expect(await a.acquireLease('g1', 'proc-a', 200)).toBe(true)
      expect(await a.renewLease('g1', 'proc-a', 300)).toBe(true)
      await sleep(150)
      // Still held: the renewal moved the deadline.
      expect(await b.acquireLease('g1', 'proc-b', 5000)).toBe(false)
      await sleep(250)
      expect(await b.acquireLease('g1', 'proc-b', 5000)).toBe(true)
      expect(await a.renewLease('g1', 'proc-a', 5000)).toBe(false)
      expect(await a.releaseLease('g1', 'proc-a')).toBe(false)
    })

    it('keeps the first answer per player and question, across two clients', async () => {
      const { a, b } = await open()
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).appendAnswer('g1', 2, 'p1', { choice: i })),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
      const winner = results.indexOf(true)
      expect(await b.listAnswers('g1', 2)).toEqual(new Map([['p1', { choice: winner }]]))

      expect(await a.appendAnswer('g1', 2, 'p2', { choice: 1, text: 'Đúng' })).toBe(true)
      expect(await b.appendAnswer('g1', 3, 'p1', { choice: 0 })).toBe(true)
      expect(await a.appendAnswer('g1', 2, 'p2', { choice: 2 })).toBe(false)
      expect(await a.countAnswers('g1', 2)).toBe(2)
      expect(await a.listAnswers('g1', 2)).toEqual(
        new Map<string, unknown>([
          ['p1', { choice: winner }],
          ['p2', { choice: 1, text: 'Đúng' }],
        ]),
      )
      expect(await a.listAnswers('g1', 3)).toEqual(new Map([['p1', { choice: 0 }]]))
      expect(await a.listAnswers('g2', 2)).toEqual(new Map())

      await b.clearAnswers('g1', 2)
      expect(await a.countAnswers('g1', 2)).toBe(0)
      expect(await a.countAnswers('g1', 3)).toBe(1)
      expect(await a.appendAnswer('g1', 2, 'p1', { choice: 9 })).toBe(true)
      await expect(a.appendAnswer('g1', -1, 'p1', {})).rejects.toBeInstanceOf(TypeError)
      await expect(a.appendAnswer('g1', 0, '', {})).rejects.toBeInstanceOf(TypeError)
      await expect(a.appendAnswer('g1', 0, 'p1', 'x'.repeat(20_000))).rejects.toBeInstanceOf(RangeError)
    })

    it('appends many answers in one write, first one per player winning, across two clients', async () => {
      const { a, b } = await open()
      expect(await a.appendAnswer('g1', 4, 'p2', { o: 'early' })).toBe(true)
      expect(
        await b.appendAnswers('g1', 4, [
          ['p1', { o: 'a' }],
          ['p2', { o: 'late' }],
          ['p3', { o: 'c' }],
          ['p1', { o: 'again' }],
        ]),
      ).toEqual([true, false, true, false])
      expect(await a.listAnswers('g1', 4)).toEqual(
        new Map<string, unknown>([
          ['p2', { o: 'early' }],
          ['p1', { o: 'a' }],
          ['p3', { o: 'c' }],
        ]),
      )
      expect(await a.appendAnswers('g1', 4, [])).toEqual([])
      await expect(a.appendAnswers('g1', 4, [['p9', { o: 1 }], ['', { o: 2 }]])).rejects.toBeInstanceOf(TypeError)
      expect((await a.listAnswers('g1', 4)).has('p9')).toBe(false)
      // Deleting the game removes batched answers too.
      await a.save('g1', full({}), 0)
      await b.delete('g1')
      expect(await a.countAnswers('g1', 4)).toBe(0)
    })

    it("removes one player's answer and lets nothing else change", async () => {
      const { a, b } = await open()
      await a.appendAnswer('g1', 1, 'p1', { o: ['a'] })
      await a.appendAnswer('g1', 1, 'p2', { o: ['b'] })
      await a.appendAnswer('g1', 2, 'p1', { o: ['c'] })
      expect(await b.removeAnswer('g1', 1, 'p1')).toBe(true)
      expect(await b.removeAnswer('g1', 1, 'p1')).toBe(false)
      expect(await b.removeAnswer('g1', 7, 'p1')).toBe(false)
      expect(await a.listAnswers('g1', 1)).toEqual(new Map([['p2', { o: ['b'] }]]))
      expect(await a.listAnswers('g1', 2)).toEqual(new Map([['p1', { o: ['c'] }]]))
      await expect(a.removeAnswer('g1', 1, '')).rejects.toBeInstanceOf(TypeError)
    })

    it('keeps unusual player ids as they are', async () => {
      const { a } = await open()
      const ids = ['__proto__', 'constructor', 'user:42', 'Trần Thị B']
      for (const id of ids) expect(await a.appendAnswer('g1', 0, id, { id })).toBe(true)
      const answers = await a.listAnswers('g1', 0)
      expect([...answers.keys()].sort()).toEqual([...ids].sort())
      expect(answers.get('__proto__')).toEqual({ id: '__proto__' })
    })

    it('holds a 10,000-player state and 10,000 answers', async () => {
      const { a, b } = await open()
      const players = Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, nickname: `Người chơi ${i}`, score: i * 7, rank: i + 1 }))
      expect(await a.save('big', { head: { phase: 'lobby' }, body: { players } }, 0)).toBe(true)
      const loaded = await b.load('big')
      expect(loaded?.body).toEqual({ players })

      const appended = await Promise.all(players.map((p, i) => (i % 2 ? a : b).appendAnswer('big', 0, p.id, { o: [i % 4], t: i })))
      expect(appended.every(Boolean)).toBe(true)
      const answers = await a.listAnswers('big', 0)
      expect(answers.size).toBe(10_000)
      expect(answers.get('p4321')).toEqual({ o: [1], t: 4321 })
    })

    it('forgets state, answers and the active entry after the state TTL', async () => {
      const { a } = await open({ stateTtlSeconds: 1 })
      await a.save('g1', full({ n: 1 }), 0)
      await a.appendAnswer('g1', 0, 'p1', { o: 1 })
      expect(await a.listActive()).toEqual(['g1'])
      await sleep(1200)
      expect(await a.load('g1')).toBeNull()
      expect(await a.listActive()).toEqual([])
      expect(await a.countAnswers('g1', 0)).toBe(0)
      expect(await a.save('g1', full({ n: 2 }), 0)).toBe(true)
    })
  })
}
