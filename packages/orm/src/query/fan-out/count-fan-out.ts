import type { DocumentMap } from '@dbtooling/dynamo-client'
import type { QueryContext } from '../context'
import { addPage, type QueryStats } from '../execute/stats'
import { runBounded } from './bounded'
import { FAN_OUT_CONCURRENCY, type FanOut } from './fan-out-plan'

/**
 * `count()` over a fan-out: every branch counted with `Select: COUNT` (page by page), in parallel; the
 * partitions are disjoint, so the sum is the count. `maxPages` caps the requests of all branches together.
 */
export async function countFanOut(
  ctx: QueryContext,
  fanOut: FanOut,
  maxPages: number | null,
  stats: QueryStats,
): Promise<number> {
  await runBounded(fanOut.branches, FAN_OUT_CONCURRENCY, async (branch) => {
    let start: DocumentMap | undefined
    do {
      if (maxPages !== null && stats.pages >= maxPages) {
        stats.truncated = true
        return
      }
      const request = { ...branch, Select: 'COUNT' as const }
      if (start) request.ExclusiveStartKey = start
      const output = await ctx.doc.query(request)
      addPage(stats, output)
      start = output.LastEvaluatedKey
    } while (start)
  })
  return stats.count
}
