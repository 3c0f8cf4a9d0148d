import { takeLease } from '../state/lease'
import type { StateTable } from '../state/state-store'
import { type BackfillJob, readSegments, type SegmentState, segmentSort } from './backfill-job'
import type { JobWork } from './job-work'
import type { BackfillProgress } from './progress'
import { ProgressMeter } from './progress'
import { runSegment } from './run-segment'
import { WriteRate } from './write-rate'

export interface BackfillWorkerOptions {
  holder: string
  /** Segment lease; renewed every third (default 10 s). A dead worker's segment is taken over after it. */
  leaseMs?: number
  /** Segments this worker runs at once (default 2). */
  parallelSegments?: number
  /** Items per Scan page (default 200). */
  pageSize?: number
  /** Item writes (or transactions, in `transact` mode) in flight per segment (default 16). */
  concurrency?: number
  /** One UpdateItem per item (default) or up to 25 per TransactWriteItems; see docs/migrations.md. */
  writeMode?: 'item' | 'transact'
  /** Cap on item writes per second for this worker (default none). */
  writesPerSecond?: number
  signal?: AbortSignal | undefined
  onProgress?: (progress: BackfillProgress) => void
}

export interface BackfillWorkerResult {
  segmentsRun: number
  segmentsLost: number
  aborted: boolean
}

function claimable(segment: SegmentState, now: number): boolean {
  return segment.status === 'pending' && (segment.holder === null || segment.leaseUntil < now)
}

async function claim(
  table: StateTable,
  job: BackfillJob,
  holder: string,
  leaseMs: number,
  meter: ProgressMeter,
) {
  const segments = await readSegments(table, job.jobId)
  meter.sync(segments)
  const now = Date.now()
  const open = segments.filter((segment) => claimable(segment, now))
  // Start at a random place so workers starting together do not all race for segment 0.
  const offset = Math.floor(Math.random() * Math.max(1, open.length))
  for (let i = 0; i < open.length; i++) {
    const segment = open[(i + offset) % open.length]!
    const taken = await takeLease(table, segmentSort(job.jobId, segment.segment), holder, leaseMs, {
      condition: '#status = :pending',
      names: { '#status': 'status' },
      values: { ':pending': 'pending' },
    })
    if (taken) return { segment, finished: false }
  }
  return { segment: null, finished: segments.every((segment) => segment.status === 'done') }
}

/**
 * One worker of a backfill: claims free (or expired) segments until every segment is done. Any number of
 * these, in any number of processes or machines, cooperate through the segment leases.
 */
export async function runBackfillWorker(
  table: StateTable,
  work: JobWork,
  job: BackfillJob,
  options: BackfillWorkerOptions,
): Promise<BackfillWorkerResult> {
  const leaseMs = options.leaseMs ?? 10_000
  const rate = new WriteRate(options.writesPerSecond ?? null)
  const meter = new ProgressMeter(job, options.onProgress)
  const result: BackfillWorkerResult = { segmentsRun: 0, segmentsLost: 0, aborted: false }
  // Each loop leases under its own name: a shared one would let two loops of this worker take one segment.
  const loop = async (_: unknown, position: number) => {
    const holder = `${options.holder}/${position}`
    for (;;) {
      if (options.signal?.aborted) {
        result.aborted = true
        return
      }
      const { segment, finished } = await claim(table, job, holder, leaseMs, meter)
      if (finished) return
      if (!segment) {
        // Others hold the rest: wait, then look again (their leases may expire).
        await new Promise((resolve) => setTimeout(resolve, Math.max(100, leaseMs / 4)))
        continue
      }
      const end = await runSegment(table, work, job, segment, {
        holder,
        leaseMs,
        pageSize: options.pageSize ?? 200,
        concurrency: options.concurrency ?? 16,
        writeMode: options.writeMode ?? 'item',
        rate,
        signal: options.signal,
        onPage: (page) => meter.page(page),
      })
      if (end === 'done') result.segmentsRun++
      if (end === 'lost') result.segmentsLost++
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.parallelSegments ?? 2) }, loop))
  return result
}
