import { readPages, type StoredItem } from './read-pages'
import type { QueryRunner } from './runner'

/**
 * The query's matches as they are stored (key and index attributes included, nothing hydrated), a page
 * per request the query sends: what an export streams in constant memory.
 */
export async function* storedPages(runner: QueryRunner<unknown>): AsyncGenerator<readonly StoredItem[]> {
  const compiled = runner.compile()
  const { limit, maxPages } = runner.description
  for await (const page of readPages(runner.ctx, compiled, { limit, maxPages })) yield page.items
}
