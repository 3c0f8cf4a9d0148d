import {
  and,
  buildExpressions,
  type Condition,
  ExpressionAttributes,
  eq,
  type QueryCommandInput,
} from '@dbtooling/dynamo-client'
import type { EntityDesign, TableDesign } from '@dbtooling/schema'
import type { Predicate, QueryDescription } from '../description'
import { QueryError } from '../errors'
import { compileFanOut } from '../fan-out/compile-fan-out'
import { estimateFanOut } from '../fan-out/fan-out-estimate'
import { type FanOut, type KeyShape, shardFanOut, shardKeys } from '../fan-out/fan-out-plan'
import { type DesignPlan, designPlan, entityCandidates, type IndexCandidate } from './candidates'
import { type CostClass, costClassOf, isBroadRead } from './cost-class'
import { keyGuaranteesEntity } from './entity-guard'
import type { ReadEstimate } from './estimate'
import { type ExplainFacts, estimateInputOf, explain, type QueryExplanation } from './explain'
import { fieldInfo, storedValue } from './field-values'
import { keyConditionText } from './key-expression'
import type { KeyPlan, SortCondition } from './key-plan'
import { type IndexChoice, selectIndex } from './select-index'
import { typeIndexOff } from './type-index-off'
import { type PointRead, uniqueLookup } from './unique-lookup'
import { clausesToCondition, predicateToCondition, topLevelConjuncts, type ValueMapper } from './where-tree'

export type { CostClass } from './cost-class'
export type { QueryExplanation } from './explain'
export type { PointRead } from './unique-lookup'

/**
 * The request a query compiles to (document-client shape; Scan uses the same fields minus the key).
 *
 * @example
 * ```ts
 * const request: CompiledRequest = User.where('teamId', 't1').toQuery()
 * console.log(request.IndexName, request.KeyConditionExpression, request.ExpressionAttributeValues)
 * ```
 */
export type CompiledRequest = QueryCommandInput

/**
 * What a query compiles to: Query or Scan, the index, the request, and the plan `explain()` reports.
 *
 * @example
 * ```ts
 * const compiled: CompiledQuery = compileQuery(orm.design, User.where('teamId', 't1').description)
 * console.log(compiled.operation, compiled.index, compiled.request.KeyConditionExpression)
 * ```
 */
export interface CompiledQuery {
  readonly operation: 'Query' | 'Scan'
  readonly index: string | null
  readonly request: CompiledRequest
  /** Key attributes of the table and index: what a LastEvaluatedKey holds. */
  readonly keyAttributes: readonly string[]
  /** True when results are filtered after reading (then `limit` may need several pages). */
  readonly filtered: boolean
  /** What the read costs (see CostClass). */
  readonly costClass: CostClass
  /**
   * True when the read is whole-type or a Scan and where clauses are left to the filter: it reads items
   * it then drops. Such reads warn once per query shape, and `strict` refuses them.
   */
  readonly overReads: boolean
  /**
   * Set when an equality on a unique attribute is answered by point reads (guard item, then entity); the
   * request above is then not sent. See PointRead.
   */
  readonly pointRead: PointRead | null
  /** Set when `sortInMemory()` let a bounded partition be read whole and sorted after reading. */
  readonly memorySort: { readonly field: string; readonly direction: 'asc' | 'desc' } | null
  readonly explain: QueryExplanation
  /** Several Queries merged in order; `request` is then the first of them. */
  readonly fanOut: FanOut | null
}

/**
 * Options of `compileQuery`: the table name, the average item size for the estimate, and scope conditions.
 *
 * @example
 * ```ts
 * const options: CompileOptions = { tableName: 'app-staging', averageItemBytes: 2048 }
 * const compiled = compileQuery(orm.design, Post.where('authorId', 'u1').description, options)
 * ```
 */
export interface CompileOptions {
  /** Average item size used by the capacity estimate (default 1 KB). */
  readonly averageItemBytes?: number
  /** Physical table name (default: the design's). */
  readonly tableName?: string
  /** Conditions of global scopes, AND-ed into the filter. */
  readonly scopeFilters?: readonly Condition[]
}

