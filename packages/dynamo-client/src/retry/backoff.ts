import { AbortError } from '../errors/client-errors'

/** Base delay for ordinary transient errors (5xx, network). */
export const BASE_DELAY_MS = 100
/** Throttling means the table is saturated: back off harder so the retries do not keep it saturated. */
export const THROTTLING_BASE_DELAY_MS = 500
/**
 * The cap on one backoff wait, 20 000 ms: fullJitterDelay never draws a longer delay unless given another cap.
 *
 * @example
 * ```ts
 * fullJitterDelay(10, 500, MAX_DELAY_MS) // at most 20 000 ms, although 500 * 2^10 is 512 000
 * ```
 */
export const MAX_DELAY_MS = 20_000

/**
 * Exponential backoff with full jitter: a uniform draw from [0, min(cap, base * 2^retry)). Full jitter
 * spreads a herd of clients that were throttled together, which plain exponential backoff does not.
 *
 * @example
 * ```ts
 * // Third retry after a throttle: a wait between 0 and 4000 ms (500 * 2^3).
 * const delayMs = fullJitterDelay(3, 500)
 * await new Promise((resolve) => setTimeout(resolve, delayMs))
 * ```
 */
export function fullJitterDelay(
  retry: number,
  baseMs: number,
  capMs = MAX_DELAY_MS,
  random = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** retry)
  return Math.floor(random() * ceiling)
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new AbortError({ message: 'Aborted', cause: signal.reason }))
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms)
    function done() {
      signal?.removeEventListener('abort', abort)
      resolve()
    }
    function abort() {
      clearTimeout(timer)
      reject(new AbortError({ message: 'Aborted while waiting to retry', cause: signal?.reason }))
    }
    signal?.addEventListener('abort', abort, { once: true })
  })
}
