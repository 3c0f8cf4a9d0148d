import type { SendOptions } from '../client/send-context'
import { fullJitterDelay, sleep } from '../retry/backoff'

/**
 * Progress of a batch helper after each response: entries processed so far and in all.
 *
 * @example
 * ```ts
 * const onProgress = (progress: BatchProgress) => console.log(`${progress.processed}/${progress.total}`)
 * await client.batchWriteAll({ RequestItems: { app: writes } }, { onProgress })
 * ```
 */
export interface BatchProgress {
  /** Keys read / writes applied so far. */
  processed: number
  /** All keys / writes in the call. */
  total: number
  /** Entries DynamoDB handed back in the last response, to be retried. */
  unprocessed: number
  /** Attempt number of the request that just answered (1 = first try). */
  attempt: number
}

/**
 * Options of the batch helpers: attempts per chunk, requests in flight, backoff, progress, and the per-call options.
 *
 * @example
 * ```ts
 * const options: BatchOptions = { maxAttempts: 5, concurrency: 2, onProgress: (p) => console.log(p.processed, '/', p.total) }
 * await client.batchWriteAll({ RequestItems: { app: writes } }, options)
 * ```
 */
export interface BatchOptions extends SendOptions {
  /** Attempts per chunk while DynamoDB keeps returning unprocessed entries. Default 10. */
  maxAttempts?: number
  /** Requests in flight at once. Default 4. */
  concurrency?: number
  /** First backoff ceiling in ms; it doubles per attempt (full jitter). Default 50. */
  baseDelayMs?: number
  /** Backoff ceiling cap in ms. Default 5000. */
  maxDelayMs?: number
  onProgress?: (progress: BatchProgress) => void
}

export interface ResolvedBatchOptions {
  maxAttempts: number
  concurrency: number
  backoff: (attempt: number) => Promise<void>
}

export function resolveBatchOptions(options: BatchOptions): ResolvedBatchOptions {
  const base = options.baseDelayMs ?? 50
  const cap = options.maxDelayMs ?? 5000
  return {
    maxAttempts: Math.max(1, options.maxAttempts ?? 10),
    concurrency: Math.max(1, options.concurrency ?? 4),
    backoff: (attempt) => sleep(fullJitterDelay(attempt - 1, base, cap), options.signal),
  }
}

/** Runs `work` over `items` with at most `limit` running at once; resolves when all have settled. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (next < items.length && !failure) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
}
