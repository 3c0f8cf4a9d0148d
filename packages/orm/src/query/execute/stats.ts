/**
 * What running a query cost: requests made, items read and returned, capacity consumed.
 *
 * @example
 * ```ts
 * const { meta } = await Post.where('authorId', 'u1').get()
 * const stats: QueryStats = meta
 * console.log(`${stats.pages} requests, ${stats.scannedCount} read, ${stats.count} kept`)
 * ```
 */
export interface QueryStats {
  /** `GetItem` when a unique equality was answered through its guard item. */
  readonly operation: 'Query' | 'Scan' | 'GetItem'
  readonly index: string | null
  /** Requests sent (one per page). */
  pages: number
  /** Items DynamoDB read (and charged for) before the filter. */
  scannedCount: number
  /** Items that passed the filter. */
  count: number
  /** Read capacity units consumed, as DynamoDB reported them. */
  capacityUnits: number
  /** True when `maxPages` stopped the query while more items could match. */
  truncated: boolean
}

export function emptyStats(operation: QueryStats['operation'], index: string | null): QueryStats {
  return { operation, index, pages: 0, scannedCount: 0, count: 0, capacityUnits: 0, truncated: false }
}

export interface PageOutput {
  readonly Count?: number | undefined
  readonly ScannedCount?: number | undefined
  readonly ConsumedCapacity?: { readonly CapacityUnits?: number | undefined } | undefined
}

export function addPage(stats: QueryStats, page: PageOutput): void {
  stats.pages += 1
  stats.count += page.Count ?? 0
  stats.scannedCount += page.ScannedCount ?? 0
  stats.capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0
}
