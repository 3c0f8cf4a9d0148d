import type { Condition } from '@dbtooling/dynamo-client'
import type { Collection } from '../collection/collection'
import { ItemNotFoundError } from '../errors/item-not-found'
import type { EagerState } from '../loading/eager-state'
import { blindQuery } from '../security/blind-query'
import { compileMemoFor } from './compile/compile-memo'
import type { CompiledQuery, QueryExplanation } from './compile/compile-query'
import type { QueryContext } from './context'
import type { QueryDescription } from './description'
import { EagerBuilder } from './eager-builder'
import { QueryError, ScanNotAllowedError, WholeTypeReadNotAllowedError } from './errors'
import {
  type CursorPage,
  chunkById,
  cursorPaginate,
  type LengthAwarePage,
  paginate,
} from './execute/paginate'
import { deleteMatching, updateMatching } from './execute/query-write-calls'
import type { StoredItem } from './execute/read-pages'
import {
  aggregate,
  chunkRows,
  countRows,
  eachRow,
  firstRow,
  firstRowOrFail,
  getRows,
  iterateRows,
  pluckValues,
  type ResultCollection,
} from './execute/results'
import { type QueryRunner, warnOnce } from './execute/runner'
import { storedPages } from './execute/stored-pages'
import {
  eagerInstructions,
  filtersOnly,
  finishCollection,
  finishRows,
  keyFinderFor,
  withoutFilters,
} from './result-hooks'
import type { AttributeName, NumericAttribute } from './types'
import { WhereBuilder } from './where-builder'

/** A key for `find(key)`: the bare id, or an object of the key attributes. */
export type KeyValue<A extends object> = string | number | bigint | Readonly<Partial<A>>

/**
 * The immutable query builder. Every method returns a new builder over a new frozen description, so a
 * half-built query can be stored and extended safely. Nothing is sent until a result method runs.
 *
 * `A` is the attribute type (inferred from the model definition), `R` what results hydrate to, `I` the
 * index names `useIndex()` accepts, `P` the relation paths `with()` accepts.
 *
 * @example
 * ```ts
 * const published = Post.where('status', 'published').whereNotNull('publishedAt')
 * console.log(published.explain()) // the plan: Query on the status index, no scan
 * const page = await published.cursorPaginate(20, cursor)
 * ```
 */