/**
 * A pure function of design and description: the same inputs always give the same request.
 *
 * @example
 * ```ts
 * const request = compileQuery(orm.design, User.where('teamId', 't1').description).request
 * const again = compileQuery(orm.design, User.where('teamId', 't1').description).request // deep-equal to request
 * ```
 */
export function compileQuery(
  design: TableDesign,
  description: QueryDescription,
  options: CompileOptions = {},
): CompiledQuery {
  return compileFanOut(design, description, options, compileOne) ?? compileOne(design, description, options)
}

/** One key condition (or one per shard of a sharded entry); `whereIn` fan-out is built on top of it. */
function compileOne(design: TableDesign, description: QueryDescription, options: CompileOptions): Compiled {
  const plan = designPlan(design)
  const candidates = entityCandidates(plan, description.entity)
  const entity = design.entities[description.entity]!
  const trashed = trashedPredicate(entity, description)
  const conjuncts = topLevelConjuncts(description.where)
  const withTrashed =
    conjuncts && trashed && description.trashed === 'only' ? [...conjuncts, trashed] : conjuncts
  const keyText = { delimiter: design.delimiter, policy: design.delimiterPolicy }
  const choice = selectIndex(entity, candidates, description, withTrashed, keyText)
  const key = choice.key && withoutNeedlessPrefix(plan, entity.name, choice.key)
  if (key === null && !description.forceScan && entity.typeIndex === false) throw typeIndexOff(entity)
  if (description.order && key === null) throw orderError(entity, description.order.field, choice)
  const map: ValueMapper = {
    value: (field, value) => storedValue(fieldInfo(entity, field), value),
    keyAttribute: design.partitionKey,
  }
  const liveOnly = key?.candidate.excludeSoftDeleted === true && description.trashed === 'exclude'
  const keys = shardKeys(key, design.delimiter)
  const guaranteed = key !== null && keys.every((one) => keyGuaranteesEntity(plan, entity.name, one!))
  const filterParts: Array<Condition | undefined> = []
  let leftover = conjuncts === null
  if (conjuncts) {
    for (const predicate of conjuncts) {
      if (key?.consumed.has(predicate)) continue
      filterParts.push(predicateToCondition(predicate, map))
      leftover = true
    }
  } else filterParts.push(clausesToCondition(description.where, map))
  if (trashed && !liveOnly) filterParts.push(predicateToCondition(trashed, map))
  filterParts.push(...(options.scopeFilters ?? []))
  if (!guaranteed) filterParts.push(eq(design.entityTypeAttribute, entity.name))
  const present = filterParts.filter((part): part is Condition => part !== undefined)
  const filter = present.length === 0 ? undefined : and(...present)
  const keyAttributes = keyAttributesOf(design, key?.candidate ?? null)
  const tableName = options.tableName ?? design.tableName
  const memorySort = choice.sortsInMemory ? description.order : null
  const requests = keys.map((one) =>
    buildRequest(design, tableName, description, one, filter, keyAttributes, memorySort !== null),
  )
  const request = requests[0]!
  const fanOut = shardFanOut(key, requests, [design.partitionKey, design.sortKey])
  const operation = key ? 'Query' : 'Scan'
  const scoped = (options.scopeFilters?.length ?? 0) > 0
  const pointRead = uniqueLookup(design, description, conjuncts, trashed, scoped)
  const costClass = pointRead ? 'GetItem' : costClassOf(key)
  const facts: ExplainFacts = {
    operation,
    costClass,
    overReads: isBroadRead(costClass) && leftover,
    pointRead,
    memorySort,
    key,
    request,
    guaranteed,
    description,
    averageItemBytes: options.averageItemBytes ?? 1024,
    choice,
    conjuncts,
    candidates,
    fanOut,
  }
  return new Compiled(entity, facts, keyAttributes)
}

/**
 * A class rather than an object literal with a getter (one is built per query; literals with accessors
 * are slow to make). Readable expressions and estimates are for people: built only when asked for.
 */
