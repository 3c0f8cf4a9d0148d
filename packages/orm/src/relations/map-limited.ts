/**
 * Default number of relation queries in flight at once (per eager load).
 *
 * @example
 * ```ts
 * const users = await User.query().with('posts').get() // DEFAULT_CONCURRENCY post Queries in flight at once
 * ```
 */
export const DEFAULT_CONCURRENCY = 8

/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping order. Relation loads use it so
 * a page of 250 parents becomes 250 Queries eight at a time, not 250 at once against one partition.
 *
 * @example
 * ```ts
 * const counts = await mapLimited(users, 4, (user) => user.relation('posts').count())
 * ```
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T, index)
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)
  await Promise.all(workers)
  return results
}