export class QueryBuilder<A extends object, R = A, I extends string = string, P extends string = string>
  extends EagerBuilder<A, I, P>
  implements AsyncIterable<R>
{
  readonly #ctx: QueryContext
  readonly #model: unknown
  #compiled: CompiledQuery | undefined

  constructor(ctx: QueryContext, description: QueryDescription, model?: unknown) {
    super(description)
    this.#ctx = ctx
    this.#model = model
  }

  protected override derive(description: QueryDescription): this {
    const Builder = this.constructor as new (ctx: QueryContext, d: QueryDescription, model?: unknown) => this
    return new Builder(this.#ctx, description, this.#model)
  }

  protected override entityDesign() {
    return this.#ctx.design.entities[this.description.entity]
  }

  /** Applies a local scope: a function, or a scope registered for the model by name. */
  scope(scope: string | ((query: this, ...args: never[]) => this), ...args: unknown[]): this {
    if (typeof scope === 'function')
      return (scope as (query: this, ...rest: unknown[]) => this)(this, ...args)
    const found = this.#localScope(scope)
    if (found) return found(this, ...args) as this
    throw new QueryError('UNKNOWN_SCOPE', `no local scope '${scope}'`, {
      hint: `register it with addScope('${scope}', (query) => ...) or define static scope${capitalize(scope)}(query) on the model`,
      entity: this.description.entity,
    })
  }

  #localScope(name: string): ((query: unknown, ...args: unknown[]) => unknown) | undefined {
    const registered = this.#ctx.scopes?.local?.(this.description.entity, name)
    if (registered) return registered as (query: unknown, ...args: unknown[]) => unknown
    const model = this.#model as Record<string, unknown> | undefined
    const method = model?.[`scope${capitalize(name)}`]
    return typeof method === 'function' ? (query, ...args) => method.call(model, query, ...args) : undefined
  }

  // ---- inspection ----------------------------------------------------------------------------------------

  /** Operation, index, key condition, filter and read estimates, without sending anything. */
  explain(): QueryExplanation {
    return this.#compile(this.description).explain
  }

  /** The exact first request a result method would send. */
  toQuery(): CompiledQuery['request'] {
    return structuredClone(this.#compile(this.description).request)
  }

  #compile(description: QueryDescription): CompiledQuery {
    if (description === this.description && this.#compiled) return this.#compiled
    const scoped = this.#applyScopes(description)
    const compiled = compileMemoFor(this.#ctx.design).compile(blindQuery(this.#ctx, scoped.description), {
      tableName: this.#ctx.tableName,
      scopeFilters: scoped.filters,
      ...(this.#ctx.options.averageItemBytes ? { averageItemBytes: this.#ctx.options.averageItemBytes } : {}),
    })
    if (description === this.description) this.#compiled = compiled
    return compiled
  }

  #applyScopes(description: QueryDescription) {
    const skip = description.withoutScopes
    const filters: Condition[] = []
    let current = description
    for (const scope of this.#ctx.scopes?.global(description.entity) ?? []) {
      if (scope.name === 'softDeletes' || skip === true || skip.includes(scope.name)) continue
      if (scope.condition) filters.push(scope.condition)
      if (scope.apply) {
        const applied = (scope.apply as (q: unknown) => unknown)(this.derive(current))
        if (applied instanceof WhereBuilder) current = applied.description
      }
    }
    return { description: current, filters }
  }

  #runner(): QueryRunner<R> {
    return {
      ctx: this.#ctx,
      entity: this.description.entity,
      description: this.description,
      compile: (description = this.description) => this.#checked(this.#compile(description), description),
      hydrate: (item: StoredItem) => this.#ctx.hydrate(this.description.entity, item) as R,
    }
  }

  #checked(compiled: CompiledQuery, description: QueryDescription): CompiledQuery {
    if (compiled.pointRead) return compiled
    const scan = compiled.operation === 'Scan' && !description.forceScan
    if (!scan && !(compiled.overReads && compiled.operation === 'Query' && description.index === null))
      return compiled
    const explained = compiled.explain
    const message = explained.warnings.join('; ')
    if (this.#ctx.options.strict) {
      const hint = `${explained.fix ?? 'add a where() on a key or indexed attribute'}; or ${scan ? 'call forceScan() to scan' : `call useIndex('${compiled.index ?? 'table'}') to read the whole type`} on purpose`
      const options = { hint, entity: description.entity }
      if (scan) throw new ScanNotAllowedError('SCAN_NOT_ALLOWED', message, options)
      throw new WholeTypeReadNotAllowedError('WHOLE_TYPE_READ_NOT_ALLOWED', message, options)
    }
    const silence = scan ? 'call forceScan() to silence' : `call useIndex('${compiled.index}') to silence`
    warnOnce(this.#ctx, `${message} (${silence}, or set strict mode to forbid)`)
    return compiled
  }

  // ---- results -------------------------------------------------------------------------------------------

  get(): Promise<ResultCollection<R>> {
    const rows = getRows(this.#runner())
    const eager = eagerInstructions(this.description)
    return eager ? rows.then((read) => finishCollection(this.description.entity, read, eager)) : rows
  }

  /** Alias of `get()`. */
  all(): Promise<ResultCollection<R>> {
    return this.get()
  }

  first(): Promise<R | null> {
    const eager = eagerInstructions(this.description)
    return eager ? this.#eagerFirst(eager) : firstRow(this.#runner())
  }

  async #eagerFirst(eager: EagerState): Promise<R | null> {
    const entity = this.description.entity
    // Existence filters are checked per row after reading, so the first match may not be the first row read.
    const candidates =
      eager.filters.length > 0
        ? await finishRows(entity, [...(await getRows(this.#runner()))], filtersOnly(eager))
        : [await firstRow(this.#runner())]
    const row = candidates[0] ?? null
    if (row === null) return null
    return (await finishRows(entity, [row], withoutFilters(eager)))[0] ?? null
  }

  /** Like `first()`, throwing `ItemNotFoundError` when nothing matches. */
  firstOrFail(): Promise<R> {
    const eager = eagerInstructions(this.description)
    return eager ? this.#eagerFirstOrFail(eager) : firstRowOrFail(this.#runner())
  }

  async #eagerFirstOrFail(eager: EagerState): Promise<R> {
    const row = await this.#eagerFirst(eager)
    if (row !== null) return row
    const query = this.#compile(this.description).explain.keyCondition ?? 'Scan'
    throw new ItemNotFoundError(this.description.entity, { query })
  }

  /**
   * The model stored under `key` (a bare id or the key attributes), with what the query recorded:
   * `User.query().with('posts').find(id)` is one GetItem plus the relation reads, or ONE Query when the
   * relations keep their children in the model's item collection. Where clauses, global scopes, an index
   * or a projection make the key part of the query instead (`where(key).first()`), so they still hold.
   */
  find(key: KeyValue<A>): Promise<R | null> {
    const entity = this.description.entity
    if (this.#model === undefined) {
      throw new QueryError('INVALID_ARGUMENT', 'find(key) needs a model query', {
        hint: 'call it on Model.query() (or a model relation), not on a bare createQueryBuilder()',
        entity,
      })
    }
    const description = this.description
    const finder = keyFinderFor(entity)
    return finder({
      description,
      model: this.#model,
      key,
      plain: this.#readsByKeyAlone(),
      finish: (rows, state) => finishRows(entity, rows, state),
      first: (keyValues) => this.where(keyValues as never).first(),
    }) as Promise<R | null>
  }

  /** Like `find(key)`, throwing `ItemNotFoundError` when nothing matches. */
  async findOrFail(key: KeyValue<A>): Promise<R> {
    const found = await this.find(key)
    if (found !== null) return found
    const keyRecord = typeof key === 'object' ? (key as Readonly<Record<string, unknown>>) : { key }
    throw new ItemNotFoundError(this.description.entity, keyRecord)
  }

  /** Nothing in this query would be lost by reading the item by its key. */
  #readsByKeyAlone(): boolean {
    const d = this.description
    if (d.where.length > 0 || d.select !== null || d.index !== null || d.forceScan) return false
    const skip = d.withoutScopes
    const scopes = this.#ctx.scopes?.global(d.entity) ?? []
    return scopes.every((scope) => scope.name === 'softDeletes' || skip === true || skip.includes(scope.name))
  }

  /** One attribute of the first match. */
  async value<K extends AttributeName<A>>(field: K): Promise<A[K] | null> {
    const values = await pluckValues(this.limit(1).#runner(), field)
    return (values[0] as A[K] | undefined) ?? null
  }

  /** One attribute of every match (stored values, projected: only that attribute is read). */
  async pluck<K extends AttributeName<A>>(field: K): Promise<Array<A[K]>> {
    return (await pluckValues(this.#runner(), field)) as Array<A[K]>
  }

  async exists(): Promise<boolean> {
    return (
      (await this.limit(1)
        .select(...this.#keyFields())
        .#rawFirst()) !== null
    )
  }

  async doesntExist(): Promise<boolean> {
    return !(await this.exists())
  }

  #keyFields(): AttributeName<A>[] {
    return (this.entityDesign()?.primaryKey ?? []) as AttributeName<A>[]
  }

  #rawFirst(): Promise<unknown> {
    return firstRow({ ...this.#runner(), hydrate: (item) => item })
  }

  /** Matching items, counted by DynamoDB (`Select: COUNT`, summed over pages). */
  count(): Promise<number> {
    return countRows(this.#runner())
  }

  sum(field: NumericAttribute<A>): Promise<number> {
    return aggregate(this.#runner(), 'sum', field) as Promise<number>
  }

  avg(field: NumericAttribute<A>): Promise<number | null> {
    return aggregate(this.#runner(), 'avg', field)
  }

  min(field: NumericAttribute<A>): Promise<number | null> {
    return aggregate(this.#runner(), 'min', field)
  }

  max(field: NumericAttribute<A>): Promise<number | null> {
    return aggregate(this.#runner(), 'max', field)
  }

  paginate(perPage = 15, page = 1): Promise<LengthAwarePage<R>> {
    return this.#finishPage(paginate(this.#runner(), perPage, page))
  }

  cursorPaginate(perPage = 15, cursor?: string | null): Promise<CursorPage<R>> {
    return this.#finishPage(cursorPaginate(this.#runner(), perPage, cursor))
  }

  /** A page with the query's eager instructions carried out on its rows. */
  #finishPage<P extends { readonly data: ResultCollection<R> }>(page: Promise<P>): Promise<P> {
    const eager = eagerInstructions(this.description)
    if (!eager) return page
    const entity = this.description.entity
    return page.then(async (read) => ({ ...read, data: await finishCollection(entity, read.data, eager) }))
  }

  chunk(size: number, callback: (rows: Collection<R>, page: number) => unknown): Promise<boolean> {
    return chunkRows(this.#runner(), size, callback)
  }

  chunkById(size: number, callback: (rows: Collection<R>, page: number) => unknown): Promise<boolean> {
    return chunkById(this.#runner(), size, callback)
  }

  each(callback: (row: R, index: number) => unknown): Promise<void> {
    return eachRow(this.#runner(), callback)
  }

  /** Rows one at a time across every page (`for await (const user of query)`). */
  [Symbol.asyncIterator](): AsyncIterator<R> {
    return iterateRows(this.#runner())
  }

  /** Matches as stored (keys included, not hydrated), one array per page read; exports stream these. */
  storedPages(): AsyncIterable<readonly Record<string, unknown>[]> {
    return storedPages(this.#runner())
  }

  /** Updates every match (dirty attributes only, unique guards moved); returns how many were updated. */
  update(changes: Partial<A>): Promise<number> {
    return updateMatching(this.#runner(), changes as Record<string, unknown>)
  }

  /** Deletes every match (soft delete for soft-deleting models); returns how many were deleted. */
  delete(): Promise<number> {
    return deleteMatching(this.#runner())
  }
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}
