import type { WriteClock } from './write-clock'

interface Pending {
  readonly promise: Promise<unknown>
  /** The answer as it arrived, copied before the first caller could change it (only once someone joined). */
  pristine: unknown
  readonly generation: number
  joiners: number
}

/** A joiner's own copy of the answer, without the ConsumedCapacity that only the sender consumed. */
function joinerCopy(output: unknown): unknown {
  const { ConsumedCapacity: _sendersOnly, ...rest } = output as { ConsumedCapacity?: unknown }
  return structuredClone(rest)
}

/**
 * Identical reads in flight share one request. A read may only join a request sent since the last
 * write through this client: joining an older one could return what the write replaced.
 */
export class InFlightReads {
  readonly #pending = new Map<string, Pending>()
  #shared = 0

  constructor(private readonly clock: WriteClock) {}

  /** Reads answered by another caller's request. */
  get shared(): number {
    return this.#shared
  }

  run<T>(key: string, send: () => Promise<T>): Promise<T> {
    const existing = this.#pending.get(key)
    if (existing && existing.generation === this.clock.generation) {
      this.#shared++
      existing.joiners++
      return existing.promise.then(() => joinerCopy(existing.pristine)) as Promise<T>
    }
    const promise = send()
    // One reaction, registered before the first caller's own handler: it stops further joins and keeps
    // the answer as it arrived (a copy only when someone joined), before that caller can change it.
    const entry: Pending = { promise, pristine: undefined, generation: this.clock.generation, joiners: 0 }
    const settle = (output?: unknown) => {
      if (this.#pending.get(key) === entry) this.#pending.delete(key)
      if (entry.joiners > 0) entry.pristine = structuredClone(output)
    }
    promise.then(settle, () => settle())
    this.#pending.set(key, entry)
    return promise
  }
}
