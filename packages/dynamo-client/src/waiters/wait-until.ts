import type { SendOptions } from '../client/send-context'
import { WaiterTimeoutError } from '../errors/client-errors'
import { sleep } from '../retry/backoff'

export interface WaiterOptions extends SendOptions {
  /** Give up after this long. Default 300000 ms (5 minutes; GSI backfills on real tables can take longer). */
  timeoutMs?: number
  /** First delay between checks; grows by half each time up to `maxIntervalMs`. Default 200 ms. */
  intervalMs?: number
  maxIntervalMs?: number
}

export type Check<T> = () => Promise<{ done: true; value: T } | { done: false; state: string | undefined }>

/** Polls `check` (immediately, then with growing pauses) until it reports done or time runs out. */
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
