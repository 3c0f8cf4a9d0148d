import type { WriteClock } from './write-clock'

interface Pending {
  readonly promise: Promise<unknown>
  /** The request's identity, worked out only once another read arrived while this one was in flight. */
  key: string | undefined
  readonly identity: () => string
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
 *
 * Identities (the request's JSON text) are computed lazily: a read that finds nothing in flight cannot
 * join anything, so it only registers itself; its identity is worked out when a later read arrives while
 * it is still in flight. Reads one after another, the usual case, never build an identity at all. (A
 * request object must not change while its request is in flight: the AWS SDK, which serialises only after
 * its async middleware ran, asks the same.)
 */
export class InFlightReads {
  /** Pending reads whose identity is known, by identity. */
  readonly #keyed = new Map<string, Pending>()
  /** Pending reads whose identity nobody needed yet. */
  readonly #unkeyed = new Set<Pending>()
  #shared = 0

  constructor(private readonly clock: WriteClock) {}

  /** Reads answered by another caller's request. */
  get shared(): number {
    return this.#shared
  }

  /** Reads in flight now. */
  get size(): number {
    return this.#keyed.size + this.#unkeyed.size
  }

  run<T>(identity: () => string, send: () => Promise<T>): Promise<T> {
    let key: string | undefined
    if (this.size > 0) {
      this.#keyAll()
      key = identity()
      const existing = this.#keyed.get(key)
      if (existing && existing.generation === this.clock.generation) {
        this.#shared++
        existing.joiners++
        return existing.promise.then(() => joinerCopy(existing.pristine)) as Promise<T>
      }
    }
    const promise = send()
    // One reaction, registered before the first caller's own handler: it stops further joins and keeps
    // the answer as it arrived (a copy only when someone joined), before that caller can change it.
    const entry: Pending = {
      promise,
      key,
      identity,
      pristine: undefined,
      generation: this.clock.generation,
      joiners: 0,
    }
    const settle = (output?: unknown) => {
      if (entry.key === undefined) this.#unkeyed.delete(entry)
      else if (this.#keyed.get(entry.key) === entry) this.#keyed.delete(entry.key)
      if (entry.joiners > 0) entry.pristine = structuredClone(output)
    }
    promise.then(settle, () => settle())
    if (key === undefined) this.#unkeyed.add(entry)
    else this.#keyed.set(key, entry)
    return promise
  }

  /** Gives every pending read its identity, so a newcomer can be matched against all of them. */
  #keyAll(): void {
    for (const entry of this.#unkeyed) {
      entry.key = entry.identity()
      const current = this.#keyed.get(entry.key)
      // Of two identical pending reads, the newer one is what a newcomer should join (as before).
      if (current === undefined || current.generation <= entry.generation) this.#keyed.set(entry.key, entry)
    }
    this.#unkeyed.clear()
  }
}
