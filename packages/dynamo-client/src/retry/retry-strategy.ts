import { TimeoutError } from '../errors/client-errors'
import type { DynamoDBError } from '../errors/dynamodb-error'
import { isThrottlingError } from '../errors/guards'
import { BASE_DELAY_MS, fullJitterDelay, THROTTLING_BASE_DELAY_MS } from './backoff'
import { AdaptiveRateLimiter } from './rate-limiter'
import { RetryQuota } from './retry-quota'

/**
 * How a client retries: `standard` (capped exponential backoff with full jitter and a retry budget) or `adaptive` (the same plus a client-side rate limiter that slows down after throttles).
 *
 * @example
 * ```ts
 * const mode: RetryMode = 'adaptive'
 * const client = new DynamoClient({ region: 'eu-west-1', retryMode: mode, maxRetries: 5 })
 * ```
 */
export type RetryMode = 'standard' | 'adaptive'

/**
 * Same default as the AWS SDK v3: 3 attempts in all, i.e. 2 retries.
 *
 * @example
 * ```ts
 * new DynamoClient({ maxRetries: DEFAULT_MAX_RETRIES + 2 }) // 5 attempts instead of 3
 * ```
 */
export const DEFAULT_MAX_RETRIES = 2

export interface RetryOptions {
  maxRetries: number
  mode: RetryMode
  random?: () => number
}

/**
 * True for errors that mean DynamoDB is shedding load (throttling, TransactionInProgressException, LimitExceededException): these back off from 500 ms instead of 100 ms.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && isThrottle(error)) console.warn('table is throttled', error.code)
 *   else throw error
 * }
 * ```
 */
export function isThrottle(error: DynamoDBError): boolean {
  return (
    isThrottlingError(error) ||
    error.code === 'TransactionInProgressException' ||
    error.code === 'LimitExceededException'
  )
}

/**
 * Decides whether and when to retry. Shared by all calls of one client, because the retry budget and
 * the adaptive rate are properties of the client's traffic, not of one call.
 *
 * @example
 * ```ts
 * const strategy = new RetryStrategy({ maxRetries: 2, mode: 'standard' })
 * const next = strategy.retryDelay(error, 0) // undefined: give up and throw `error`
 * if (next) await new Promise((resolve) => setTimeout(resolve, next.delayMs))
 * ```
 */
export class RetryStrategy {
  readonly maxRetries: number
  readonly mode: RetryMode
  readonly #quota = new RetryQuota()
  readonly #limiter: AdaptiveRateLimiter | undefined
  readonly #random: () => number

  constructor(options: RetryOptions, limiter?: AdaptiveRateLimiter) {
    this.maxRetries = Math.max(0, options.maxRetries)
    this.mode = options.mode
    this.#random = options.random ?? Math.random
    this.#limiter = options.mode === 'adaptive' ? (limiter ?? new AdaptiveRateLimiter()) : undefined
  }

  /** Adaptive mode: waits for the client-side rate limiter; standard mode: resolves at once. */
  beforeAttempt(): Promise<void> | undefined {
    return this.#limiter?.acquire()
  }

  /** Milliseconds to wait before the next attempt, or undefined to give up and throw `error`. */
  retryDelay(error: DynamoDBError, retriesSoFar: number): { delayMs: number; cost: number } | undefined {
    const throttled = isThrottle(error)
    this.#limiter?.record(throttled)
    if (!error.retryable || retriesSoFar >= this.maxRetries) return undefined
    const cost = this.#quota.tryAcquire(error instanceof TimeoutError)
    if (cost === undefined) return undefined
    const base = throttled ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS
    return { delayMs: fullJitterDelay(retriesSoFar, base, undefined, this.#random), cost }
  }

  onSuccess(spentOnRetries: number): void {
    this.#limiter?.record(false)
    this.#quota.release(spentOnRetries)
  }
}
