import type { CapacityTracker } from '../middleware/capacity-tracker'
import type { Middleware } from '../middleware/types'
import type { RetryStrategy } from '../retry/retry-strategy'
import type { ClockSkew } from './clock-skew'
import type { ClientRuntime } from './runtime'

/** What the executor needs from the client, passed as one object to keep the hot path allocation-free. */
export interface SendContext {
  readonly runtime: ClientRuntime
  readonly retry: RetryStrategy
  readonly middleware: readonly Middleware[]
  readonly capacity: CapacityTracker
  readonly capacityMode: 'TOTAL' | 'INDEXES' | undefined
  readonly clock: ClockSkew
}

/**
 * Per-call options accepted by every operation method.
 *
 * @example
 * ```ts
 * const options: SendOptions = { signal: AbortSignal.timeout(5_000) }
 * await client.scan({ TableName: 'app' }, options)
 * ```
 */
export interface SendOptions {
  /** Abort the call (including waits between retries). */
  signal?: AbortSignal
  /**
   * PutItem/UpdateItem/DeleteItem only: send the write as a one-item TransactWriteItems with a
   * ClientRequestToken, so a retry after a lost response is not applied twice (`ADD`, `list_append`,
   * counters, conditional writes). Costs 2x the write units. Default false.
   */
  idempotent?: boolean
}
