import type { DocumentClient, DynamoClient } from '@dbtooling/dynamo-client'
import type { ResolvedConfig, TableDesign } from '@dbtooling/schema'
import type { CoalescingOptions } from './coalescing/coalescing-options'
import type { HookRegistry } from './model/hooks'
import type { ModelBase } from './model/model-base'
import type { ModelRegistry } from './model/model-registry'
import type { ScopeRegistry } from './model/scopes'
import type { ObservabilityOptions } from './observability/options'
import type { OrmObserver } from './observability/orm-observer'
import type { SecurityRuntime } from './security/security-options'
import type { CompiledEntity } from './storage/compiled-entity'

/**
 * ORM behaviour switches; every field has a default (see `resolveOrmOptions`).
 *
 * @example
 * ```ts
 * const options: OrmOptions = { strict: true, massAssignment: 'throw', consistentRead: false }
 * const orm = createOrm({ models: [User, Post], client, options })
 * ```
 */
export interface OrmOptions {
  /** What `fill()`/`create()` do with attributes that are not mass assignable. Default `'ignore'`. */
  massAssignment?: 'ignore' | 'throw'
  /** A query that would Scan throws instead of warning (the query builder reads this). Default from config, else false. */
  strict?: boolean
  /** Strongly consistent reads for find/refresh and queries by default. Default from config, else false. */
  consistentRead?: boolean
  /** Called with warnings (scans, large client-side aggregates). Default `console.warn`. */
  warn?: (message: string) => void
  /** Concurrent finds become one BatchGetItem, identical concurrent reads one request. Default on; `false` turns it off. */
  coalescing?: CoalescingOptions | boolean
  /** Logging, metrics, tracing and cost accounting (see docs/observability.md). Default: all off. */
  observability?: ObservabilityOptions
}

/**
 * The ORM options with every default filled in, as `orm.ctx.options` holds them.
 *
 * @example
 * ```ts
 * const resolved: ResolvedOrmOptions = orm.ctx.options
 * if (resolved.strict) console.log('broad reads throw instead of warning')
 * ```
 */
export interface ResolvedOrmOptions {
  readonly massAssignment: 'ignore' | 'throw'
  readonly strict: boolean
  readonly consistentRead: boolean
  readonly warn: (message: string) => void
  /** Set when observability is on: ORM calls run through it (spans, request attribution). */
  readonly observer: OrmObserver | null
}

/**
 * Everything the ORM's parts share: the design, the clients, compiled entities and the registries for
 * hooks and scopes. One per `createOrm()`; the query builder, transactions and relations read it.
 *
 * @example
 * ```ts
 * const ctx: OrmContext = orm.ctx
 * console.log(ctx.tableName, ctx.entityNames, ctx.options.strict)
 * const query = createQueryBuilder(ctx, 'User').where('teamId', 't1')
 * ```
 */
export interface OrmContext {
  readonly design: TableDesign
  /** Physical table name every request addresses. */
  readonly tableName: string
  readonly client: DynamoClient
  readonly doc: DocumentClient
  readonly options: ResolvedOrmOptions
  /** The resolved config when createOrm got one, else null. */
  readonly config: ResolvedConfig | null
  /** Entity names of the design, sorted. */
  readonly entityNames: readonly string[]
  /** The compiled entity for a model name; throws `UnknownModelError`. */
  entity(name: string): CompiledEntity
  /** A model instance for a stored item of the entity (raw item as read, keys included). */
  hydrate(entity: string, item: Readonly<Record<string, unknown>>): ModelBase
  /** Model classes per entity (the class `hydrate` instantiates). */
  readonly models: ModelRegistry
  readonly hooks: HookRegistry
  readonly scopes: ScopeRegistry
  /** Field encryption and blind indexes, when createOrm got `security` (else undefined). */
  readonly security?: SecurityRuntime
}
