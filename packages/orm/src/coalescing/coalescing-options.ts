/**
 * When the reads collected for one batch are sent:
 * - `'tick'` (default): once the current microtask queue has drained, so every `find()` started by the
 *   same synchronous code, including those behind a few `await`s, lands in one batch (DataLoader's rule);
 * - `'microtask'`: at the next microtask, the shortest wait, batching only calls made back to back;
 * - a number: that many milliseconds, trading latency for larger batches.
 *
 * @example
 * ```ts
 * createOrm({ models, design, options: { coalescing: { window: 5 } } }) // wait 5 ms for more finds to batch
 * ```
 */
export type CoalescingWindow = 'tick' | 'microtask' | number

/**
 * How concurrent reads are coalesced (the ORM's `options.coalescing`): on or off, the batching window, keys
 * per BatchGetItem, whether identical reads share a request, and BatchGetItem attempts.
 *
 * @example
 * ```ts
 * const coalescing: CoalescingOptions = { window: 'microtask', maxBatchSize: 50, dedupe: true }
 * const orm = createOrm({ models, design: { tableName: 'app' }, options: { coalescing } })
 * ```
 */
export interface CoalescingOptions {
  /** The off switch (default true). */
  readonly enabled?: boolean
  readonly window?: CoalescingWindow
  /** Keys per BatchGetItem request, 1-100 (default 100, DynamoDB's limit). */
  readonly maxBatchSize?: number
  /** Identical concurrent reads (same operation, same canonical input) make one request (default true). */
  readonly dedupe?: boolean
  /** BatchGetItem attempts while keys come back unprocessed (default 10); then each left key is a GetItem. */
  readonly maxAttempts?: number
}

/**
 * `CoalescingOptions` with every default filled in, as `resolveCoalescingOptions` returns them.
 *
 * @example
 * ```ts
 * const resolved: ResolvedCoalescingOptions = resolveCoalescingOptions(true)
 * // { enabled: true, window: 'tick', maxBatchSize: 100, dedupe: true, maxAttempts: 10 }
 * ```
 */
export interface ResolvedCoalescingOptions {
  readonly enabled: boolean
  readonly window: CoalescingWindow
  readonly maxBatchSize: number
  readonly dedupe: boolean
  readonly maxAttempts: number
}

/**
 * Fills in the defaults of the coalescing options (`true`/`false` switch it on or off). Throws a `RangeError`
 * for a negative or non-finite window, a batch size outside 1-100, or fewer than 1 attempt.
 *
 * @example
 * ```ts
 * resolveCoalescingOptions(false).enabled // false
 * resolveCoalescingOptions({ window: 2 }) // { enabled: true, window: 2, maxBatchSize: 100, dedupe: true, maxAttempts: 10 }
 * ```
 */
export function resolveCoalescingOptions(
  options: CoalescingOptions | boolean | undefined,
): ResolvedCoalescingOptions {
  const given = typeof options === 'object' ? options : {}
  const enabled = typeof options === 'boolean' ? options : (given.enabled ?? true)
  const window = given.window ?? 'tick'
  if (typeof window === 'number' && !(window >= 0 && Number.isFinite(window))) {
    throw new RangeError(`coalescing.window must be 'tick', 'microtask' or milliseconds >= 0, got ${window}`)
  }
  const maxBatchSize = given.maxBatchSize ?? 100
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1 || maxBatchSize > 100) {
    throw new RangeError(`coalescing.maxBatchSize must be an integer from 1 to 100, got ${maxBatchSize}`)
  }
  const maxAttempts = given.maxAttempts ?? 10
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`coalescing.maxAttempts must be an integer >= 1, got ${maxAttempts}`)
  }
  return { enabled, window, maxBatchSize, dedupe: given.dedupe ?? true, maxAttempts }
}

const resolved = Promise.resolve()

/** Runs `flush` once the window closes. */
export function scheduleFlush(window: CoalescingWindow, flush: () => void): void {
  if (typeof window === 'number') {
    setTimeout(flush, window)
  } else if (window === 'microtask') {
    queueMicrotask(flush)
  } else {
    // A nextTick queued from a microtask runs only after the microtask queue is empty.
    void resolved.then(() => process.nextTick(flush))
  }
}