class Compiled implements CompiledQuery {
  readonly operation: 'Query' | 'Scan'
  readonly index: string | null
  readonly request: CompiledRequest
  readonly keyAttributes: readonly string[]
  readonly filtered: boolean
  readonly costClass: CostClass
  readonly overReads: boolean
  readonly pointRead: PointRead | null
  readonly memorySort: CompiledQuery['memorySort']
  readonly fanOut: FanOut | null
  readonly #entity: EntityDesign
  readonly #facts: ExplainFacts
  #explanation: QueryExplanation | undefined

  constructor(entity: EntityDesign, facts: ExplainFacts, keyAttributes: readonly string[]) {
    this.operation = facts.operation
    this.index = facts.key?.candidate.indexName ?? null
    this.request = facts.request
    this.keyAttributes = keyAttributes
    this.filtered = facts.request.FilterExpression !== undefined
    this.costClass = facts.costClass
    this.overReads = facts.overReads
    this.pointRead = facts.pointRead
    this.memorySort = facts.memorySort
    this.fanOut = facts.fanOut
    this.#entity = entity
    this.#facts = facts
  }

  get explain(): QueryExplanation {
    this.#explanation ??= explain(this.#entity, this.#facts)
    return this.#explanation
  }

  /** The chosen candidate's partition fields, sort attribute and label; null for a Scan. */
  keyShape(): KeyShape | null {
    const candidate = this.#facts.key?.candidate
    if (!candidate) return null
    return {
      partitionFields: candidate.pk.fields,
      sortAttribute: candidate.sk.attribute,
      label: candidate.label,
    }
  }

