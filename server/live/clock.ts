/**
 * Time for the live runner: the server's clock is the only clock of a game,
 * and tests inject a manual one instead of faking global timers.
 */
export type TimerHandle = { readonly id: number }

export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle | null | undefined): void
}

export function systemClock(): Clock {
  let seq = 0
  const timers = new Map<number, NodeJS.Timeout>()
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const id = ++seq
      const t = setTimeout(
        () => {
          timers.delete(id)
          fn()
        },
        Math.max(0, ms),
      )
      timers.set(id, t)
      return { id }
    },
    clearTimeout(handle) {
      if (!handle) return
      clearTimeout(timers.get(handle.id))
      timers.delete(handle.id)
    },
  }
}

/** A clock that moves only when told to; due timers run in time order on advance(). */
export function manualClock(start: number): Clock & { advance(ms: number): void; set(now: number): void; pending(): number } {
  let now = start
  let seq = 0
  const timers = new Map<number, { at: number; fn: () => void }>()
  const runDue = () => {
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined
      for (const entry of timers) if (entry[1].at <= now && (!next || entry[1].at < next[1].at)) next = entry
      if (!next) return
      timers.delete(next[0])
      next[1].fn()
    }
  }
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq
      timers.set(id, { at: now + Math.max(0, ms), fn })
      return { id }
    },
    clearTimeout(handle) {
      if (handle) timers.delete(handle.id)
    },
    advance(ms) {
      now += ms
      runDue()
    },
    set(value) {
      now = value
      runDue()
    },
    pending: () => timers.size,
  }
}
