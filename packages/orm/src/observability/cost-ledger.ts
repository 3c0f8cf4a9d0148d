import { type Annotator, capacityUsed, type Middleware, type ResponseEvent } from '@dbtooling/dynamo-client'
import { type OnDemandPrices, PRICE_SOURCE } from './prices'

/**
 * Consumed capacity of one model and access pattern.
 *
 * @example
 * ```ts
 * for (const row of orm.costs().rows as CostRow[]) console.log(row.model, row.pattern, row.calls, row.estimatedUsd)
 * ```
 */
export interface CostRow {
  /** The model, `(none)` for requests made outside a model call (raw access, table management). */
  readonly model: string
  /** `find`, `Query (bounded partition) on gsi1`, `save`, `transaction`, ... or the operation name. */
  readonly pattern: string
  readonly calls: number
  readonly readUnits: number
  readonly writeUnits: number
  /** On-demand estimate in US dollars. */
  readonly estimatedUsd: number
}

/**
 * What `orm.costs()` reports: the region and prices used, one row per model and access pattern, and the totals.
 *
 * @example
 * ```ts
 * const report: CostReport = orm.costs()
 * console.log(`${report.total.readUnits} RCU, ${report.total.writeUnits} WCU, about $${report.total.estimatedUsd}`)
 * ```
 */
export interface CostReport {
  readonly region: string
  readonly prices: OnDemandPrices & { readonly source: string }
  /** Sorted by estimated cost, highest first. */
  readonly rows: readonly CostRow[]
  readonly total: { readonly readUnits: number; readonly writeUnits: number; readonly estimatedUsd: number }
}

interface Slot {
  model: string
  pattern: string
  calls: number
  readUnits: number
  writeUnits: number
}

/** Accumulates the capacity every successful call consumed, per model and access pattern. */
export class CostLedger {
  readonly #slots = new Map<string, Slot>()

  middleware(annotate: Annotator): Middleware {
    return { name: 'dbtooling-costs', onResponse: (event) => this.#record(event, annotate) }
  }

  #record(event: ResponseEvent, annotate: Annotator): void {
    if (event.error || event.willRetry) return
    const used = capacityUsed(event.operation, event.consumedCapacity)
    if (!used) return
    const annotation = annotate()
    const model = annotation?.entity ?? '(none)'
    const pattern = annotation?.pattern ?? event.operation
    const key = `${model}\u0000${pattern}`
    let slot = this.#slots.get(key)
    if (!slot) {
      slot = { model, pattern, calls: 0, readUnits: 0, writeUnits: 0 }
      this.#slots.set(key, slot)
    }
    slot.calls += 1
    slot.readUnits += used.readCapacityUnits
    slot.writeUnits += used.writeCapacityUnits
  }

  report(region: string, prices: OnDemandPrices): CostReport {
    const usd = (read: number, write: number) =>
      (read * prices.readPerMillion + write * prices.writePerMillion) / 1_000_000
    const rows = [...this.#slots.values()]
      .map((slot) => ({ ...slot, estimatedUsd: usd(slot.readUnits, slot.writeUnits) }))
      .sort((a, b) => b.estimatedUsd - a.estimatedUsd || a.model.localeCompare(b.model))
    let readUnits = 0
    let writeUnits = 0
    for (const row of rows) {
      readUnits += row.readUnits
      writeUnits += row.writeUnits
    }
    return {
      region,
      prices: { ...prices, source: PRICE_SOURCE },
      rows,
      total: { readUnits, writeUnits, estimatedUsd: usd(readUnits, writeUnits) },
    }
  }

  reset(): void {
    this.#slots.clear()
  }
}
