import type { EntityDesign } from '@dbtooling/schema'
import type { QueryDescription, SortDirection } from './description'
import { withChanges } from './description'
import { QueryError } from './errors'
import type { AttributeName } from './types'
import { WhereBuilder } from './where-builder'

/**
 * Everything that shapes a query besides its conditions: projection, order, limits, index choice,
 * consistency and scopes. Like `WhereBuilder`, every method returns a new builder.
 */
export abstract class ShapingBuilder<A extends object, I extends string> extends WhereBuilder<A> {
  protected abstract override derive(description: QueryDescription): this
  protected abstract override entityDesign(): EntityDesign | undefined

  /** Reads only these attributes (keys are added so paging and hydration still work). */
  select(...fields: Array<AttributeName<A> | readonly AttributeName<A>[]>): this {
    return this.derive(withChanges(this.description, { select: Object.freeze(fields.flat() as string[]) }))
  }

  /** Results in the order of the chosen index's sort key; throws at run time when no index sorts by `field`. */
  orderBy(field: AttributeName<A>, direction: SortDirection = 'asc'): this {
    return this.derive(withChanges(this.description, { order: Object.freeze({ field, direction }) }))
  }

  /**
   * Lets `orderBy` on an attribute no index sorts by read a bounded partition (a key condition on a
   * partition value) and sort the items in memory, for `get()`/`first()`. A whole-type read or a Scan is
   * never sorted in memory: add an index whose sort key starts with the field instead.
   */
  sortInMemory(): this {
    return this.derive(withChanges(this.description, { sortInMemory: true }))
  }

  orderByDesc(field: AttributeName<A>): this {
    return this.orderBy(field, 'desc')
  }

  /** Newest first by the creation timestamp (or `field`). */
  latest(field?: AttributeName<A>): this {
    return this.orderBy(field ?? this.#createdAt(), 'desc')
  }

  oldest(field?: AttributeName<A>): this {
    return this.orderBy(field ?? this.#createdAt(), 'asc')
  }

  #createdAt(): AttributeName<A> {
    const stamps = this.entityDesign()?.traits.timestamps
    if (stamps) return stamps.createdAt as AttributeName<A>
    throw new QueryError('UNSUPPORTED_ORDER', 'latest()/oldest() need a field: the model has no timestamps', {
      hint: "pass the field, e.g. latest('publishedAt')",
      entity: this.description.entity,
    })
  }

  /** Returns at most `count` items (counted after filtering, unlike DynamoDB's per-request Limit). */
  limit(count: number): this {
    return this.derive(withChanges(this.description, { limit: this.#whole(count, 'limit', 0) }))
  }

  take(count: number): this {
    return this.limit(count)
  }

  /** DynamoDB's `Limit`: items read per request. */
  pageSize(count: number): this {
    return this.derive(withChanges(this.description, { pageSize: this.#whole(count, 'pageSize', 1) }))
  }

  /** Stops after `count` requests even when more may match; results then say `meta.truncated`. */
  maxPages(count: number): this {
    return this.derive(withChanges(this.description, { maxPages: this.#whole(count, 'maxPages', 1) }))
  }

  #whole(value: number, name: string, min: number): number {
    if (Number.isInteger(value) && value >= min) return value
    throw new QueryError('INVALID_ARGUMENT', `${name}(${value}) needs a whole number >= ${min}`, {
      hint: `pass e.g. ${name}(25)`,
      entity: this.description.entity,
    })
  }

  /** Queries this index (a model index name, `GSI1`/`LSI1`, or `table`). */
  useIndex(name: I): this {
    return this.derive(withChanges(this.description, { index: name }))
  }

  /** Scans on purpose: no warning, allowed in strict mode. */
  forceScan(): this {
    return this.derive(withChanges(this.description, { forceScan: true }))
  }

  /** Strongly consistent reads (table and LSIs only). */
  consistentRead(enabled = true): this {
    return this.derive(withChanges(this.description, { consistentRead: enabled }))
  }

  withTrashed(): this {
    return this.derive(withChanges(this.description, { trashed: 'include' }))
  }

  onlyTrashed(): this {
    return this.derive(withChanges(this.description, { trashed: 'only' }))
  }

  withoutGlobalScope(name: string): this {
    const current = this.description.withoutScopes
    if (current === true) return this
    return this.derive(withChanges(this.description, { withoutScopes: Object.freeze([...current, name]) }))
  }

  /** Switches off the named global scopes, or all of them. */
  withoutGlobalScopes(names?: readonly string[]): this {
    if (names === undefined) return this.derive(withChanges(this.description, { withoutScopes: true }))
    return names.reduce<this>((query, name) => query.withoutGlobalScope(name), this)
  }

  /** Applies `apply` when `condition` is truthy, else `otherwise` (when given). */
  when<V>(
    condition: V,
    apply: (query: this, value: V) => this,
    otherwise?: (query: this, value: V) => this,
  ): this {
    if (condition) return apply(this, condition)
    return otherwise ? otherwise(this, condition) : this
  }

  unless<V>(
    condition: V,
    apply: (query: this, value: V) => this,
    otherwise?: (query: this, value: V) => this,
  ): this {
    if (!condition) return apply(this, condition)
    return otherwise ? otherwise(this, condition) : this
  }
}
