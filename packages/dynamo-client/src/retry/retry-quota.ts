/**
 * The standard-mode retry budget: retries spend tokens, successes refund them. When an outage makes
 * every call fail, the budget runs dry and calls fail fast instead of multiplying load by maxRetries.
 *
 * @example
 * ```ts
 * const quota = new RetryQuota()
 * const cost = quota.tryAcquire(false) // 5 tokens for an ordinary retry; undefined once the budget is spent
 * if (cost !== undefined) quota.release(cost) // the retried call succeeded: the tokens come back
 * console.log(quota.available) // 500
 * ```
 */
export class RetryQuota {
  static readonly CAPACITY = 500
  static readonly RETRY_COST = 5
  static readonly TIMEOUT_COST = 10
  static readonly SUCCESS_REFUND = 1

  #available = RetryQuota.CAPACITY

  get available(): number {
    return this.#available
  }

  /** Takes the cost of one retry; false when the budget cannot pay for it. */
  tryAcquire(isTimeout: boolean): number | undefined {
    const cost = isTimeout ? RetryQuota.TIMEOUT_COST : RetryQuota.RETRY_COST
    if (cost > this.#available) return undefined
    this.#available -= cost
    return cost
  }

  /** A success pays back what its retries cost, or a small refund when it needed none. */
  release(spent: number): void {
    this.#available = Math.min(
      RetryQuota.CAPACITY,
      this.#available + (spent > 0 ? spent : RetryQuota.SUCCESS_REFUND),
    )
  }
}
