import { isMigrationItem, type StateTable } from '../state/state-store'
import { type JobWork, projectionOf } from './job-work'

export interface VerifyResult {
  checked: number
  wrong: number
  /** Keys of up to 10 wrong items (`pk / sk`). */
  samples: string[]
}

/**
 * Reads every item (parallel scan, strongly consistent) and counts those of the job's types the job has not
 * brought to the target design: index attributes that differ from what it computes from the item's own
 * attributes (backfill, cleanup), or an item left at a base key other than its target key (re-key).
 */
export async function verifyBackfill(
  table: StateTable,
  work: Pick<JobWork, 'isDone' | 'projection'>,
  segments = 4,
): Promise<VerifyResult> {
  const result: VerifyResult = { checked: 0, wrong: 0, samples: [] }
  const scanSegment = async (segment: number) => {
    for await (const page of table.doc.paginateScan({
      TableName: table.tableName,
      Segment: segment,
      TotalSegments: segments,
      ConsistentRead: true,
      ...projectionOf(work.projection),
    })) {
      for (const item of page.Items ?? []) {
        if (isMigrationItem(table, item)) continue
        result.checked++
        if (work.isDone(item)) continue
        result.wrong++
        if (result.samples.length < 10)
          result.samples.push(`${String(item[table.partitionKey])} / ${String(item[table.sortKey])}`)
      }
    }
  }
  await Promise.all(Array.from({ length: segments }, (_, segment) => scanSegment(segment)))
  return result
}
