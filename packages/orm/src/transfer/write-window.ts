/** Where an import stands once every write up to a checkpoint is acknowledged: the counts up to `line`. */
export interface SettledFlush {
  readonly line: number
  readonly read: number
  readonly written: number
  readonly rejected: number
}

export type CheckpointState = Omit<SettledFlush, 'written'>

interface Entry {
  readonly checkpoint: CheckpointState | null
  written: number
  finished: boolean
  failure: { readonly error: unknown } | null
}

/**
 * Keeps up to `limit` writes (one request each) running: a new one starts as soon as any ends, so the
 * requests in flight never drop to a trickle while a slow one finishes, as they would between fixed-size
 * flushes. Writes still settle strictly in the order they were pushed: a checkpoint is reported only when it
 * and every write before it are acknowledged, so it never names a line with an unwritten row before it.
 */
export class WriteWindow {
  #queue: Entry[] = []
  #running = 0
  #waiters: Array<() => void> = []
  #written: number

  constructor(
    private readonly limit: number,
    written: number,
    private readonly onSettled: (state: SettledFlush) => Promise<void>,
  ) {
    this.#written = written
  }

  get written(): number {
    return this.#written
  }

  /**
   * Starts `write` once fewer than `limit` writes run, and reports the checkpoints that became settled.
   * `checkpoint` (or null) is the state to report once this write and all earlier ones are done.
   */
  async push(write: () => Promise<number>, checkpoint: CheckpointState | null): Promise<void> {
    while (this.#running >= this.limit) {
      await this.#oneFinished()
      await this.#settleReady()
    }
    this.#start(write, checkpoint)
    await this.#settleReady()
  }

  /** Waits for every write and reports the remaining checkpoints; throws the first failure in push order. */
  async drain(): Promise<void> {
    while (this.#queue.length > 0) {
      if (!this.#queue[0]?.finished) await this.#oneFinished()
      await this.#settleReady()
    }
  }

  #start(write: () => Promise<number>, checkpoint: CheckpointState | null): void {
    const entry: Entry = { checkpoint, written: 0, finished: false, failure: null }
    this.#running += 1
    this.#queue.push(entry)
    write()
      .then(
        (written) => {
          entry.written = written
        },
        (error: unknown) => {
          entry.failure = { error }
        },
      )
      .finally(() => {
        entry.finished = true
        this.#running -= 1
        for (const wake of this.#waiters.splice(0)) wake()
      })
  }

  #oneFinished(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve))
  }

  async #settleReady(): Promise<void> {
    while (this.#queue[0]?.finished) {
      const entry = this.#queue.shift() as Entry
      try {
        if (entry.failure) throw entry.failure.error
        this.#written += entry.written
        if (entry.checkpoint) await this.onSettled({ ...entry.checkpoint, written: this.#written })
      } catch (error) {
        // Later writes may still be sending: let them finish (their rows are re-sent on resume, which is
        // idempotent) so the caller gets the failure once nothing is in flight.
        this.#queue = []
        while (this.#running > 0) await this.#oneFinished()
        throw error
      }
    }
  }
}
