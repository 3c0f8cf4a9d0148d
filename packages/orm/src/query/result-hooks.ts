import { type EagerState, eagerStateOf, isEagerEmpty } from '../loading/eager-state'
import type { QueryDescription } from './description'
import { QueryError } from './errors'
import { ResultCollection } from './execute/results'

/**
 * Applies eager-loading instructions to rows a query read: existence filters, `with()` loads and
 * `withCount()` counts. Resolves the rows that pass the filters, in their order.
 */
export type RowFinisher = <T>(rows: T[], state: EagerState) => Promise<T[]>

let finisher: RowFinisher | null = null

/** What `QueryBuilder.find(key)` hands to the key finder the loading module registers. */
export interface KeyFinderRequest {
  readonly description: QueryDescription
  readonly model: unknown
  readonly key: unknown
  /** True when the query holds nothing a key read would drop (no where, scopes, index or projection). */
  readonly plain: boolean
  /** Applies existence filters and counts to rows. */
  readonly finish: <T>(rows: T[], state: EagerState) => Promise<T[]>
  /** The query's `first()` with the key attributes added as conditions. */
  readonly first: (keyValues: Readonly<Record<string, unknown>>) => Promise<unknown>
}

export type KeyFinder = (request: KeyFinderRequest) => Promise<unknown>

let keyFinder: KeyFinder | null = null

/** Registers `find(key)` on queries (it reads through models, hence a hook, as for the row finisher). */
export function setKeyFinder(find: KeyFinder): void {
  keyFinder = find
}

/** The registered key finder; throws RELATIONS_NOT_INSTALLED when the entry point was never imported. */
export function keyFinderFor(entity: string): KeyFinder {
  if (!keyFinder) throw relationsNotInstalled(entity, 'find(key) on a query')
  return keyFinder
}

/**
 * Registers the eager loader. It lives in the loading module, which reads relations through models that
 * themselves build queries, so the builder reaches it through this hook instead of an import cycle.
 */
export function setRowFinisher(finish: RowFinisher): void {
  finisher = finish
}

/** Relation features were used but the module that reads relations was never loaded (a deep import). */
export function relationsNotInstalled(entity: string, feature: string): QueryError {
  return new QueryError('RELATIONS_NOT_INSTALLED', `${feature} need the relations module`, {
    hint: "import from '@dbtooling/orm' (its entry point installs relation loading) rather than a deep path",
    entity,
  })
}

/** The query's eager-loading instructions, or null when it has none (the common case: one check). */
export function eagerInstructions(description: QueryDescription): EagerState | null {
  const state = eagerStateOf(description)
  return isEagerEmpty(state) ? null : state
}

export function finishRows<T>(entity: string, rows: T[], state: EagerState): Promise<T[]> {
  if (!finisher) {
    throw relationsNotInstalled(entity, 'with()/withCount()/has()')
  }
  return finisher(rows, state)
}

/** Like `finishRows`, keeping the collection (and its read stats) when no row was filtered out. */
export async function finishCollection<T>(
  entity: string,
  rows: ResultCollection<T>,
  state: EagerState,
): Promise<ResultCollection<T>> {
  const items = [...rows]
  const kept = await finishRows(entity, items, state)
  return kept.length === items.length ? rows : new ResultCollection(kept, rows.meta)
}

/** Only the existence filters of `state` (to filter every row but load relations onto fewer). */
export function filtersOnly(state: EagerState): EagerState {
  return { ...state, tree: new Map(), counts: new Map() }
}

/** `state` without its existence filters. */
export function withoutFilters(state: EagerState): EagerState {
  return { ...state, filters: [] }
}
