import { describe, expect, it } from 'vitest'
import { ackError, type Ack } from '~/core/live/contract'
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, retryTransient } from './retry-transient'

function replies(...acks: Ack<string>[]) {
  let sent = 0
  return {
    sent: () => sent,
    send: () => Promise.resolve(acks[Math.min(sent++, acks.length - 1)]),
  }
}

const noJitter = { random: () => 0.5 }

describe('retryTransient', () => {
  it('asks again after "server busy" until the game answers, waiting longer each time', async () => {
    const r = replies(ackError('server_busy'), ackError('rate_limited'), ackError('server_busy'), { data: 'view' })
    const waits: number[] = []
    const ack = await retryTransient(r.send, () => true, { ...noJitter, wait: async (ms) => void waits.push(ms) })
    expect(ack).toEqual({ data: 'view' })
    expect(r.sent()).toBe(4)
    expect(waits).toEqual(RETRY_DELAYS_MS.slice(0, 3))
  })

  it('takes a real refusal, or a server fault, at once', async () => {
    for (const code of ['forbidden', 'internal', 'identity_kicked'] as const) {
      const r = replies(ackError(code), { data: 'never' })
      const ack = await retryTransient(r.send, () => true, { wait: async () => {} })
      expect(ack).toMatchObject({ error: { code } })
      expect(r.sent()).toBe(1)
    }
  })

  it('gives up after MAX_ATTEMPTS with the refusal, so the page can say so', async () => {
    const r = replies(ackError('server_busy'))
    const waits: number[] = []
    const ack = await retryTransient(r.send, () => true, { ...noJitter, wait: async (ms) => void waits.push(ms) })
    expect(ack).toMatchObject({ error: { code: 'server_busy' } })
    expect(r.sent()).toBe(MAX_ATTEMPTS)
    expect(waits).toHaveLength(MAX_ATTEMPTS - 1)
    expect(waits.slice(3, 7)).toEqual([4000, 5000, 5000, 5000])
  })

  it('spreads the waits between half and one and a half of each step', async () => {
    const r = replies(ackError('server_busy'), ackError('server_busy'), { data: 'view' })
    const waits: number[] = []
    const randoms = [0, 0.999]
    await retryTransient(r.send, () => true, { random: () => randoms.shift()!, wait: async (ms) => void waits.push(ms) })
    expect(waits).toEqual([250, 1499])
  })

  it('answers null once its connection has gone, during a wait or while a request was out', async () => {
    let connected = true
    const r = replies(ackError('server_busy'))
    const during = await retryTransient(r.send, () => connected, {
      wait: async () => {
        connected = false
      },
    })
    expect(during).toBeNull()
    expect(r.sent()).toBe(1)

    connected = true
    const late = await retryTransient(
      () => {
        connected = false
        return Promise.resolve<Ack<string>>({ data: 'for the old connection' })
      },
      () => connected,
    )
    expect(late).toBeNull()
  })
})
