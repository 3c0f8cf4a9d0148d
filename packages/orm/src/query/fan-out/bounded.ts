/** Runs `work` over `items` with at most `limit` in flight; rejects with the first failure. */
export async function runBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!)
  }
  const workers: Promise<void>[] = []
  for (let count = 0; count < Math.min(limit, items.length); count++) workers.push(worker())
  await Promise.all(workers)
}
