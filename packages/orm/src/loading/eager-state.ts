import type { QueryDescription } from '../query/description'
import { type EagerInput, type EagerTree, parseEager, type RelationConstraint } from './eager-spec'
import type { ExistenceFilter } from './existence'

/**
 * Eager-loading instructions carried on a query description (copied along by every builder method).
 *
 * @example
 * ```ts
 * const state: EagerState = { tree: parseEager(['posts']), counts: new Map(), filters: [], concurrency: null }
 * ```
 */
export interface EagerState {
  readonly tree: EagerTree
  readonly counts: ReadonlyMap<string, RelationConstraint | null>
  readonly filters: readonly ExistenceFilter[]
  readonly concurrency: number | null
}

const EMPTY: EagerState = Object.freeze({
  tree: new Map(),
  counts: new Map(),
  filters: [],
  concurrency: null,
})

type WithEager = QueryDescription & { readonly eager?: EagerState }

export function eagerStateOf(description: QueryDescription): EagerState {
  return (description as WithEager).eager ?? EMPTY
}

export function isEagerEmpty(state: EagerState): boolean {
  return state.tree.size === 0 && state.counts.size === 0 && state.filters.length === 0
}

export function withEager(description: QueryDescription, change: Partial<EagerState>): QueryDescription {
  const eager: EagerState = Object.freeze({ ...eagerStateOf(description), ...change })
  return Object.freeze({ ...description, eager }) as QueryDescription
}

export function addWith(description: QueryDescription, inputs: readonly EagerInput[]): QueryDescription {
  return withEager(description, { tree: parseEager(inputs, eagerStateOf(description).tree) })
}

export function addCounts(description: QueryDescription, inputs: readonly EagerInput[]): QueryDescription {
  const counts = new Map(eagerStateOf(description).counts)
  for (const input of inputs) {
    if (typeof input === 'string') counts.set(input, null)
    else if (Array.isArray(input)) for (const name of input as readonly string[]) counts.set(name, null)
    else
      for (const [name, fn] of Object.entries(input as Record<string, RelationConstraint | true>))
        counts.set(name, typeof fn === 'function' ? fn : null)
  }
  return withEager(description, { counts })
}

export function addFilter(description: QueryDescription, filter: ExistenceFilter): QueryDescription {
  return withEager(description, { filters: [...eagerStateOf(description).filters, filter] })
}
