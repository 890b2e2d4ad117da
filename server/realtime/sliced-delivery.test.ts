import { describe, expect, it } from 'vitest'
import { SlicedDelivery } from './sliced-delivery'

function stepped(slice: number) {
  const turns: (() => void)[] = []
  const errors: unknown[] = []
  const delivery = new SlicedDelivery({
    slice,
    onError: (e) => errors.push(e),
    nextTurn: (run) => turns.push(run),
  })
  const nextTurn = () => turns.shift()?.()
  return { delivery, turns, errors, nextTurn }
}

describe('SlicedDelivery', () => {
  it('writes the first slice at once and the rest one slice per turn', () => {
    const { delivery, turns, nextTurn } = stepped(4)
    const written: [number, number][] = []
    delivery.push(10, (from, to) => written.push([from, to]))
    expect(written).toEqual([[0, 4]])
    expect(delivery.backlog).toBe(6)
    nextTurn()
    expect(written).toEqual([
      [0, 4],
      [4, 8],
    ])
    nextTurn()
    expect(written).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ])
    expect(turns).toHaveLength(0)
    expect(delivery.backlog).toBe(0)
  })

  it('keeps jobs in order and fills a turn across the end of one job and the start of the next', () => {
    const { delivery, nextTurn } = stepped(4)
    const log: string[] = []
    delivery.push(6, (from, to) => log.push(`state ${from}-${to}`))
    delivery.push(5, (from, to) => log.push(`me ${from}-${to}`))
    expect(log).toEqual(['state 0-4'])
    nextTurn()
    expect(log).toEqual(['state 0-4', 'state 4-6', 'me 0-2'])
    nextTurn()
    nextTurn()
    expect(log).toEqual(['state 0-4', 'state 4-6', 'me 0-2', 'me 2-5'])
  })

  it('waits its turn when a job is queued while another is being written', () => {
    const { delivery, nextTurn } = stepped(3)
    const log: string[] = []
    delivery.push(4, (from, to) => log.push(`a ${from}-${to}`))
    delivery.push(1, (from, to) => log.push(`b ${from}-${to}`))
    expect(log).toEqual(['a 0-3'])
    nextTurn()
    expect(log).toEqual(['a 0-3', 'a 3-4', 'b 0-1'])
  })

  it('reports a failing write and goes on with the rest', () => {
    const { delivery, errors, nextTurn } = stepped(2)
    const log: string[] = []
    delivery.push(4, (from) => {
      if (from === 0) throw new Error('socket gone')
      log.push(`a ${from}`)
    })
    nextTurn()
    expect(errors).toHaveLength(1)
    expect(log).toEqual(['a 2'])
  })

  it('ignores empty jobs', () => {
    const { delivery, turns } = stepped(2)
    delivery.push(0, () => {
      throw new Error('never called')
    })
    expect(turns).toHaveLength(0)
  })
})
