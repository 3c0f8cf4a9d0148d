import type { DocumentInput, DocumentMap } from './operations/codec'

/**
 * Options of `queryAll` / `scanAll`: stop after this many pages.
 *
 * @example
 * ```ts
 * const options: PageOptions = { maxPages: 3 }
 * for await (const item of db.queryAll({ TableName: 'app', ...buildExpressions({ key: eq('pk', 'LOG') }) }, options)) console.log(item)
 * ```
 */
export interface PageOptions {
  /** Stop after this many pages (each page is one request). */
  readonly maxPages?: number
}

interface Page {
  LastEvaluatedKey?: DocumentMap
}

/**
 * Follows LastEvaluatedKey from page to page. The caller's input is never mutated: each page gets a copy
 * with the new start key.
 */
export async function* paginate<I extends { ExclusiveStartKey?: DocumentInput }, P extends Page>(
  fetchPage: (input: I) => Promise<P>,
  input: I,
  options: PageOptions = {},
): AsyncGenerator<P> {
  let next: I = input
  for (let pages = 0; options.maxPages === undefined || pages < options.maxPages; pages++) {
    const page = await fetchPage(next)
    yield page
    if (page.LastEvaluatedKey === undefined) return
    next = { ...input, ExclusiveStartKey: page.LastEvaluatedKey }
  }
}
