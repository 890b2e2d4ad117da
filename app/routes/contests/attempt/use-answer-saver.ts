import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Saves each answer as soon as it is chosen, one request per question in
 * flight at a time (the latest choice always wins, and an older request can
 * never overwrite a newer answer). Network failures and server errors are
 * retried with back-off and again when the browser comes back online;
 * refusals (4xx) are shown with the server's message and not retried, since
 * sending the same thing again cannot help.
 *
 * Plain fetch rather than useFetcher: a fetcher's network error is thrown to
 * the route's error boundary, which would unmount the attempt on a dropped
 * connection, exactly when the participant most needs it to stay.
 */

export type SaveStatus = 'saving' | 'saved' | 'error'
export type SaveState = { status: SaveStatus; message?: string; retryable?: boolean }
export type Refusal = { code: string; message: string }

type Slot = { body: URLSearchParams; inFlight: boolean; dirty: boolean; failures: number; timer?: ReturnType<typeof setTimeout> }

const MAX_BACKOFF_MS = 15_000

export function useAnswerSaver({ endpoint, onClosed }: { endpoint: string; onClosed: (refusal: Refusal) => void }) {
  const [states, setStates] = useState<Record<string, SaveState>>({})
  const slots = useRef(new Map<string, Slot>())
  const waiters = useRef<(() => void)[]>([])
  const closedRef = useRef(onClosed)
  closedRef.current = onClosed

  const setState = (key: string, state: SaveState) => setStates((s) => ({ ...s, [key]: state }))

  const settleWaiters = useCallback(() => {
    const busy = [...slots.current.values()].some((s) => s.inFlight || s.dirty)
    if (!busy) {
      for (const w of waiters.current.splice(0)) w()
    }
  }, [])

  const send = useCallback(
    async (key: string) => {
      const slot = slots.current.get(key)
      if (!slot || slot.inFlight) return
      clearTimeout(slot.timer)
      slot.inFlight = true
      slot.dirty = false
      const body = slot.body
      setState(key, { status: 'saving' })
      let retry = false
      try {
        const res = await fetch(endpoint, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        const json = (await res.json().catch(() => null)) as { ok?: boolean; code?: string; message?: string } | null
        if (res.ok && json?.ok) {
          slot.failures = 0
          if (!slot.dirty) setState(key, { status: 'saved' })
        } else if (res.status >= 500 || !json) {
          retry = true
          setState(key, { status: 'error', message: json?.message, retryable: true })
        } else {
          const refusal = { code: json.code ?? 'refused', message: json.message ?? 'Câu trả lời không được lưu.' }
          setState(key, { status: 'error', message: refusal.message, retryable: false })
          if (refusal.code === 'expired' || refusal.code === 'closed') closedRef.current(refusal)
        }
      } catch {
        retry = true
        setState(key, { status: 'error', retryable: true })
      } finally {
        slot.inFlight = false
      }
      if (slot.dirty) {
        void send(key)
      } else if (retry) {
        slot.failures++
        slot.dirty = true
        slot.timer = setTimeout(() => void send(key), Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (slot.failures - 1)))
      }
      settleWaiters()
    },
    [endpoint, settleWaiters],
  )

  const save = useCallback(
    (key: string, body: URLSearchParams) => {
      const slot = slots.current.get(key) ?? { body, inFlight: false, dirty: false, failures: 0 }
      slot.body = body
      slot.dirty = true
      slots.current.set(key, slot)
      if (!slot.inFlight) void send(key)
      else setState(key, { status: 'saving' })
    },
    [send],
  )

  const retry = useCallback(
    (key?: string) => {
      for (const [k, slot] of slots.current) {
        if (key !== undefined && k !== key) continue
        if (slot.dirty && !slot.inFlight) {
          slot.failures = 0
          void send(k)
        }
      }
    },
    [send],
  )

  /** Resolves when every answer is saved or has failed for good, or after `timeoutMs`. */
  const flush = useCallback((timeoutMs: number) => {
    const busy = [...slots.current.values()].some((s) => s.inFlight || (s.dirty && s.failures === 0))
    if (!busy) return Promise.resolve()
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs)
      waiters.current.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }, [])

  useEffect(() => {
    const online = () => retry()
    window.addEventListener('online', online)
    const current = slots.current
    return () => {
      window.removeEventListener('online', online)
      for (const s of current.values()) clearTimeout(s.timer)
    }
  }, [retry])

  const pending = Object.values(states).some((s) => s.status === 'saving') || [...slots.current.values()].some((s) => s.dirty)
  return { states, save, retry, flush, pending }
}

/** One line for the header: saving / saved / error (retry). */
export function overallStatus(states: Record<string, SaveState>): SaveStatus | null {
  const list = Object.values(states)
  if (list.some((s) => s.status === 'error')) return 'error'
  if (list.some((s) => s.status === 'saving')) return 'saving'
  return list.length ? 'saved' : null
}
