import type { DocumentMap } from '@dbtooling/dynamo-client'
import { Collection } from '../../collection/collection'
import { QueryError } from '../errors'
import { decodeCursor, encodeCursor } from './cursor'
import { pagedMemorySort, readAll } from './read-pages'
import { countRows, ResultCollection } from './results'
import type { QueryRunner } from './runner'

/**
 * A page of `cursorPaginate`: the rows, and the cursor of the next page (null on the last).
 *
 * @example
 * ```ts
 * const page: CursorPage<InstanceType<typeof Post>> = await Post.where('authorId', 'u1').cursorPaginate(20)
 * const next = page.nextCursor ? await Post.where('authorId', 'u1').cursorPaginate(20, page.nextCursor) : null
 * ```
 */
export interface CursorPage<R> {
  readonly data: ResultCollection<R>
  readonly perPage: number
  /** Pass to `cursorPaginate(perPage, nextCursor)` for the next page; null on the last page. */
  readonly nextCursor: string | null
  readonly hasMore: boolean
}

/**
 * A page of `paginate`: the rows, the total, and the page numbers (reads every matching item to count them).
 *
 * @example
 * ```ts
 * const page: LengthAwarePage<InstanceType<typeof Post>> = await Post.where('authorId', 'u1').paginate(20, 2)
 * console.log(`${page.from}-${page.to} of ${page.total}, page ${page.currentPage}/${page.lastPage}`)
 * ```
 */
export interface LengthAwarePage<R> {
  readonly data: ResultCollection<R>
  readonly total: number
  readonly perPage: number
  readonly currentPage: number
  readonly lastPage: number
  /** 1-based position of the first and last row on this page; null when the page is empty. */
  readonly from: number | null
  readonly to: number | null
  readonly hasMorePages: boolean
}

function positive(value: number, name: string, entity: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new QueryError('INVALID_ARGUMENT', `${name} must be a whole number above 0, got ${value}`, {
      hint: `pass ${name} as 1, 2, 3, ...`,
      entity,
    })
  }
}

/**
 * Keyset pagination: each page is one read starting after the previous page's last item. The cursor is
 * opaque and signed for this query's shape.
 */
export async function cursorPaginate<R>(
  runner: QueryRunner<R>,
  perPage: number,
  cursor: string | null | undefined,
): Promise<CursorPage<R>> {
  positive(perPage, 'perPage', runner.entity)
  const compiled = runner.compile()
  if (compiled.memorySort) throw pagedMemorySort(compiled)
  const secret = runner.ctx.options.cursorSecret
  const startKey = cursor ? decodeCursor(cursor, compiled, secret, runner.entity) : null
  const { maxPages } = runner.description
  const { items, nextKey, stats } = await readAll(runner.ctx, compiled, {
    limit: perPage,
    maxPages,
    startKey,
  })
  const data = new ResultCollection(
    items.map((item) => runner.hydrate(item)),
    stats,
  )
  const nextCursor = nextKey ? encodeCursor(nextKey, compiled, secret) : null
  return { data, perPage, nextCursor, hasMore: nextCursor !== null }
}

/**
 * Numbered pages, as Laravel's `paginate()`: one COUNT query for the total, then a read of the first
 * `page * perPage` matches. DynamoDB cannot skip, so late pages cost more; prefer `cursorPaginate()`.
 */
export async function paginate<R>(
  runner: QueryRunner<R>,
  perPage: number,
  page: number,
): Promise<LengthAwarePage<R>> {
  positive(perPage, 'perPage', runner.entity)
  positive(page, 'page', runner.entity)
  const total = await countRows(runner)
  const lastPage = Math.max(1, Math.ceil(total / perPage))
  const compiled = runner.compile()
  const { items, stats } = await readAll(runner.ctx, compiled, {
    limit: page * perPage,
    maxPages: runner.description.maxPages,
  })
  const rows = items.slice((page - 1) * perPage)
  const data = new ResultCollection(
    rows.map((item) => runner.hydrate(item)),
    stats,
  )
  const from = rows.length > 0 ? (page - 1) * perPage + 1 : null
  return {
    data,
    total,
    perPage,
    currentPage: page,
    lastPage,
    from,
    to: from === null ? null : from + rows.length - 1,
    hasMorePages: page < lastPage,
  }
}

/**
 * Chunks where every chunk is a fresh read starting after the last key of the previous one, so the
 * callback may update or delete the rows it gets without disturbing the iteration.
 */
export async function chunkById<R>(
  runner: QueryRunner<R>,
  size: number,
  callback: (rows: Collection<R>, page: number) => unknown,
): Promise<boolean> {
  positive(size, 'chunk size', runner.entity)
  const compiled = runner.compile()
  if (compiled.memorySort) throw pagedMemorySort(compiled)
  let startKey: DocumentMap | null = null
  let remaining = runner.description.limit
  for (let page = 1; ; page++) {
    const limit = remaining === null ? size : Math.min(size, remaining)
    if (limit <= 0) return true
    const read = await readAll(runner.ctx, compiled, {
      limit,
      maxPages: runner.description.maxPages,
      startKey,
    })
    if (read.items.length === 0) return true
    if (remaining !== null) remaining -= read.items.length
    const rows = new Collection(read.items.map((item) => runner.hydrate(item)))
    if ((await callback(rows, page)) === false) return false
    if (read.nextKey === null) return true
    startKey = read.nextKey
  }
}
