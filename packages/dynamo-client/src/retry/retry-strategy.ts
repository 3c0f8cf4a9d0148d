import { TimeoutError } from '../errors/client-errors'
import type { DynamoDBError } from '../errors/dynamodb-error'
import { isThrottlingError } from '../errors/guards'
import { BASE_DELAY_MS, fullJitterDelay, THROTTLING_BASE_DELAY_MS } from './backoff'
import { AdaptiveRateLimiter } from './rate-limiter'
import { RetryQuota } from './retry-quota'

export type RetryMode = 'standard' | 'adaptive'

/** Same default as the AWS SDK v3: 3 attempts in all, i.e. 2 retries. */
export const DEFAULT_MAX_RETRIES = 2

export interface RetryOptions {
  maxRetries: number
  mode: RetryMode
  random?: () => number
}

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
