/**
 * Counts writes sent through the read path. A write moves the clock when it starts and when it settles,
 * so a read that overlapped any part of a write sees a different generation at its end than at its
 * start, and neither caches nor shares its answer.
 */
export class WriteClock {
  #generation = 0

  get generation(): number {
    return this.#generation
  }

  tick(): void {
    this.#generation++
  }
}
