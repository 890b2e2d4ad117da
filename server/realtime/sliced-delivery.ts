/**
 * A first-in, first-out line of socket writes, done a slice at a time.
 *
 * At each close every phone gets its own result: 10,000 different messages,
 * each encoded on its own. Written in one go they hold the event loop for
 * hundreds of milliseconds, and the host's "next" (and the projector's
 * leaderboard) waits behind them. Here at most `slice` sockets are written per
 * event-loop turn, and jobs keep their order across games.
 */
export interface SlicedDeliveryOptions {
  /** Sockets written per event-loop turn. */
  slice: number
  onError(error: unknown): void
  /** Defaults to setImmediate; tests step the turns themselves. */
  nextTurn?: (run: () => void) => void
}

type Job = {
  size: number
  done: number
  write(from: number, to: number): void
}

export class SlicedDelivery {
  private readonly jobs: Job[] = []
  private scheduled = false
  private running = false

  constructor(private readonly o: SlicedDeliveryOptions) {}

  /** Sockets still waiting for a write (all queued jobs). */
  get backlog(): number {
    return this.jobs.reduce((sum, job) => sum + job.size - job.done, 0)
  }

  /**
   * `write(from, to)` writes items [from, to) of a job of `size` items. With
   * nothing queued, the first slice goes out now, in the caller's turn.
   */
  push(size: number, write: (from: number, to: number) => void): void {
    if (size <= 0) return
    this.jobs.push({ size, done: 0, write })
    if (!this.scheduled && !this.running) this.pump()
  }

  private readonly pump = (): void => {
    this.scheduled = false
    this.running = true
    let budget = this.o.slice
    try {
      while (budget > 0 && this.jobs.length > 0) {
        const job = this.jobs[0]
        const to = Math.min(job.size, job.done + budget)
        const from = job.done
        job.done = to
        budget -= to - from
        if (job.done === job.size) this.jobs.shift()
        try {
          job.write(from, to)
        } catch (error) {
          this.o.onError(error)
        }
      }
    } finally {
      this.running = false
    }
    if (this.jobs.length > 0) {
      this.scheduled = true
      ;(this.o.nextTurn ?? setImmediate)(this.pump)
    }
  }
}
