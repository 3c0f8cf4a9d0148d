/** Where an import stands once a flush is acknowledged: the counts up to and including `line`. */
export interface SettledFlush {
  readonly line: number
  readonly read: number
  readonly written: number
  readonly rejected: number
}

interface PendingFlush {
  readonly done: Promise<number>
  readonly line: number
  readonly read: number
  readonly rejected: number
}

/**
 * Lets the next rows be read and decoded while earlier ones are written, yet settles flushes strictly in
 * file order: a checkpoint only ever names a line when every row up to it is written. `depth` flushes
 * may be in flight; pushing one more first waits for the oldest.
 */
export class FlushPipeline {
  #inFlight: PendingFlush[] = []
  #written: number

  constructor(
    private readonly depth: number,
    written: number,
    private readonly onSettled: (state: SettledFlush) => Promise<void>,
  ) {
    this.#written = written
  }

  get written(): number {
    return this.#written
  }

  async push(write: () => Promise<number>, state: Omit<PendingFlush, 'done'>): Promise<void> {
    const done = write()
    // Awaited in order below; until then a failure must not surface as an unhandled rejection.
    done.catch(() => {})
    this.#inFlight.push({ done, ...state })
    while (this.#inFlight.length >= this.depth) await this.#settleOldest()
  }

  async drain(): Promise<void> {
    while (this.#inFlight.length > 0) await this.#settleOldest()
  }

  async #settleOldest(): Promise<void> {
    const oldest = this.#inFlight.shift()
    if (!oldest) return
    try {
      this.#written += await oldest.done
      await this.onSettled({
        line: oldest.line,
        read: oldest.read,
        written: this.#written,
        rejected: oldest.rejected,
      })
    } catch (error) {
      // Later flushes may still be sending: let them finish (their rows are re-sent on resume, which is
      // idempotent) so the caller gets the failure once nothing is in flight.
      const rest = this.#inFlight.splice(0)
      await Promise.allSettled(rest.map((flush) => flush.done))
      throw error
    }
  }
}
