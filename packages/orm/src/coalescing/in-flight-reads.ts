import type { WriteClock } from './write-clock'

interface Pending {
  readonly promise: Promise<unknown>
  /** The answer as it arrived, taken before the first caller could change it; joiners get copies. */
  readonly pristine: Promise<unknown>
  readonly generation: number
  joiners: number
}

const ignore = () => {}

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
      return existing.pristine.then(joinerCopy) as Promise<T>
    }
    const promise = send()
    const forget = () => {
      if (this.#pending.get(key) === entry) this.#pending.delete(key)
    }
    // First handler: nobody can join once the answer is in.
    promise.then(forget, forget)
    // Registered before the first caller's own handler, so the snapshot predates any change it makes.
    const pristine = promise.then((output) => (entry.joiners > 0 ? structuredClone(output) : output))
    pristine.catch(ignore)
    const entry: Pending = { promise, pristine, generation: this.clock.generation, joiners: 0 }
    this.#pending.set(key, entry)
    return promise
  }
}
