import { sleep } from './backoff'

/**
 * A source of the current time in fractional seconds, so the adaptive rate limiter can be driven by a fake clock in tests.
 *
 * @example
 * ```ts
 * let now = 0
 * const clock: Clock = { now: () => now }
 * const limiter = new AdaptiveRateLimiter(clock, async () => {})
 * now += 1.5 // advance the fake time
 * ```
 */
export interface Clock {
  /** Seconds, fractional. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() / 1000 }

/**
 * Client-side rate limiting for `retryMode: 'adaptive'`: a token bucket whose fill rate follows CUBIC
 * (the TCP congestion algorithm AWS SDKs use here). A throttle cuts the rate to 70 %; successes grow it
 * back along a cubic curve. The bucket is off until the first throttle, so unthrottled clients pay nothing.
 *
 * @example
 * ```ts
 * // `retryMode: 'adaptive'` creates one per client; by hand:
 * const limiter = new AdaptiveRateLimiter()
 * await limiter.acquire() // resolves at once until a throttle enables the bucket
 * limiter.record(true) // a throttled attempt: the fill rate drops
 * console.log(limiter.enabled, limiter.fillRate)
 * ```
 */
export class AdaptiveRateLimiter {
  static readonly BETA = 0.7
  static readonly SCALE = 0.4
  static readonly SMOOTH = 0.8
  static readonly MIN_FILL_RATE = 0.5
  static readonly MIN_CAPACITY = 1

  readonly #clock: Clock
  readonly #sleep: (ms: number) => Promise<void>
  #enabled = false
  #fillRate = 0
  #maxCapacity = AdaptiveRateLimiter.MIN_CAPACITY
  #capacity = 0
  #lastRefill: number | undefined
  #lastMaxRate = 0
  #lastThrottle: number
  #timeWindow = 0
  #measuredRate = 0
  #requestCount = 0
  #lastRateBucket: number

  constructor(clock: Clock = systemClock, wait: (ms: number) => Promise<void> = sleep) {
    this.#clock = clock
    this.#sleep = wait
    this.#lastThrottle = clock.now()
    this.#lastRateBucket = Math.floor(clock.now())
  }

  get enabled(): boolean {
    return this.#enabled
  }

  /** Requests per second the bucket currently allows (meaningful once enabled). */
  get fillRate(): number {
    return this.#fillRate
  }

  /** Waits until the bucket has a token for one request. */
  async acquire(): Promise<void> {
    if (!this.#enabled) return
    this.#refill()
    if (this.#capacity < 1) {
      await this.#sleep(((1 - this.#capacity) / this.#fillRate) * 1000)
      this.#refill()
    }
    this.#capacity -= 1
  }

  /** Feeds back the outcome of one response. */
  record(throttled: boolean): void {
    this.#updateMeasuredRate()
    let rate: number
    if (throttled) {
      const base = this.#enabled ? Math.min(this.#measuredRate, this.#fillRate) : this.#measuredRate
      this.#lastMaxRate = base
      this.#timeWindow = Math.cbrt(
        (this.#lastMaxRate * (1 - AdaptiveRateLimiter.BETA)) / AdaptiveRateLimiter.SCALE,
      )
      this.#lastThrottle = this.#clock.now()
      rate = base * AdaptiveRateLimiter.BETA
      this.#enabled = true
    } else {
      this.#timeWindow = Math.cbrt(
        (this.#lastMaxRate * (1 - AdaptiveRateLimiter.BETA)) / AdaptiveRateLimiter.SCALE,
      )
      const elapsed = this.#clock.now() - this.#lastThrottle - this.#timeWindow
      rate = AdaptiveRateLimiter.SCALE * elapsed ** 3 + this.#lastMaxRate
    }
    this.#setRate(Math.min(rate, 2 * this.#measuredRate))
  }

  #setRate(rate: number): void {
    this.#refill()
    this.#fillRate = Math.max(rate, AdaptiveRateLimiter.MIN_FILL_RATE)
    this.#maxCapacity = Math.max(rate, AdaptiveRateLimiter.MIN_CAPACITY)
    this.#capacity = Math.min(this.#capacity, this.#maxCapacity)
  }

  #refill(): void {
    const now = this.#clock.now()
    if (this.#lastRefill !== undefined) {
      this.#capacity = Math.min(this.#maxCapacity, this.#capacity + (now - this.#lastRefill) * this.#fillRate)
    }
    this.#lastRefill = now
  }

  #updateMeasuredRate(): void {
    const bucket = Math.floor(this.#clock.now() * 2) / 2
    this.#requestCount += 1
    if (bucket > this.#lastRateBucket) {
      const current = this.#requestCount / (bucket - this.#lastRateBucket)
      this.#measuredRate =
        current * AdaptiveRateLimiter.SMOOTH + this.#measuredRate * (1 - AdaptiveRateLimiter.SMOOTH)
      this.#requestCount = 0
      this.#lastRateBucket = bucket
    }
  }
}
