import { ModelBase } from '../model/model-base'
import { QueryBuilder } from '../query/builder'
import type { QueryDescription } from '../query/description'
import type { CursorPage, LengthAwarePage } from '../query/execute/paginate'
import type { ResultCollection } from '../query/execute/results'
import { DEFAULT_CONCURRENCY } from '../relations/map-limited'
import { eagerLoad } from './eager-load'
import type { EagerInput, RelationConstraint } from './eager-spec'
import { addCounts, addFilter, addWith, eagerStateOf, isEagerEmpty, withEager } from './eager-state'
import { filterByExistence, loadCounts } from './existence'

declare module '../query/builder' {
  interface QueryBuilder<A extends object, R, I extends string> {
    /** Eager loads relations on the results: `with('posts')`, `with('posts.comments')`, `with({ posts: q => q.limit(5) })`. */
    with(...relations: EagerInput[]): this
    /** Sets `<relation>Count` on each result (`getRelation('postsCount')`). */
    withCount(...relations: EagerInput[]): this
    /** Keeps results that have at least one related row (checked per result after reading). */
    has(relation: string): this
    doesntHave(relation: string): this
    whereHas(relation: string, constraint?: RelationConstraint): this
    whereDoesntHave(relation: string, constraint?: RelationConstraint): this
    /** Relation queries in flight at once while eager loading (default 8). */
    eagerConcurrency(limit: number): this
  }
}

type Derive = (description: QueryDescription) => QueryBuilder<object>
type Proto = QueryBuilder<object> & { derive: Derive }

const proto = QueryBuilder.prototype as unknown as Proto

function derived(builder: QueryBuilder<object>, description: QueryDescription) {
  return (builder as unknown as Proto).derive.call(builder, description)
}

async function finish<T>(builder: QueryBuilder<object>, rows: T[]): Promise<T[]> {
  const state = eagerStateOf(builder.description)
  const models = rows.filter((row): row is T & ModelBase => row instanceof ModelBase)
  if (isEagerEmpty(state) || models.length === 0) return rows
  const concurrency = state.concurrency ?? DEFAULT_CONCURRENCY
  const kept = state.filters.length > 0 ? await filterByExistence(models, state.filters, concurrency) : models
  await eagerLoad(kept, state.tree, concurrency)
  if (state.counts.size > 0) await loadCounts(kept, state.counts, concurrency)
  const keep = new Set<unknown>(kept)
  return rows.filter((row) => !(row instanceof ModelBase) || keep.has(row))
}

/** Replaces the collection's items when existence filters dropped some (ResultCollection keeps its meta). */
async function finishCollection<T>(builder: QueryBuilder<object>, rows: ResultCollection<T>) {
  const items = [...rows]
  const kept = await finish(builder, items)
  if (kept.length === items.length) return rows
  const Ctor = rows.constructor as new (items: Iterable<T>, meta: unknown) => ResultCollection<T>
  return new Ctor(kept, rows.meta)
}

let installed = false

/** Adds `with`/`withCount`/`has`/`whereHas`... to the query builder and eager loading to its result methods. */
export function installEagerLoading(): void {
  if (installed) return
  installed = true
  proto.with = function (this: QueryBuilder<object>, ...inputs: EagerInput[]) {
    return derived(this, addWith(this.description, inputs))
  } as Proto['with']
  proto.withCount = function (this: QueryBuilder<object>, ...inputs: EagerInput[]) {
    return derived(this, addCounts(this.description, inputs))
  } as Proto['withCount']
  const filter = (exists: boolean) =>
    function (this: QueryBuilder<object>, relation: string, constraint?: RelationConstraint) {
      return derived(this, addFilter(this.description, { relation, exists, constraint: constraint ?? null }))
    }
  proto.has = filter(true) as Proto['has']
  proto.whereHas = filter(true) as Proto['whereHas']
  proto.doesntHave = filter(false) as Proto['doesntHave']
  proto.whereDoesntHave = filter(false) as Proto['whereDoesntHave']
  proto.eagerConcurrency = function (this: QueryBuilder<object>, limit: number) {
    return derived(this, withEager(this.description, { concurrency: Math.max(1, Math.floor(limit)) }))
  } as Proto['eagerConcurrency']
  wrapResults()
}

function wrapResults(): void {
  const { get, first, firstOrFail, paginate, cursorPaginate } = QueryBuilder.prototype
  proto.get = async function (this: QueryBuilder<object>) {
    return finishCollection(this, await get.call(this))
  } as Proto['get']
  proto.first = async function (this: QueryBuilder<object>) {
    const state = eagerStateOf(this.description)
    if (state.filters.length > 0) return (await proto.get.call(this))[Symbol.iterator]().next().value ?? null
    const row = await first.call(this)
    return row === null ? null : ((await finish(this, [row]))[0] ?? null)
  } as Proto['first']
  proto.firstOrFail = async function (this: QueryBuilder<object>) {
    const row = await firstOrFail.call(this)
    return (await finish(this, [row]))[0] ?? row
  } as Proto['firstOrFail']
  proto.paginate = async function (this: QueryBuilder<object>, perPage?: number, page?: number) {
    const result = (await paginate.call(this, perPage, page)) as LengthAwarePage<unknown>
    return { ...result, data: await finishCollection(this, result.data) }
  } as Proto['paginate']
  proto.cursorPaginate = async function (
    this: QueryBuilder<object>,
    perPage?: number,
    cursor?: string | null,
  ) {
    const result = (await cursorPaginate.call(this, perPage, cursor)) as CursorPage<unknown>
    return { ...result, data: await finishCollection(this, result.data) }
  } as Proto['cursorPaginate']
}
