import type { ConsumedCapacity } from '../types/common'
import type { OperationName } from '../types/operation-map'

/**
 * Consumed capacity summed over responses: total, read and write units, and how many responses reported it.
 *
 * @example
 * ```ts
 * const totals: CapacityTotals = client.capacity.total()
 * console.log(totals.readCapacityUnits, totals.writeCapacityUnits)
 * ```
 */
export interface CapacityTotals {
  capacityUnits: number
  readCapacityUnits: number
  writeCapacityUnits: number
  /** Responses that reported capacity. */
  responses: number
}

const READS: ReadonlySet<OperationName> = new Set([
  'GetItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'TransactGetItems',
])

function emptyTotals(): CapacityTotals {
  return { capacityUnits: 0, readCapacityUnits: 0, writeCapacityUnits: 0, responses: 0 }
}

function add(into: CapacityTotals, units: number, read: number, write: number): void {
  into.capacityUnits += units
  into.readCapacityUnits += read
  into.writeCapacityUnits += write
  into.responses += 1
}

/**
 * Consumed capacity accumulated per table and operation, fed from every response that reports it
 * (turn reporting on for all calls with `returnConsumedCapacity` in the client config).
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ returnConsumedCapacity: 'TOTAL' })
 * await client.getItem({ TableName: 'app', Key: key })
 * console.log(client.capacity.total().capacityUnits)
 * ```
 */
export class CapacityTracker {
  #byKey = new Map<string, { table: string; operation: OperationName; totals: CapacityTotals }>()

  record(operation: OperationName, consumed: readonly ConsumedCapacity[]): void {
    for (const entry of consumed) {
      const units = entry.CapacityUnits ?? 0
      const read = entry.ReadCapacityUnits ?? (READS.has(operation) ? units : 0)
      const write = entry.WriteCapacityUnits ?? (READS.has(operation) ? 0 : units)
      const table = entry.TableName ?? '(unknown)'
      const key = `${table}\u0000${operation}`
      let slot = this.#byKey.get(key)
      if (!slot) {
        slot = { table, operation, totals: emptyTotals() }
        this.#byKey.set(key, slot)
      }
      add(slot.totals, units, read, write)
    }
  }

  /** Everything recorded, or only what matches the filter. */
  total(filter: { table?: string; operation?: OperationName } = {}): CapacityTotals {
    const sum = emptyTotals()
    for (const slot of this.#byKey.values()) {
      if (filter.table !== undefined && slot.table !== filter.table) continue
      if (filter.operation !== undefined && slot.operation !== filter.operation) continue
      sum.capacityUnits += slot.totals.capacityUnits
      sum.readCapacityUnits += slot.totals.readCapacityUnits
      sum.writeCapacityUnits += slot.totals.writeCapacityUnits
      sum.responses += slot.totals.responses
    }
    return sum
  }

  /** One row per table and operation, as plain data. */
  entries(): { table: string; operation: OperationName; totals: CapacityTotals }[] {
    return [...this.#byKey.values()].map(({ table, operation, totals }) => ({
      table,
      operation,
      totals: { ...totals },
    }))
  }

  reset(): void {
    this.#byKey.clear()
  }
}

/** ConsumedCapacity comes as one object (single-table ops) or an array (batches, transactions). */
export function consumedCapacityOf(output: unknown): readonly ConsumedCapacity[] {
  const value = (output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] } | undefined)
    ?.ConsumedCapacity
  if (!value) return []
  return Array.isArray(value) ? value : [value]
}
