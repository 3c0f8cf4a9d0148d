import type { SendOptions } from '../client/send-context'
import { WaiterTimeoutError } from '../errors/client-errors'
import { sleep } from '../retry/backoff'

/**
 * How long a waiter polls and how often: overall timeout, first and largest pause between checks, and an abort signal. Throws WaiterTimeoutError when time runs out.
 *
 * @example
 * ```ts
 * const options: WaiterOptions = { timeoutMs: 120_000, intervalMs: 500, maxIntervalMs: 10_000, signal: AbortSignal.timeout(150_000) }
 * await waitForTableActive(client, 'app', options)
 * ```
 */
export interface WaiterOptions extends SendOptions {
  /** Give up after this long. Default 300000 ms (5 minutes; GSI backfills on real tables can take longer). */
  timeoutMs?: number
  /** First delay between checks; grows by half each time up to `maxIntervalMs`. Default 200 ms. */
  intervalMs?: number
  maxIntervalMs?: number
}

export type Check<T> = () => Promise<{ done: true; value: T } | { done: false; state: string | undefined }>

/**
 * Polls `check` (immediately, then with growing pauses) until it reports done or time runs out.
 *
 * @example
 * ```ts
 * // Throws WaiterTimeoutError (code 'WaiterTimeoutError') naming the last state when time runs out.
 * const ttl = await waitUntil('TTL to be enabled', async () => {
 *   const { TimeToLiveDescription } = await client.describeTimeToLive({ TableName: 'app' })
 *   const state = TimeToLiveDescription?.TimeToLiveStatus
 *   return state === 'ENABLED' ? { done: true, value: TimeToLiveDescription } : { done: false, state }
 * }, { timeoutMs: 60_000 })
 * ```
 */
export async function waitUntil<T>(what: string, check: Check<T>, options: WaiterOptions): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 300_000)
  const maxInterval = options.maxIntervalMs ?? 5000
  let interval = options.intervalMs ?? 200
  let lastState: string | undefined
  for (;;) {
    const outcome = await check()
    if (outcome.done) return outcome.value
    lastState = outcome.state
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      throw new WaiterTimeoutError({
        message: `Timed out waiting for ${what} (last state: ${lastState ?? 'none'})`,
        lastState,
      })
    }
    await sleep(Math.min(interval, remaining), options.signal)
    interval = Math.min(maxInterval, interval * 1.5)
  }
}
