/**
 * The frozen description a `QueryBuilder` wraps. Builders never mutate it: every call copies it with one
 * change, so a half-built query can be shared and extended from several places, and compiling is a pure
 * function of (design, description).
 */

/**
 * Comparison operators accepted by `where(field, op, value)`.
 *
 * @example
 * ```ts
 * const op: ComparisonOperator = '>='
 * const adults = await User.where('age', op, 18).get()
 * ```
 */
export type ComparisonOperator = '=' | '!=' | '<>' | '<' | '<=' | '>' | '>='

/**
 * Every operator `where(field, op, value)` accepts.
 *
 * @example
 * ```ts
 * const op: WhereOperator = 'begins_with'
 * const matches = await Post.where('authorId', 'u1').where('slug', op, '2026-').get()
 * ```
 */
export type WhereOperator = ComparisonOperator | 'in' | 'not in' | 'between' | 'begins_with' | 'contains'

/** Stored comparison operators (`!=` is normalised to `<>`). */
export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>='

/**
 * One condition on one attribute, already normalised.
 *
 * @example
 * ```ts
 * const predicates: Predicate[] = User.where('age', '>=', 18).description.where.map((clause) => clause.predicate)
 * // [{ kind: 'compare', field: 'age', op: '>=', value: 18 }]
 * ```
 */
export type Predicate =
  | { readonly kind: 'compare'; readonly field: string; readonly op: Comparator; readonly value: unknown }
  | {
      readonly kind: 'in'
      readonly field: string
      readonly values: readonly unknown[]
      readonly negate: boolean
    }
  | { readonly kind: 'between'; readonly field: string; readonly low: unknown; readonly high: unknown }
  | { readonly kind: 'beginsWith'; readonly field: string; readonly prefix: string }
  | { readonly kind: 'contains'; readonly field: string; readonly value: unknown }
  /** `whereNull` (negate false) / `whereNotNull` (negate true): missing or stored as NULL. */
  | { readonly kind: 'null'; readonly field: string; readonly negate: boolean }
  /** `whereExists` / `whereNotExists`: the attribute is present at all. */
  | { readonly kind: 'exists'; readonly field: string; readonly negate: boolean }
  /** Parenthesised clauses; `negate` wraps them in NOT (`whereNot`). */
  | { readonly kind: 'group'; readonly clauses: readonly WhereClause[]; readonly negate?: boolean }

/**
 * A predicate and how it joins the clauses before it (`where` = and, `orWhere` = or).
 *
 * @example
 * ```ts
 * const clauses: readonly WhereClause[] = User.where('role', 'admin').orWhere('role', 'owner').description.where
 * console.log(clauses.map((clause) => clause.boolean)) // ['and', 'or']
 * ```
 */
export interface WhereClause {
  readonly boolean: 'and' | 'or'
  readonly predicate: Predicate
}

/**
 * The direction of `orderBy(field, direction)`.
 *
 * @example
 * ```ts
 * const direction: SortDirection = 'desc'
 * const newest = await Post.where('authorId', 'u1').orderBy('createdAt', direction).get()
 * ```
 */
export type SortDirection = 'asc' | 'desc'

/**
 * How the soft-delete scope applies: hide deleted items (default), include them, or only them.
 *
 * @example
 * ```ts
 * const mode: TrashedMode = User.query().withTrashed().description.trashed // 'include'
 * ```
 */
export type TrashedMode = 'exclude' | 'include' | 'only'

/**
 * The frozen description a builder carries: entity, where clauses, selection, order, limit, index and scope choices. `compileQuery` turns it into a request.
 *
 * @example
 * ```ts
 * const description: QueryDescription = Post.where('authorId', 'u1').latest().limit(5).description
 * console.log(description.entity, description.where.length, description.order)
 * ```
 */
export interface QueryDescription {
  readonly entity: string
  readonly where: readonly WhereClause[]
  readonly select: readonly string[] | null
  readonly order: { readonly field: string; readonly direction: SortDirection } | null
  /** `sortInMemory()`: an order no index gives may be applied in memory to a bounded partition's items. */
  readonly sortInMemory?: boolean
  /** Items to return (after filtering), not DynamoDB's per-page `Limit`. */
  readonly limit: number | null
  /** DynamoDB `Limit` per request; null lets the compiler choose. */
  readonly pageSize: number | null
  /** Stop after this many requests even when more items match. */
  readonly maxPages: number | null
  /** Index chosen by the caller: an index name, a model index name, or `table`. */
  readonly index: string | null
  readonly forceScan: boolean
  readonly consistentRead: boolean
  readonly trashed: TrashedMode
  /** Global scopes switched off by name; `true` switches off all of them. */
  readonly withoutScopes: readonly string[] | true
}

const EMPTY = new Map<string, QueryDescription>()

/**
 * The description of a query with nothing chosen yet; frozen, so one per entity serves every builder.
 *
 * @example
 * ```ts
 * const description = emptyDescription('User')
 * const compiled = compileQuery(orm.design, description) // lists every User
 * ```
 */
export function emptyDescription(entity: string): QueryDescription {
  let empty = EMPTY.get(entity)
  if (empty === undefined) {
    empty = freshDescription(entity)
    EMPTY.set(entity, empty)
  }
  return empty
}

function freshDescription(entity: string): QueryDescription {
  return Object.freeze({
    entity,
    where: Object.freeze([]),
    select: null,
    order: null,
    limit: null,
    pageSize: null,
    maxPages: null,
    index: null,
    forceScan: false,
    consistentRead: false,
    trashed: 'exclude',
    withoutScopes: Object.freeze([]),
  })
}

/** Copies the description with `changes` applied; the result is frozen again. */
export function withChanges(
  description: QueryDescription,
  changes: Partial<QueryDescription>,
): QueryDescription {
  return Object.freeze({ ...description, ...changes })
}

export function addClause(description: QueryDescription, clause: WhereClause): QueryDescription {
  return withChanges(description, { where: Object.freeze([...description.where, Object.freeze(clause)]) })
}
