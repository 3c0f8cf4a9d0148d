import type { DocumentMap, QueryCommandInput } from '@dbtooling/dynamo-client'
import type { CompiledQuery } from '../compile/compile-query'
import type { QueryContext } from '../context'
import { addPage, emptyStats, type QueryStats } from './stats'

export type StoredItem = Record<string, unknown>

export interface ReadOptions {
  /** Items to return at most (after filtering); null for all. */
  readonly limit: number | null
  readonly maxPages: number | null
  readonly startKey?: DocumentMap | null
  /** DynamoDB `Limit` per request, overriding the compiled one. */
  readonly pageSize?: number | null
}

export interface ReadPage {
  readonly items: StoredItem[]
  /** Where to continue after the last item of this page; null when nothing more can match. */
  readonly nextKey: DocumentMap | null
}

/**
 * Reads pages lazily, one request at a time, following LastEvaluatedKey. With a `limit` and no filter the
 * last request asks only for what is missing; with a filter DynamoDB's page size applies (a filtered
 * `limit` cannot be pushed down without under-reading). Stops at `maxPages` and marks the stats truncated.
 */
export async function* readPages(
  ctx: QueryContext,
  compiled: CompiledQuery,
  options: ReadOptions,
  stats: QueryStats = emptyStats(compiled.operation, compiled.index),
): AsyncGenerator<ReadPage> {
  let startKey = options.startKey ?? null
  let remaining = options.limit
  while (remaining === null || remaining > 0) {
    if (options.maxPages !== null && stats.pages >= options.maxPages) {
      stats.truncated = true
      return
    }
    const request = pageRequest(compiled, startKey, remaining, options.pageSize ?? null)
    const output =
      compiled.operation === 'Query'
        ? await ctx.doc.query<StoredItem>(request)
        : await ctx.doc.scan<StoredItem>(request)
    addPage(stats, output)
    let items = output.Items ?? []
    let nextKey: DocumentMap | null = output.LastEvaluatedKey ?? null
    if (remaining !== null && items.length >= remaining) {
      // More matched than asked for: continue after the last item returned, not after the page.
      if (items.length > remaining || nextKey !== null) nextKey = keyOf(items[remaining - 1]!, compiled)
      items = items.slice(0, remaining)
      stats.count -= (output.Count ?? 0) - items.length
    }
    if (remaining !== null) remaining -= items.length
    yield { items, nextKey }
    if (nextKey === null) return
    startKey = nextKey
  }
}

function pageRequest(
  compiled: CompiledQuery,
  startKey: DocumentMap | null,
  remaining: number | null,
  pageSize: number | null,
): QueryCommandInput {
  const request: QueryCommandInput = { ...compiled.request }
  if (startKey) request.ExclusiveStartKey = startKey
  if (pageSize !== null) request.Limit = pageSize
  else if (!compiled.filtered && remaining !== null)
    request.Limit = Math.min(request.Limit ?? remaining, remaining)
  return request
}

/** The ExclusiveStartKey that continues right after `item`: its table and index key attributes. */
export function keyOf(item: StoredItem, compiled: CompiledQuery): DocumentMap {
  const key: DocumentMap = {}
  for (const attribute of compiled.keyAttributes) key[attribute] = item[attribute]
  return key
}

/** Every page until `limit`/`maxPages`, gathered. */
export async function readAll(
  ctx: QueryContext,
  compiled: CompiledQuery,
  options: ReadOptions,
): Promise<{ items: StoredItem[]; nextKey: DocumentMap | null; stats: QueryStats }> {
  const stats = emptyStats(compiled.operation, compiled.index)
  const items: StoredItem[] = []
  let nextKey: DocumentMap | null = null
  for await (const page of readPages(ctx, compiled, options, stats)) {
    for (const item of page.items) items.push(item)
    nextKey = page.nextKey
  }
  return { items, nextKey, stats }
}
