import { isThrottlingError } from '../errors/guards'
import type { ResponseEvent } from '../middleware/types'
import type { Capacity, ConsumedCapacity } from '../types/common'

/**
 * What an ORM (or any caller) knows about a request that the wire does not say.
 *
 * @example
 * ```ts
 * const annotation: RequestAnnotation = { entity: 'User', pattern: 'list by type', wholeTypeRead: true }
 * client.use(createLoggingMiddleware({ logger, annotate: () => annotation }))
 * ```
 */
export interface RequestAnnotation {
  /** The model / entity type the request reads or writes. */
  readonly entity?: string
  /** The access pattern, e.g. `find`, `query gsi1 (bounded partition)`, `transaction`. */
  readonly pattern?: string
  /** True when the request reads a whole entity type (a list-by-type Query); Scans count on their own. */
  readonly wholeTypeRead?: boolean
}

/**
 * Called on the request path to attribute a request (the ORM reads its AsyncLocalStorage scope here).
 *
 * @example
 * ```ts
 * import { AsyncLocalStorage } from 'node:async_hooks'
 *
 * const scope = new AsyncLocalStorage<RequestAnnotation>()
 * const annotate: Annotator = () => scope.getStore()
 * client.use(createTracingMiddleware({ tracer, annotate }))
 * await scope.run({ entity: 'User', pattern: 'find' }, () => client.getItem({ TableName: 'app', Key: key }))
 * ```
 */
export type Annotator = () => RequestAnnotation | undefined

/**
 * Capacity units one call consumed in all, split into read and write units (as capacityUsed returns them).
 *
 * @example
 * ```ts
 * const used: CapacityUsed | null = capacityUsed('Query', [{ TableName: 'app', CapacityUnits: 2.5 }])
 * // { capacityUnits: 2.5, readCapacityUnits: 2.5, writeCapacityUnits: 0 }
 * ```
 */
export interface CapacityUsed {
  readonly capacityUnits: number
  readonly readCapacityUnits: number
  readonly writeCapacityUnits: number
}

const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems', 'ExecuteStatement'])

export function isReadOperation(operation: string): boolean {
  return READS.has(operation)
}

/**
 * Read and write units of consumed capacity entries (capacity-only entries split by the operation's kind).
 *
 * @example
 * ```ts
 * capacityUsed('Query', [{ TableName: 'app', CapacityUnits: 2.5 }]) // { capacityUnits: 2.5, readCapacityUnits: 2.5, writeCapacityUnits: 0 }
 * ```
 */
export function capacityUsed(operation: string, consumed: readonly ConsumedCapacity[]): CapacityUsed | null {
  if (consumed.length === 0) return null
  const read = isReadOperation(operation)
  let units = 0
  let rcu = 0
  let wcu = 0
  for (const entry of consumed) {
    const total = entry.CapacityUnits ?? 0
    units += total
    rcu += entry.ReadCapacityUnits ?? (read ? total : 0)
    wcu += entry.WriteCapacityUnits ?? (read ? 0 : total)
  }
  return { capacityUnits: units, readCapacityUnits: rcu, writeCapacityUnits: wcu }
}

interface ReadCounts {
  Count?: number
  ScannedCount?: number
  Item?: unknown
  Items?: readonly unknown[]
  Responses?: Record<string, readonly unknown[]> | readonly unknown[]
}

/** Items DynamoDB read (ScannedCount: what it charged for) and returned after the filter; null for writes. */
export function itemCounts(event: ResponseEvent): { read: number; returned: number } | null {
  const output = event.output as ReadCounts | undefined
  if (!output || !isReadOperation(event.operation)) return null
  if (output.Count !== undefined) return { read: output.ScannedCount ?? output.Count, returned: output.Count }
  if (event.operation === 'GetItem') {
    const found = output.Item ? 1 : 0
    return { read: found, returned: found }
  }
  let returned = output.Items?.length ?? 0
  const responses = output.Responses
  if (Array.isArray(responses)) returned = responses.filter((entry) => entry?.Item).length
  else if (responses)
    for (const list of Object.values(responses) as (readonly unknown[])[]) returned += list.length
  return { read: returned, returned }
}

/** The index a read addresses (Query/Scan `IndexName`), or undefined for the table. */
export function indexOf(input: object): string | undefined {
  const name = (input as { IndexName?: unknown }).IndexName
  return typeof name === 'string' ? name : undefined
}

export function isThrottle(event: ResponseEvent): boolean {
  return event.error !== undefined && isThrottlingError(event.error)
}

/** Whole-type reads: every Scan, and a Query the caller marked as reading its entity's whole type. */
export function isWholeTypeRead(operation: string, annotation: RequestAnnotation | undefined): boolean {
  return operation === 'Scan' || annotation?.wholeTypeRead === true
}

/**
 * Capacity split by where it was spent: the table (index undefined) and each index INDEXES mode reports.
 *
 * @example
 * ```ts
 * capacityShares('Query', [{ TableName: 'app', CapacityUnits: 2 }], 'gsi1')
 * // [{ table: 'app', index: 'gsi1', readCapacityUnits: 2, writeCapacityUnits: 0 }]
 * ```
 */
export interface CapacityShare {
  readonly table: string | undefined
  readonly index: string | undefined
  readonly readCapacityUnits: number
  readonly writeCapacityUnits: number
}

/**
 * Per table and index. Without an INDEXES breakdown the whole charge goes to the index the request
 * addressed (a Query on a GSI is charged to that GSI), else to the table.
 *
 * @example
 * ```ts
 * const shares: CapacityShare[] = capacityShares('Query', [{ TableName: 'app', CapacityUnits: 2 }], 'gsi1')
 * // [{ table: 'app', index: 'gsi1', readCapacityUnits: 2, writeCapacityUnits: 0 }]
 * ```
 */
export function capacityShares(
  operation: string,
  consumed: readonly ConsumedCapacity[],
  addressedIndex: string | undefined,
): CapacityShare[] {
  const read = isReadOperation(operation)
  const shares: CapacityShare[] = []
  const push = (table: string | undefined, index: string | undefined, c: Capacity) => {
    const total = c.CapacityUnits ?? 0
    const rcu = c.ReadCapacityUnits ?? (read ? total : 0)
    const wcu = c.WriteCapacityUnits ?? (read ? 0 : total)
    if (rcu > 0 || wcu > 0) shares.push({ table, index, readCapacityUnits: rcu, writeCapacityUnits: wcu })
  }
  for (const entry of consumed) {
    const breakdown = entry.Table || entry.GlobalSecondaryIndexes || entry.LocalSecondaryIndexes
    if (!breakdown) {
      push(entry.TableName, addressedIndex, entry)
      continue
    }
    if (entry.Table) push(entry.TableName, undefined, entry.Table)
    for (const [name, c] of Object.entries(entry.GlobalSecondaryIndexes ?? {})) push(entry.TableName, name, c)
    for (const [name, c] of Object.entries(entry.LocalSecondaryIndexes ?? {})) push(entry.TableName, name, c)
  }
  return shares
}
