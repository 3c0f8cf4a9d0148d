import type { OperationSender } from '../operations/sender'
import type { Key } from '../types/common'
import type { ScanInput, ScanOutput } from '../types/query-scan'
import type { PaginateOptions } from './paginate'

export interface ParallelScanOptions extends Omit<PaginateOptions, 'maxPages'> {
  /** How many segments to split the table into (TotalSegments). */
  segments: number
  /** How many segments are read at the same time. Default: all of them. */
  concurrency?: number
}

export type ParallelScanPage = ScanOutput & { readonly segment: number }

interface InFlight {
  segment: number
  output: ScanOutput
}

/**
 * A segmented Scan: `concurrency` segments in flight, each followed to its end, pages yielded in
 * arrival order. A new page is requested only when the previous one of that segment has been yielded,
 * so a slow consumer slows the scan instead of buffering the table in memory.
 */
export async function* parallelScan(
  sender: OperationSender,
  input: ScanInput,
  options: ParallelScanOptions,
): AsyncGenerator<ParallelScanPage, void, undefined> {
  const segments = Math.max(1, Math.floor(options.segments))
  const concurrency = Math.max(1, Math.min(segments, options.concurrency ?? segments))
  const pending = new Map<number, Promise<InFlight>>()
  const start = (segment: number, startKey: Key | undefined) => {
    const page: ScanInput = { ...input, Segment: segment, TotalSegments: segments }
    if (startKey) page.ExclusiveStartKey = startKey
    const request = sender.send('Scan', page, options).then((output) => ({ segment, output }))
    // If the consumer stops early, in-flight pages are dropped; their failures must not go unhandled.
    request.catch(() => undefined)
    pending.set(segment, request)
  }
  let next = 0
  while (pending.size < concurrency && next < segments) start(next++, undefined)
  while (pending.size > 0) {
    const { segment, output } = await Promise.race(pending.values())
    pending.delete(segment)
    yield { ...output, segment }
    if (output.LastEvaluatedKey) start(segment, output.LastEvaluatedKey)
    else if (next < segments) start(next++, undefined)
  }
}
