import { describe, expect, it } from 'vitest'
import { ackError, type Ack } from '~/core/live/contract'
import { RETRY_DELAYS_MS, retryTransient } from './retry-transient'

function replies(...acks: Ack<string>[]) {
  const sent: number[] = []
  let i = 0
  return {
    sent,
    send: () => {
      sent.push(i)
      return Promise.resolve(acks[Math.min(i++, acks.length - 1)])
    },
  }
}

describe('retryTransient', () => {
  it('asks again after "server busy" until the game answers, waiting longer each time', async () => {
    const r = replies(ackError('server_busy'), ackError('internal'), ackError('rate_limited'), { data: 'view' })
    const waits: number[] = []
    const retried: string[] = []
    const ack = await retryTransient(
      r.send,
      () => true,
      async (ms) => void waits.push(ms),
      (a) => retried.push('error' in a ? a.error.code : 'ok'),
    )
    expect(ack).toEqual({ data: 'view' })
    expect(r.sent).toHaveLength(4)
    expect(waits).toEqual(RETRY_DELAYS_MS.slice(0, 3))
    expect(retried).toEqual(['server_busy', 'internal', 'rate_limited'])
  })

  it('takes a real refusal at once', async () => {
    const r = replies(ackError('forbidden'), { data: 'never' })
    const ack = await retryTransient(r.send, () => true, async () => {})
    expect(ack).toMatchObject({ error: { code: 'forbidden' } })
    expect(r.sent).toHaveLength(1)
  })

  it('stops when the connection it was for has gone, and keeps the longest wait after five tries', async () => {
    const r = replies(ackError('server_busy'))
    const waits: number[] = []
    let connected = true
    const ack = await retryTransient(
      r.send,
      () => connected,
      async (ms) => {
        waits.push(ms)
        if (waits.length === 8) connected = false
      },
    )
    expect(ack).toMatchObject({ error: { code: 'server_busy' } })
    expect(r.sent).toHaveLength(8)
    expect(waits).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000, 5000])
  })
})
