import type { DocumentMap, QueryCommandInput, QueryCommandOutput } from '@dbtooling/dynamo-client'
import type { CompiledQuery } from '../compile/compile-query'
import type { QueryContext } from '../context'
import { QueryError } from '../errors'
import type { FanOut } from '../fan-out/fan-out-plan'
import { readAllFanOut, readPagesFanOut } from '../fan-out/read-fan-out'
import { readPoint } from './point-read'
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
  stats: QueryStats = statsFor(compiled),
): AsyncGenerator<ReadPage> {
  if (compiled.memorySort) throw pagedMemorySort(compiled)
  if (compiled.pointRead) {
    // One item at most: nothing to continue from once it is read.
    if (!options.startKey && options.limit !== 0) {
      yield { items: await readPoint(ctx, compiled, compiled.pointRead, stats), nextKey: null }
    }
    return
  }
  if (compiled.fanOut) {
    yield* readPagesFanOut(ctx, fanOutSource(compiled, compiled.fanOut), options, stats)
    return
  }
  const cursor: Cursor = { startKey: options.startKey ?? null, remaining: options.limit }
  while (cursor.remaining === null || cursor.remaining > 0) {
    const request = nextRequest(compiled, options, stats, cursor)
    if (request === null) return
    const page = takePage(await send(ctx, compiled, request), compiled, stats, cursor)
    yield page
    if (page.nextKey === null) return
  }
}

/** Where the next page starts and how many items are still wanted (null: all). */
interface Cursor {
  startKey: DocumentMap | null
  remaining: number | null
}

/** The next page's request, or null when `maxPages` stops the read (stats marked truncated). */
function nextRequest(
  compiled: CompiledQuery,
  options: ReadOptions,
  stats: QueryStats,
  cursor: Cursor,
): QueryCommandInput | null {
  if (options.maxPages !== null && stats.pages >= options.maxPages) {
    stats.truncated = true
    return null
  }
  return pageRequest(compiled, cursor.startKey, cursor.remaining, options.pageSize ?? null)
}

// The caller awaits the client's own promise: no async frame of ours per page.
function send(
  ctx: QueryContext,
  compiled: CompiledQuery,
  request: QueryCommandInput,
): Promise<QueryCommandOutput<StoredItem>> {
  return compiled.operation === 'Query'
    ? ctx.doc.query<StoredItem>(request)
    : ctx.doc.scan<StoredItem>(request)
}

/** Books one page's answer into the stats and the cursor and returns its items (cut to what is still wanted). */
function takePage(
  output: QueryCommandOutput<StoredItem>,
  compiled: CompiledQuery,
  stats: QueryStats,
  cursor: Cursor,
): ReadPage {
  const { remaining } = cursor
  addPage(stats, output)
  let items = output.Items ?? []
  let nextKey: DocumentMap | null = output.LastEvaluatedKey ?? null
  if (remaining !== null && items.length >= remaining) {
    // More matched than asked for: continue after the last item returned, not after the page.
    if (items.length > remaining || nextKey !== null) nextKey = keyOf(items[remaining - 1]!, compiled)
    items = items.slice(0, remaining)
    stats.count -= (output.Count ?? 0) - items.length
  }
  if (remaining !== null) cursor.remaining = remaining - items.length
  cursor.startKey = nextKey
  return { items, nextKey }
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
  if (compiled.fanOut) return readAllFanOut(ctx, fanOutSource(compiled, compiled.fanOut), options)
  const stats = statsFor(compiled)
  if (compiled.pointRead) {
    const skip = options.startKey || options.limit === 0
    const items = skip ? [] : await readPoint(ctx, compiled, compiled.pointRead, stats)
    return { items, nextKey: null, stats }
  }
  if (compiled.memorySort) return readSorted(ctx, compiled, options, stats)
  // The same steps as readPages, without an async generator's extra promise turns per page.
  const cursor: Cursor = { startKey: options.startKey ?? null, remaining: options.limit }
  let items: StoredItem[] = []
  let nextKey: DocumentMap | null = null
  while (cursor.remaining === null || cursor.remaining > 0) {
    const request = nextRequest(compiled, options, stats, cursor)
    if (request === null) break
    const page = takePage(await send(ctx, compiled, request), compiled, stats, cursor)
    if (items.length === 0) items = page.items
    else for (const item of page.items) items.push(item)
    nextKey = page.nextKey
    if (nextKey === null) break
  }
  return { items, nextKey, stats }
}

function fanOutSource(compiled: CompiledQuery, fanOut: FanOut) {
  const { filtered, keyAttributes, index } = compiled
  return { fanOut, filtered, keyAttributes, index }
}

/** Empty stats for a compiled read (GetItem for a point read). */
export function statsFor(compiled: CompiledQuery): QueryStats {
  return emptyStats(compiled.pointRead ? 'GetItem' : compiled.operation, compiled.index)
}

/** `sortInMemory()`: every item of the bounded range, sorted, then cut to the limit. */
async function readSorted(
  ctx: QueryContext,
  compiled: CompiledQuery,
  options: ReadOptions,
  stats: QueryStats,
): Promise<{ items: StoredItem[]; nextKey: DocumentMap | null; stats: QueryStats }> {
  if (options.startKey) throw pagedMemorySort(compiled)
  const { field, direction } = compiled.memorySort!
  const items: StoredItem[] = []
  for await (const page of readPages(
    ctx,
    { ...compiled, memorySort: null },
    { ...options, limit: null },
    stats,
  ))
    items.push(...page.items)
  const sign = direction === 'asc' ? 1 : -1
  items.sort((a, b) => sign * compareStored(a[field], b[field]))
  const kept = options.limit === null ? items : items.slice(0, options.limit)
  stats.count = kept.length
  return { items: kept, nextKey: null, stats }
}

/** Missing values first (as DynamoDB sorts no key), then numbers by value and strings by code unit. */
function compareStored(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null) return -1
  if (b === undefined || b === null) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const left = String(a)
  const right = String(b)
  return left < right ? -1 : left > right ? 1 : 0
}

/** The error for cursors, chunks and streams over a `sortInMemory()` query. */
export function pagedMemorySort(compiled: CompiledQuery): QueryError {
  const field = compiled.memorySort?.field ?? ''
  return new QueryError(
    'UNSUPPORTED_ORDER',
    `sortInMemory() cannot page or stream: the order by '${field}' exists only after every item is read`,
    {
      hint: `use get() or first() with sortInMemory(), or add an index whose sort key starts with '${field}' to page in that order`,
    },
  )
}
