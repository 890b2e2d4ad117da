/**
 * Runs tasks one after another, in the order they were pushed: one mutation
 * at a time per live game, even when a task awaits. A failing task rejects
 * its own promise only; the queue goes on.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private waiting = 0

  push<T>(task: () => T | Promise<T>): Promise<T> {
    this.waiting++
    const run = this.tail.then(task)
    this.tail = run.then(
      () => this.waiting--,
      () => this.waiting--,
    )
    return run
  }

  /** Tasks pushed and not finished yet. */
  get depth(): number {
    return this.waiting
  }

  /** Resolves once everything pushed so far has run. */
  async drain(): Promise<void> {
    await this.tail
  }
}
