import { describe, expect, it } from 'vitest'
import {
  AdaptiveRateLimiter,
  fullJitterDelay,
  InternalServerError,
  ProvisionedThroughputExceededError,
  RetryQuota,
  RetryStrategy,
  ValidationError,
} from '../../src/index'

describe('backoff', () => {
  it('full jitter stays below min(cap, base * 2^retry)', () => {
    for (let retry = 0; retry < 12; retry++) {
      expect(fullJitterDelay(retry, 100, 20_000, () => 0.999999)).toBeLessThan(
        Math.min(20_000, 100 * 2 ** retry),
      )
      expect(fullJitterDelay(retry, 100, 20_000, () => 0)).toBe(0)
    }
  })
})

describe('RetryStrategy', () => {
  const throttle = () => new ProvisionedThroughputExceededError({ message: 'x' })

  it('retries retryable errors up to maxRetries, throttles with a larger base', () => {
    const strategy = new RetryStrategy({ maxRetries: 2, mode: 'standard', random: () => 0.5 })
    expect(strategy.retryDelay(throttle(), 0)?.delayMs).toBe(250)
    expect(strategy.retryDelay(new InternalServerError({ message: 'x' }), 0)?.delayMs).toBe(50)
    expect(strategy.retryDelay(throttle(), 1)?.delayMs).toBe(500)
    expect(strategy.retryDelay(throttle(), 2)).toBeUndefined()
    expect(strategy.retryDelay(new ValidationError({ message: 'x' }), 0)).toBeUndefined()
  })

  it('stops retrying when the retry budget is spent, and successes refill it', () => {
    const strategy = new RetryStrategy({ maxRetries: 1000, mode: 'standard' })
    let granted = 0
    while (strategy.retryDelay(throttle(), 0)) granted++
    expect(granted).toBe(RetryQuota.CAPACITY / RetryQuota.RETRY_COST)
    strategy.onSuccess(RetryQuota.RETRY_COST)
    expect(strategy.retryDelay(throttle(), 0)).toBeDefined()
  })
})

describe('AdaptiveRateLimiter', () => {
  it('stays out of the way until throttled, then paces requests and recovers', async () => {
    let now = 0
    const waits: number[] = []
    const limiter = new AdaptiveRateLimiter({ now: () => now }, async (ms) => {
      waits.push(ms)
      now += ms / 1000
    })
    // 50 requests per second, no throttling: no waiting.
    for (let i = 0; i < 100; i++) {
      await limiter.acquire()
      limiter.record(false)
      now += 0.02
    }
    expect(waits).toEqual([])
    expect(limiter.enabled).toBe(false)
    limiter.record(true)
    expect(limiter.enabled).toBe(true)
    const throttledRate = limiter.fillRate
    expect(throttledRate).toBeGreaterThan(0)
    expect(throttledRate).toBeLessThan(50)
    // Ten back-to-back requests now have to wait for tokens.
    for (let i = 0; i < 10; i++) await limiter.acquire()
    expect(waits.length).toBeGreaterThan(0)
    // Successes over the next seconds grow the rate back (cubic).
    for (let i = 0; i < 200; i++) {
      await limiter.acquire()
      limiter.record(false)
    }
    expect(limiter.fillRate).toBeGreaterThan(throttledRate)
  })
})
