import type { DocumentMap } from '@dbtooling/dynamo-client'
import type { QueryContext } from '../context'
import type { ReadOptions, ReadPage, StoredItem } from '../execute/read-pages'
import { emptyStats, type QueryStats } from '../execute/stats'
import { keyToPositions, positionsToKey } from './fan-out-cursor'
import { MergeReader, type MergeSource } from './merge-reader'

/** Merged items fetched per step when iterating without a limit. */
const ITERATION_BATCH = 100

function reader(
  ctx: QueryContext,
  source: MergeSource,
  options: ReadOptions,
  stats: QueryStats,
): MergeReader {
  const start = options.startKey
    ? keyToPositions(options.startKey, source.fanOut.branches.length, source.keyAttributes, null)
    : null
  return new MergeReader(ctx, source, start, stats, {
    maxPages: options.maxPages,
    pageSize: options.pageSize ?? null,
  })
}

/** readAll for a fan-out: the first `limit` merged items and a start key holding every branch's position. */
export async function readAllFanOut(
  ctx: QueryContext,
  source: MergeSource & { readonly index: string | null },
  options: ReadOptions,
): Promise<{ items: StoredItem[]; nextKey: DocumentMap | null; stats: QueryStats }> {
  const stats = emptyStats('Query', source.index)
  const merge = reader(ctx, source, options, stats)
  const items = await merge.take(options.limit)
  const positions = merge.positions()
  return { items, nextKey: positions ? positionsToKey(positions) : null, stats }
}

/** readPages for a fan-out: merged items in batches, lazily. */
export async function* readPagesFanOut(
  ctx: QueryContext,
  source: MergeSource,
  options: ReadOptions,
  stats: QueryStats,
): AsyncGenerator<ReadPage> {
  const merge = reader(ctx, source, options, stats)
  let remaining = options.limit
  while (remaining === null || remaining > 0) {
    const batch = remaining === null ? ITERATION_BATCH : Math.min(remaining, ITERATION_BATCH)
    const items = await merge.take(batch)
    if (remaining !== null) remaining -= items.length
    const positions = merge.positions()
    const nextKey = positions ? positionsToKey(positions) : null
    if (items.length > 0 || nextKey === null) yield { items, nextKey }
    if (items.length < batch || nextKey === null) return
  }
}
