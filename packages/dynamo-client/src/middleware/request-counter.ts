import type { OperationName } from '../types/operation-map'
import type { Middleware, RequestEvent } from './types'

/**
 * Counts calls per operation (and per table); ORM tests use it to prove a query made no N+1 calls.
 *
 * @example
 * ```ts
 * const counter: RequestCounter = createRequestCounter()
 * client.use(counter)
 * await client.getItem({ TableName: 'app', Key: key })
 * console.log(counter.counts.GetItem) // 1
 * ```
 */
export interface RequestCounter extends Middleware {
  /** Calls per operation, retries not included. */
  readonly counts: Readonly<Partial<Record<OperationName, number>>>
  /** Attempts per operation, retries included. */
  readonly attempts: Readonly<Partial<Record<OperationName, number>>>
  /** Calls per table name. */
  readonly tables: Readonly<Record<string, number>>
  /** Calls of one operation, or of all operations. */
  count(operation?: OperationName): number
  reset(): void
}

/**
 * Middleware that counts the requests a client sends, per operation and per table (retries counted
 * apart, as attempts), so a test or a script can say exactly what a call cost.
 *
 * @example
 * ```ts
 * const requests = createRequestCounter()
 * client.use(requests)
 * await client.getItem({ TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } })
 * console.log(requests.counts) // { GetItem: 1 }
 * ```
 */
export function createRequestCounter(name = 'request-counter'): RequestCounter {
  let counts: Partial<Record<OperationName, number>> = {}
  let attempts: Partial<Record<OperationName, number>> = {}
  let tables: Record<string, number> = {}
  return {
    name,
    get counts() {
      return counts
    },
    get attempts() {
      return attempts
    },
    get tables() {
      return tables
    },
    onRequest(event: RequestEvent) {
      attempts[event.operation] = (attempts[event.operation] ?? 0) + 1
      if (event.attempt !== 1) return
      counts[event.operation] = (counts[event.operation] ?? 0) + 1
      for (const table of event.tableNames) tables[table] = (tables[table] ?? 0) + 1
    },
    count(operation?: OperationName) {
      if (operation) return counts[operation] ?? 0
      let total = 0
      for (const value of Object.values(counts)) total += value
      return total
    },
    reset() {
      counts = {}
      attempts = {}
      tables = {}
    },
  }
}
