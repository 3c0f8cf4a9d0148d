/**
 * What `onProgress` receives while a backfill runs (the CLI draws it).
 *
 * @example
 * ```ts
 * await migrate(orm, {
 *   onProgress: (p) => {
 *     if (p.type === 'backfill') console.log(`${p.segmentsDone}/${p.totalSegments} segments, ${p.scanned} scanned, eta ${p.etaSeconds ?? '?'} s`)
 *   },
 * })
 * ```
 */
export interface BackfillProgress {
  jobId: string
  stepId: string
  segmentsDone: number
  totalSegments: number
  /** Items scanned by all workers so far (as of the last checkpoint read, plus this worker's since). */
  scanned: number
  /** Items this worker rewrote. */
  written: number
  /** Conditional failures this worker met (application writes that won; each re-read and recomputed). */
  conflicts: number
  /** Scan rate of this worker. */
  itemsPerSecond: number
  /** Seconds left at the current rate, from the table's item count estimate; null before any rate is known. */
  etaSeconds: number | null
}

export class ProgressMeter {
  readonly #started = Date.now()
  #base = 0
  #local = 0
  #written = 0
  #conflicts = 0
  #segmentsDone = 0

  constructor(
    readonly job: { jobId: string; stepId: string; totalSegments: number; estimatedItems: number },
    readonly onProgress: ((progress: BackfillProgress) => void) | undefined,
  ) {}

  /** Resets the shared part from the segment items (they hold every worker's checkpointed counts). */
  sync(segments: ReadonlyArray<{ status: string; scanned: number }>): void {
    this.#base = segments.reduce((sum, segment) => sum + segment.scanned, 0)
    this.#segmentsDone = segments.filter((segment) => segment.status === 'done').length
    this.#localSinceSync = 0
  }

  #localSinceSync = 0

  page(counts: { scanned: number; written: number; conflicts: number }): void {
    this.#local += counts.scanned
    this.#localSinceSync += counts.scanned
    this.#written += counts.written
    this.#conflicts += counts.conflicts
    this.emit()
  }

  emit(): void {
    if (!this.onProgress) return
    const seconds = (Date.now() - this.#started) / 1000
    const rate = seconds > 0 ? this.#local / seconds : 0
    const scanned = this.#base + this.#localSinceSync
    const left = Math.max(0, this.job.estimatedItems - scanned)
    this.onProgress({
      jobId: this.job.jobId,
      stepId: this.job.stepId,
      segmentsDone: this.#segmentsDone,
      totalSegments: this.job.totalSegments,
      scanned,
      written: this.#written,
      conflicts: this.#conflicts,
      itemsPerSecond: Math.round(rate),
      etaSeconds: rate > 0 ? Math.round(left / rate) : null,
    })
  }
}
