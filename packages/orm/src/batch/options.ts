import type { BatchProgress } from '@dbtooling/dynamo-client'

/**
 * Options of every batch read or write: retries of unprocessed entries, parallelism and progress.
 *
 * @example
 * ```ts
 * const options: BatchRunOptions = { maxAttempts: 5, concurrency: 8 }
 * await batchWrite(orm, entries, options)
 * ```
 */
export interface BatchRunOptions {
  /** Attempts per chunk while DynamoDB keeps handing entries back. Default 10. */
  readonly maxAttempts?: number
  /** Requests in flight at once. Default 4. */
  readonly concurrency?: number
  /** First backoff ceiling in ms (doubles per attempt, full jitter). Default 50. */
  readonly baseDelayMs?: number
  /** Backoff ceiling cap in ms. Default 5000. */
  readonly maxDelayMs?: number
  /** Called after every BatchGetItem/BatchWriteItem response, retries included. */
  readonly onProgress?: (progress: BatchProgress) => void
  readonly signal?: AbortSignal
}

/** Copies only the options that were given (exactOptionalPropertyTypes forbids passing `undefined`). */
export function clientBatchOptions(options: BatchRunOptions): BatchRunOptions {
  const out: { -readonly [K in keyof BatchRunOptions]: BatchRunOptions[K] } = {}
  if (options.maxAttempts !== undefined) out.maxAttempts = options.maxAttempts
  if (options.concurrency !== undefined) out.concurrency = options.concurrency
  if (options.baseDelayMs !== undefined) out.baseDelayMs = options.baseDelayMs
  if (options.maxDelayMs !== undefined) out.maxDelayMs = options.maxDelayMs
  if (options.onProgress !== undefined) out.onProgress = options.onProgress
  if (options.signal !== undefined) out.signal = options.signal
  return out
}
