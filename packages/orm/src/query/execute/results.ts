import { Collection } from '../../collection/collection'
import { ItemNotFoundError } from '../../errors/index'
import { withChanges } from '../description'
import { countFanOut } from '../fan-out/count-fan-out'
import { observedRead } from './observed-read'
import { readAll, readPages, type StoredItem } from './read-pages'
import type { QueryRunner } from './runner'
import { warnOnce } from './runner'
import { addPage, emptyStats, type QueryStats } from './stats'

/**
 * Results plus what it cost to read them.
 *
 * @example
 * ```ts
 * const posts: ResultCollection<InstanceType<typeof Post>> = await Post.where('authorId', 'u1').get()
 * console.log(posts.count(), posts.meta.pages, posts.meta.capacityUnits)
 * ```
 */
export class ResultCollection<T> extends Collection<T> {
  readonly meta: QueryStats

  constructor(items: Iterable<T>, meta: QueryStats) {
    super(items)
    this.meta = meta
  }
}

/** Items read client-side before aggregates and pluck warn about their cost. */
const LARGE_READ = 1000

export async function getRows<R>(runner: QueryRunner<R>): Promise<ResultCollection<R>> {
  const compiled = runner.compile()
  const { limit, maxPages } = runner.description
  const { items, stats } = await observedRead(runner, compiled, 'get', () =>
    readAll(runner.ctx, compiled, { limit, maxPages }),
  )
  const rows: R[] = new Array(items.length)
  for (let index = 0; index < items.length; index++) rows[index] = runner.hydrate(items[index]!)
  return new ResultCollection(Object.freeze(rows), stats)
}

export async function firstRow<R>(runner: QueryRunner<R>): Promise<R | null> {
  const compiled = runner.compile()
  const { items } = await observedRead(runner, compiled, 'first', () =>
    readAll(runner.ctx, compiled, { limit: 1, maxPages: runner.description.maxPages }),
  )
  return items[0] ? runner.hydrate(items[0]) : null
}

export async function firstRowOrFail<R>(runner: QueryRunner<R>): Promise<R> {
  const row = await firstRow(runner)
  if (row !== null) return row
  throw new ItemNotFoundError(runner.entity, { query: runner.compile().explain.keyCondition ?? 'Scan' })
}

/** Raw stored attribute values of matching items (no hydration, projected to the field). */
export async function pluckValues(runner: QueryRunner<unknown>, field: string): Promise<unknown[]> {
  const description = withChanges(runner.description, { select: [field] })
  const compiled = runner.compile(description)
  const { items, stats } = await observedRead(runner, compiled, 'pluck', () =>
    readAll(runner.ctx, compiled, description),
  )
  warnLarge(runner, stats, `pluck('${field}')`)
  return items.map((item) => item[field])
}

export async function countRows(runner: QueryRunner<unknown>): Promise<number> {
  const description = withChanges(runner.description, { select: null, limit: null })
  const compiled = runner.compile(description)
  return observedRead(runner, compiled, 'count', () => countCompiled(runner, description, compiled))
}

async function countCompiled(
  runner: QueryRunner<unknown>,
  description: QueryRunner<unknown>['description'],
  compiled: ReturnType<QueryRunner<unknown>['compile']>,
): Promise<number> {
  if (compiled.pointRead) return (await readAll(runner.ctx, compiled, description)).items.length
  const stats = emptyStats(compiled.operation, compiled.index)
  if (compiled.fanOut) return countFanOut(runner.ctx, compiled.fanOut, description.maxPages, stats)
  let start = undefined as StoredItem | undefined
  do {
    if (description.maxPages !== null && stats.pages >= description.maxPages) {
      stats.truncated = true
      break
    }
    const request = { ...compiled.request, Select: 'COUNT' as const }
    if (start) request.ExclusiveStartKey = start
    const output =
      compiled.operation === 'Query'
        ? await runner.ctx.doc.query(request)
        : await runner.ctx.doc.scan(request)
    addPage(stats, output)
    start = output.LastEvaluatedKey
  } while (start)
  return stats.count
}

export type Aggregate = 'sum' | 'avg' | 'min' | 'max'

/** Client-side aggregates over stored numbers; DynamoDB has no server-side SUM. */
export async function aggregate(
  runner: QueryRunner<unknown>,
  kind: Aggregate,
  field: string,
): Promise<number | null> {
  const description = withChanges(runner.description, { select: [field] })
  const compiled = runner.compile(description)
  const { items, stats } = await readAll(runner.ctx, compiled, description)
  warnLarge(runner, stats, `${kind}('${field}')`)
  const numbers: number[] = []
  for (const item of items) {
    const value = item[field]
    if (typeof value === 'number') numbers.push(value)
    else if (typeof value === 'bigint') numbers.push(Number(value))
  }
  if (kind === 'sum') return numbers.reduce((total, value) => total + value, 0)
  if (numbers.length === 0) return null
  if (kind === 'avg') return numbers.reduce((total, value) => total + value, 0) / numbers.length
  return kind === 'min' ? Math.min(...numbers) : Math.max(...numbers)
}

function warnLarge(runner: QueryRunner<unknown>, stats: QueryStats, what: string): void {
  if (stats.scannedCount < LARGE_READ && stats.operation !== 'Scan') return
  warnOnce(
    runner.ctx,
    `${runner.entity}.${what} read ${stats.scannedCount} items in ${stats.pages} request(s) (${stats.capacityUnits} RCU) to compute client-side; narrow the query or keep a running total`,
  )
}

/** Every matching row, page by page, hydrated lazily. */
export async function* iterateRows<R>(runner: QueryRunner<R>): AsyncGenerator<R> {
  const compiled = runner.compile()
  const { limit, maxPages } = runner.description
  for await (const page of readPages(runner.ctx, compiled, { limit, maxPages })) {
    for (const item of page.items) yield runner.hydrate(item)
  }
}

/** Calls `callback` for each row; returning false stops the reading. */
export async function eachRow<R>(
  runner: QueryRunner<R>,
  callback: (row: R, index: number) => unknown,
): Promise<void> {
  let index = 0
  for await (const row of iterateRows(runner)) {
    if ((await callback(row, index++)) === false) return
  }
}

/** Streams results in groups of `size`; the callback returning false stops. Returns false when stopped. */
export async function chunkRows<R>(
  runner: QueryRunner<R>,
  size: number,
  callback: (rows: Collection<R>, page: number) => unknown,
): Promise<boolean> {
  let buffer: R[] = []
  let page = 1
  for await (const row of iterateRows(runner)) {
    buffer.push(row)
    if (buffer.length < size) continue
    const rows = buffer
    buffer = []
    if ((await callback(new Collection(rows), page++)) === false) return false
  }
  if (buffer.length > 0 && (await callback(new Collection(buffer), page)) === false) return false
  return true
}
