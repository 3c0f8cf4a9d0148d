import type { OperationSender } from '../operations/sender'
import type { Key } from '../types/common'
import type { ScanInput, ScanOutput } from '../types/query-scan'
import type { PaginateOptions } from './paginate'

/**
 * Options of `parallelScan`: how many segments to split the table into and how many to read at once.
 *
 * @example
 * ```ts
 * const options: ParallelScanOptions = { segments: 8, concurrency: 4 }
 * for await (const page of parallelScan(client, { TableName: 'app' }, options)) console.log(page.segment, page.Count)
 * ```
 */
export interface ParallelScanOptions extends Omit<PaginateOptions, 'maxPages'> {
  /** How many segments to split the table into (TotalSegments). */
  segments: number
  /** How many segments are read at the same time. Default: all of them. */
  concurrency?: number
}

/**
 * One page of a `parallelScan`: a Scan output with the segment it came from.
 *
 * @example
 * ```ts
 * const pages: ParallelScanPage[] = []
 * for await (const page of parallelScan(client, { TableName: 'app' }, { segments: 4 })) pages.push(page)
 * ```
 */
export type ParallelScanPage = ScanOutput & { readonly segment: number }

interface InFlight {
  segment: number
  output: ScanOutput
}

/**
 * A segmented Scan: `concurrency` segments in flight, each followed to its end, pages yielded in
 * arrival order. A new page is requested only when the previous one of that segment has been yielded,
 * so a slow consumer slows the scan instead of buffering the table in memory.
 *
 * @example
 * ```ts
 * for await (const page of parallelScan(client, { TableName: 'app' }, { segments: 4 })) await handle(page.Items ?? [])
 * ```
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
