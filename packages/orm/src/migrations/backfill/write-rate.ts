/**
 * Paces writes to a target rate per process (token bucket with a one-second burst). The backfill shares
 * the table with the application, so a rate cap keeps it from taking all of its capacity.
 */
export class WriteRate {
  #tokens: number
  #last = Date.now()

  constructor(readonly perSecond: number | null) {
    this.#tokens = perSecond ?? 0
  }

  async take(): Promise<void> {
    const perSecond = this.perSecond
    if (perSecond === null) return
    for (;;) {
      const now = Date.now()
      this.#tokens = Math.min(perSecond, this.#tokens + ((now - this.#last) / 1000) * perSecond)
      this.#last = now
      if (this.#tokens >= 1) {
        this.#tokens -= 1
        return
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - this.#tokens) / perSecond) * 1000)))
    }
  }
}
