import { ModelBase } from '../model/model-base'
import { DEFAULT_CONCURRENCY } from '../relations/map-limited'
import { eagerLoad } from './eager-load'
import type { EagerState } from './eager-state'
import { filterByExistence, loadCounts } from './existence'

/**
 * Existence filters, then `with()` loads, then `withCount()` counts, on the model rows of a read; rows
 * that are not models pass through untouched. Filtering first means relations are only loaded onto
 * rows that are kept.
 */
export async function finishRows<T>(rows: T[], state: EagerState): Promise<T[]> {
  const models = rows.filter((row): row is T & ModelBase => row instanceof ModelBase)
  if (models.length === 0) return rows
  const concurrency = state.concurrency ?? DEFAULT_CONCURRENCY
  const kept = state.filters.length > 0 ? await filterByExistence(models, state.filters, concurrency) : models
  if (state.tree.size > 0) await eagerLoad(kept, state.tree, concurrency)
  if (state.counts.size > 0) await loadCounts(kept, state.counts, concurrency)
  if (kept.length === models.length) return rows
  const keep = new Set<unknown>(kept)
  return rows.filter((row) => !(row instanceof ModelBase) || keep.has(row))
}