  /** What `branches` Queries with this plan's key condition cost together (a `whereIn` fan-out of it). */
  estimateOver(branches: number, filtered: boolean): ReadEstimate {
    return estimateFanOut({ ...estimateInputOf(this.#facts), hasFilter: filtered }, branches)
  }

  /** This plan with another request and description (the compile memo's bind). */
  rebind(request: CompiledRequest, description: QueryDescription): Compiled {
    return new Compiled(this.#entity, { ...this.#facts, request, description }, this.keyAttributes)
  }

  /**
   * Whether this plan is the one other values give: `text` maps each key text of the plan to the text
   * those values render. For values the compiler treats as opaque text (see CompileMemo), the only step
   * that reads them is the entity guard, which compares key text with other entities' key templates on
   * the same index; it is worked out again here with the new texts.
   */
  holdsFor(design: TableDesign, text: (planned: string) => string): boolean {
    const selected = this.#facts.choice.key
    if (selected === null) return true
    if (!rangeHoldsFor(selected, text)) return false
    const plan = designPlan(design)
    const entity = this.#entity.name
    // Alone on its index, the entity is guaranteed whatever the key text (the usual case).
    if (aloneOn(plan, selected.candidate.label, entity)) return true
    const bound = bindKey(selected, text)
    const key = withoutNeedlessPrefix(plan, entity, bound)
    if ((key === bound) !== (this.#facts.key === selected)) return false
    return keyGuaranteesEntity(plan, entity, key) === this.#facts.guaranteed
  }
}

/** A sort range built by comparing values, or a BETWEEN whose ends other values put out of order, is recompiled. */
function rangeHoldsFor(key: KeyPlan, text: (planned: string) => string): boolean {
  if (key.comparedValues) return false
  return key.sort?.kind !== 'between' || text(key.sort.low) <= text(key.sort.high)
}

function aloneOn(plan: DesignPlan, label: string, entity: string): boolean {
  for (const writer of plan.writers.get(label) ?? []) if (writer.entityType !== entity) return false
  return true
}

function bindKey(key: KeyPlan, text: (planned: string) => string): KeyPlan {
  const sort = key.sort
  const bound: SortCondition | null =
    sort === null
      ? null
      : sort.kind === 'between'
        ? { kind: 'between', low: text(sort.low), high: text(sort.high) }
        : { ...sort, value: text(sort.value) }
  return { ...key, partitionValue: text(key.partitionValue), sort: bound }
}

/** See Compiled.rebind; `plan` must come from compileQuery. */
export function rebind(
  plan: CompiledQuery,
  request: CompiledRequest,
  description: QueryDescription,
): CompiledQuery {
  return (plan as Compiled).rebind(request, description)
}

/** See Compiled.holdsFor; `plan` must come from compileQuery. */
export function planHoldsFor(
  plan: CompiledQuery,
  design: TableDesign,
  text: (planned: string) => string,
): boolean {
  return (plan as Compiled).holdsFor(design, text)
}

/** A fixed sort-key prefix reads nothing less; keep it only when other item types share the partition. */
function withoutNeedlessPrefix(plan: DesignPlan, entity: string, key: KeyPlan): KeyPlan {
  if (!key.prefixOnly) return key
  const bare = { ...key, sort: null, prefixOnly: false }
  return keyGuaranteesEntity(plan, entity, bare) ? bare : key
}

function trashedPredicate(entity: EntityDesign, description: QueryDescription): Predicate | null {
  const soft = entity.traits.softDeletes
  if (!soft || description.trashed === 'include') return null
  if (description.trashed === 'only') return { kind: 'null', field: soft.attribute, negate: true }
  const off = description.withoutScopes === true || description.withoutScopes.includes('softDeletes')
  return off ? null : { kind: 'null', field: soft.attribute, negate: false }
}

function buildRequest(
  design: TableDesign,
  tableName: string,
  description: QueryDescription,
  key: KeyPlan | null,
  filter: Condition | undefined,
  keyAttributes: readonly string[],
  sortsInMemory: boolean,
): CompiledRequest {
  const projection = description.select
    ? [...new Set([...description.select, ...keyAttributes, design.entityTypeAttribute])]
    : undefined
  // The key condition is written first (as buildExpressions would place it), then filter and projection
  // share its placeholders.
  const attrs = new ExpressionAttributes()
  const request: CompiledRequest = { TableName: tableName }
  if (key) request.KeyConditionExpression = keyConditionText(key, attrs)
  Object.assign(
    request,
    buildExpressions({ ...(filter ? { filter } : {}), ...(projection ? { projection } : {}) }, attrs),
  )
  if (key?.candidate.indexName) request.IndexName = key.candidate.indexName
  if (key && description.order && !sortsInMemory)
    request.ScanIndexForward = description.order.direction === 'asc'
  if (description.consistentRead) request.ConsistentRead = true
  // Sorting in memory needs every item of the range before the first can be returned: no Limit.
  const limit = sortsInMemory ? null : description.limit
  const pageSize = description.pageSize ?? (filter === undefined ? limit : null)
  if (pageSize !== null) request.Limit = pageSize
  request.ReturnConsumedCapacity = 'TOTAL'
  return request
}

function keyAttributesOf(design: TableDesign, candidate: IndexCandidate | null): string[] {
  const out = [design.partitionKey, design.sortKey]
  if (candidate && candidate.kind !== 'table') {
    for (const attribute of [candidate.pk.attribute, candidate.sk.attribute]) {
      if (!out.includes(attribute)) out.push(attribute)
    }
  }
  return out
}

function orderError(entity: EntityDesign, field: string, choice: IndexChoice): QueryError {
  const index = `indexes: [{ name: 'by${field[0]?.toUpperCase()}${field.slice(1)}', columns: [..., '${field}'] }]`
  const inMemory = choice.unsortedBounded
    ? `, call .sortInMemory() to read ${choice.unsortedBounded} (a bounded partition) and sort it in memory`
    : ''
  return new QueryError(
    'UNSUPPORTED_ORDER',
    `no index of ${entity.name} sorts by '${field}' for this query`,
    {
      hint: `results come back in sort-key order only: add an index whose sort key starts with '${field}' (${index}), query a key that sorts by it${inMemory}, or sort the results with collection.sortBy('${field}') (${choice.rejected.join('; ')})`,
      entity: entity.name,
    },
  )
}
