export { fullJitterDelay, MAX_DELAY_MS } from './backoff'
export { AdaptiveRateLimiter, type Clock } from './rate-limiter'
export { RetryQuota } from './retry-quota'
export { DEFAULT_MAX_RETRIES, isThrottle, type RetryMode, RetryStrategy } from './retry-strategy'
