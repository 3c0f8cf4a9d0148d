import type { Condition, DocumentClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import type { OrmObserver } from '../observability/orm-observer'
import type { SecurityRuntime } from '../security/security-options'

/**
 * A global scope as the query builder sees it: a filter condition or a function over the builder.
 *
 * @example
 * ```ts
 * const scope: QueryScope = { name: 'published', condition: eq('status', 'published') }
 * ```
 */
export interface QueryScope {
  readonly name: string
  readonly condition?: Condition
  readonly apply?: (query: never, ...args: unknown[]) => unknown
}

/**
 * The part of the ORM context the query builder uses. `OrmContext` satisfies it; tests and other callers
 * can pass any object with these members.
 *
 * @example
 * ```ts
 * const ctx: QueryContext = orm.ctx // an OrmContext is one
 * const posts = await createQueryBuilder(ctx, 'Post').where('authorId', 'u1').get()
 * ```
 */
export interface QueryContext {
  readonly design: TableDesign
  /** Physical table name (may differ from the design's). */
  readonly tableName: string
  /** `get` answers unique equalities through their guard items. */
  readonly doc: Pick<DocumentClient, 'query' | 'scan' | 'get'>
  readonly options: {
    /** Throw instead of warning when a query must Scan. */
    readonly strict?: boolean
    /** Receives warnings (scans, large client-side aggregates). Default `console.warn`. */
    readonly warn?: (message: string) => void
    /** Secret for signing pagination cursors; without it cursors carry a checksum of the query shape. */
    readonly cursorSecret?: string
    /** Average item size for `explain()` capacity estimates (default 1024 bytes). */
    readonly averageItemBytes?: number
    /** The ORM's observer when observability is on. */
    readonly observer?: OrmObserver | null
  }
  /** A model instance (or plain row) for a stored item, keys included. */
  hydrate(entity: string, item: Readonly<Record<string, unknown>>): unknown
  readonly scopes?: {
    global(entity: string): readonly QueryScope[]
    local?(entity: string, name: string): ((query: never, ...args: unknown[]) => unknown) | undefined
  }
  /** Field encryption: equality on a searchable attribute becomes a blind index lookup (see blindQuery). */
  readonly security?: SecurityRuntime
}
