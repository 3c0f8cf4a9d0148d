/** What a write path left in the table, read back directly (not through the proxy). */
export interface PathResult {
  path: string
  /** Writes (or increments) the path was asked to make. */
  expected: number
  /** What the table holds afterwards. */
  found: number
  lost: number
  duplicated: number
  /** Calls that rejected, by error code (a rejected call is reported, not silently lost). */
  errors: Record<string, number>
}

export function account(
  path: string,
  expected: number,
  found: number,
  errors: Record<string, number>,
): PathResult {
  return {
    path,
    expected,
    found,
    lost: Math.max(0, expected - found),
    duplicated: Math.max(0, found - expected),
    errors,
  }
}

/** Runs `work(i)` for i in [0, count) with `concurrency` in flight; rejections are tallied by code. */
export async function runAll(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<unknown>,
): Promise<Record<string, number>> {
  const errors: Record<string, number> = {}
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      try {
        await work(index)
      } catch (error) {
        const code = String((error as { code?: unknown }).code ?? (error as Error).name ?? 'Error')
        errors[code] = (errors[code] ?? 0) + 1
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return errors
}
