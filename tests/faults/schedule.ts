/** Every fault the proxy can inject. */
export const FAULT_KINDS = [
  'http500',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'dropBeforeApply',
  'dropAfterApply',
  'delayPastTimeout',
  'corruptBody',
  'partialBatch',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Probability (0..1) of each fault per request; the rest are forwarded untouched. */
export type FaultRates = Partial<Record<FaultKind, number>>

/**
 * A seeded fault schedule: the n-th request the proxy sees gets the n-th draw of a mulberry32 stream,
 * so a failing run reproduces with its seed (request order can still vary under concurrency).
 */
export class FaultSchedule {
  #state: number
  readonly seed: number

  constructor(
    seed: number,
    readonly rates: FaultRates,
  ) {
    this.seed = seed
    this.#state = seed >>> 0
    const total = Object.values(rates).reduce((sum, rate) => sum + (rate ?? 0), 0)
    if (total > 1) throw new Error(`fault rates add up to ${total}, more than 1`)
  }

  /** The next value in [0, 1). */
  random(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** The fault for the next request, or undefined to forward it as it is. */
  next(operation: string): FaultKind | undefined {
    let draw = this.random()
    for (const kind of FAULT_KINDS) {
      const rate = this.rates[kind] ?? 0
      if (draw < rate) return applies(kind, operation) ? kind : undefined
      draw -= rate
    }
    return undefined
  }
}

/** Partial answers only exist for batch operations; elsewhere that draw forwards untouched. */
function applies(kind: FaultKind, operation: string): boolean {
  return kind !== 'partialBatch' || operation === 'BatchWriteItem' || operation === 'BatchGetItem'
}

/** Equal rates over every kind, summing to `total`. */
export function uniformRates(total: number): FaultRates {
  const each = total / FAULT_KINDS.length
  return Object.fromEntries(FAULT_KINDS.map((kind) => [kind, each]))
}
