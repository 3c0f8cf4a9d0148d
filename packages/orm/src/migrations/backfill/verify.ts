import { isMigrationItem, type StateTable } from '../state/state-store'
import { type JobWork, projectionOf } from './job-work'

/**
 * What a backfill's verification pass found: items checked, items with wrong index keys, and samples.
 *
 * @example
 * ```ts
 * const { verification } = await migrate(orm)
 * for (const [step, result] of Object.entries(verification)) console.log(step, result)
 * ```
 */
export interface VerifyResult {
  checked: number
  wrong: number
  /** Keys of up to 10 wrong items (`pk / sk`). */
  samples: string[]
}

const VERIFY_PAGE_ITEMS = 500

/**
 * Reads every item (parallel scan, strongly consistent) and counts those of the job's types the job has not
 * brought to the target design: index attributes that differ from what it computes from the item's own
 * attributes (backfill, cleanup), or an item left at a base key other than its target key (re-key).
 */
export async function verifyBackfill(
  table: StateTable,
  work: Pick<JobWork, 'isDone' | 'projection' | 'verifyPage'>,
  segments = 4,
): Promise<VerifyResult> {
  const result: VerifyResult = { checked: 0, wrong: 0, samples: [] }
  const scanSegment = async (segment: number) => {
    for await (const page of table.doc.paginateScan({
      TableName: table.tableName,
      Segment: segment,
      TotalSegments: segments,
      ConsistentRead: true,
      // Pages of at most this many items, so memory stays flat however large the table (an unlimited page is
      // up to 1 MB of items per segment, decoded).
      Limit: VERIFY_PAGE_ITEMS,
      ...projectionOf(work.projection),
    })) {
      const items = (page.Items ?? []).filter((item) => !isMigrationItem(table, item))
      const right = work.verifyPage ? await work.verifyPage(items) : items.map((item) => work.isDone(item))
      items.forEach((item, position) => {
        result.checked++
        if (right[position]) return
        result.wrong++
        if (result.samples.length < 10)
          result.samples.push(`${String(item[table.partitionKey])} / ${String(item[table.sortKey])}`)
      })
    }
  }
  await Promise.all(Array.from({ length: segments }, (_, segment) => scanSegment(segment)))
  return result
}
