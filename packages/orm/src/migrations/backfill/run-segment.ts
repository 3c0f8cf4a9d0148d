import { conditionNotMet } from '../state/condition-not-met'
import { heartbeat } from '../state/lease'
import { isMigrationItem, type StateTable, stateKey } from '../state/state-store'
import { type BackfillJob, type SegmentState, segmentSort } from './backfill-job'
import { type JobWork, projectionOf } from './job-work'
import type { WriteRate } from './write-rate'

export interface SegmentRunOptions {
  holder: string
  leaseMs: number
  pageSize: number
  concurrency: number
  writeMode: 'item' | 'transact'
  rate: WriteRate
  signal?: AbortSignal | undefined
  /** Called after each checkpointed page with the items scanned and written in it. */
  onPage?: (page: { segment: number; scanned: number; written: number; conflicts: number }) => void
}

export type SegmentEnd = 'done' | 'lost' | 'aborted'

/** Saves the scan position; false when the lease moved to another worker (it then owns the segment). */
async function checkpoint(
  table: StateTable,
  sort: string,
  options: SegmentRunOptions,
  page: { lastKey: string | null; scanned: number; written: number; conflicts: number; done: boolean },
): Promise<boolean> {
  try {
    await table.doc.update({
      TableName: table.tableName,
      Key: stateKey(table, sort),
      UpdateExpression:
        'SET #lastKey = :lastKey, #status = :status ADD #scanned :scanned, #written :written, #conflicts :conflicts',
      ConditionExpression: '#holder = :holder',
      ExpressionAttributeNames: {
        '#lastKey': 'lastKey',
        '#status': 'status',
        '#scanned': 'scanned',
        '#written': 'written',
        '#conflicts': 'conflicts',
        '#holder': 'holder',
      },
      ExpressionAttributeValues: {
        ':lastKey': page.lastKey,
        ':status': page.done ? 'done' : 'pending',
        ':scanned': page.scanned,
        ':written': page.written,
        ':conflicts': page.conflicts,
        ':holder': options.holder,
      },
    })
    return true
  } catch (error) {
    if (conditionNotMet(error)) return false
    throw error
  }
}

/**
 * Works one leased segment from its checkpoint to its end: scan a page, reconcile its items, checkpoint,
 * repeat (the next page is read while this one is written; only the attributes the job reads are fetched). The lease is renewed meanwhile; a worker that loses it (it stalled past the lease) stops, and
 * the one that took over goes on from the last checkpoint, so a page may be reconciled twice, never skipped.
 */
export async function runSegment(
  table: StateTable,
  work: JobWork,
  job: BackfillJob,
  segment: SegmentState,
  options: SegmentRunOptions,
): Promise<SegmentEnd> {
  const sort = segmentSort(job.jobId, segment.segment)
  let lost = false
  const beat = heartbeat(table, sort, options.holder, options.leaseMs, () => {
    lost = true
  })
  let lastKey = segment.lastKey
  const scan = (from: string | null) =>
    table.doc.scan({
      TableName: table.tableName,
      Segment: segment.segment,
      TotalSegments: job.totalSegments,
      Limit: options.pageSize,
      ConsistentRead: true,
      ...projectionOf(work.projection),
      ...(from ? { ExclusiveStartKey: JSON.parse(from) } : {}),
    })
  let next = scan(lastKey)
  try {
    for (;;) {
      if (options.signal?.aborted) return 'aborted'
      const page = await next
      // Read the next page while this one is written: the scan's round trip hides behind the writes.
      const following = page.LastEvaluatedKey ? JSON.stringify(page.LastEvaluatedKey) : null
      if (following) {
        next = scan(following)
        next.catch(() => undefined)
      }
      const items = (page.Items ?? []).filter((item) => !isMigrationItem(table, item))
      const results = await work.reconcilePage(items, options)
      if (lost) return 'lost'
      lastKey = following
      const counts = {
        scanned: items.length,
        written: results.filter((result) => result.outcome === 'written').length,
        conflicts: results.reduce((sum, result) => sum + result.conflicts, 0),
      }
      if (!(await checkpoint(table, sort, options, { lastKey, ...counts, done: lastKey === null })))
        return 'lost'
      options.onPage?.({ segment: segment.segment, ...counts })
      if (lastKey === null) return 'done'
    }
  } finally {
    beat.stop()
  }
}
