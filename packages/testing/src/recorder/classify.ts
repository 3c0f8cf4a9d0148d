import { type AttributeMap, unmarshall } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { type ExpressionInput, filteredEntityTypes, type KeyClause, keyClauses } from './key-condition'
import { type KeyEntry, keyEntries, literalPrefix, templatePattern } from './key-templates'

/**
 * The planner's cost classes (`explain().costClass`), told from the request that went out.
 *
 * @example
 * ```ts
 * const cost: CostClass | null = table.recorder.requests[0]?.costClass ?? null
 * expect(cost).toBe(User.where('teamId', 't1').explain().costClass)
 * ```
 */
export type CostClass =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query (bounded partition)'
  | 'Query (whole type)'
  | 'Scan'

/**
 * An item a request wrote (PutItem, a Put in a transaction or batch), with its entity type.
 *
 * @example
 * ```ts
 * const written: WrittenItem[] = table.recorder.requests.flatMap((request) => request.written)
 * console.log(written.map(({ entity, item }) => `${entity} ${item.pk}`))
 * ```
 */
export interface WrittenItem {
  readonly entity: string | null
  readonly item: Readonly<Record<string, unknown>>
}

/**
 * What one request did, in the design's terms.
 *
 * @example
 * ```ts
 * const request: Classified = table.recorder.requests[0]!
 * console.log(request.index, request.entities, request.costClass)
 * ```
 */
export interface Classified {
  readonly index: string | null
  /** Entity types the request reads or writes (empty when the design cannot tell, e.g. an unfiltered Scan). */
  readonly entities: readonly string[]
  /** Reads only; null for writes and table operations. */
  readonly costClass: CostClass | null
  readonly keyClauses: readonly KeyClause[]
  /** Key entries a Query's key condition can reach. */
  readonly entries: readonly KeyEntry[]
  readonly written: readonly WrittenItem[]
}

/**
 * How the recorder reads keys: under multi-tenancy's `prefix` strategy, the tenant key prefix partition keys start with.
 *
 * @example
 * ```ts
 * const options: MatcherOptions = { tenantKeyPrefix: 'TENANT' }
 * const recorder = recordRequests(orm, options)
 * ```
 */
export interface MatcherOptions {
  /** Multi-tenancy `prefix` strategy: partition keys may start with `<prefix>#<tenant>#` (default: none). */
  readonly tenantKeyPrefix?: string
}

/** Reusable matchers over one design (patterns compiled once). */
export class DesignMatcher {
  readonly design: TableDesign
  readonly #entries: { entry: KeyEntry; pk: RegExp; sk: RegExp }[]
  readonly #guards: { entity: string; pattern: RegExp }[]

  constructor(design: TableDesign, options: MatcherOptions = {}) {
    this.design = design
    const tenant = options.tenantKeyPrefix
    this.#entries = keyEntries(design).map((entry) => ({
      entry,
      pk: templatePattern(entry.partitionKey.template, design.delimiter, entry.shards, tenant),
      sk: templatePattern(entry.sortKey.template, design.delimiter, 0),
    }))
    this.#guards = Object.values(design.entities).flatMap((entity) =>
      entity.uniqueGuards.map((guard) => ({
        entity: entity.name,
        pattern: templatePattern(guard.template, design.delimiter, 0, tenant),
      })),
    )
  }

  /** Entries on `index` whose key templates can produce what the key condition asks for. */
  queryEntries(index: string | null, clauses: readonly KeyClause[]): KeyEntry[] {
    return this.#entries
      .filter(({ entry, pk, sk }) => {
        if (entry.index !== index) return false
        const partition = clauses.find((c) => c.op === '=' && c.attribute === entry.partitionKey.attribute)
        if (!partition || !pk.test(String(partition.values[0]))) return false
        const sort = clauses.find((c) => c.attribute === entry.sortKey.attribute)
        if (!sort) return true
        const value = String(sort.values[0])
        if (sort.op === '=') return sk.test(value)
        if (sort.op !== 'begins_with') return true
        const literal = literalPrefix(entry.sortKey.template)
        return value.startsWith(literal) || literal.startsWith(value)
      })
      .map(({ entry }) => entry)
  }

  /** Entity types whose items (or unique guards) a table key addresses. */
  keyEntities(key: Readonly<Record<string, unknown>>): string[] {
    const pk = String(key[this.design.partitionKey])
    const sk = String(key[this.design.sortKey])
    const found = new Set<string>()
    for (const { entry, pk: pkPattern, sk: skPattern } of this.#entries)
      if (entry.index === null && pkPattern.test(pk) && skPattern.test(sk)) found.add(entry.entity)
    for (const guard of this.#guards) if (guard.pattern.test(pk)) found.add(guard.entity)
    return [...found].sort()
  }

  written(item: AttributeMap): WrittenItem {
    const plain = unmarshall(item)
    const type = plain[this.design.entityTypeAttribute]
    return { entity: typeof type === 'string' ? type : null, item: plain }
  }
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort()
}

function classifyQuery(matcher: DesignMatcher, input: ExpressionInput & { IndexName?: string }): Classified {
  const index = input.IndexName ?? null
  const clauses = keyClauses(input)
  const pinned = filteredEntityTypes(input, matcher.design.entityTypeAttribute)
  const entries = matcher
    .queryEntries(index, clauses)
    .filter((entry) => pinned === null || pinned.includes(entry.entity))
  const wholeType = entries.some((entry) => entry.cardinality === 'one')
  return {
    index,
    entities: unique(entries.map((entry) => entry.entity)),
    costClass: wholeType ? 'Query (whole type)' : 'Query (bounded partition)',
    keyClauses: clauses,
    entries,
    written: [],
  }
}

const EMPTY = { index: null, entities: [], costClass: null, keyClauses: [], entries: [], written: [] }

function read(costClass: CostClass, entities: string[]): Classified {
  return { ...EMPTY, costClass, entities }
}

function write(matcher: DesignMatcher, items: AttributeMap[], keys: AttributeMap[]): Classified {
  const written = items.map((item) => matcher.written(item))
  const entities = [
    ...written.flatMap((w) => (w.entity ? [w.entity] : matcher.keyEntities(w.item))),
    ...keys.flatMap((key) => matcher.keyEntities(unmarshall(key))),
  ]
  return { ...EMPTY, entities: unique(entities), written }
}

type WireInput = Record<string, unknown>

function batchGetKeys(input: WireInput): AttributeMap[] {
  const requests = (input.RequestItems ?? {}) as Record<string, { Keys?: AttributeMap[] }>
  return Object.values(requests).flatMap((request) => request.Keys ?? [])
}

function batchWrites(input: WireInput): { items: AttributeMap[]; keys: AttributeMap[] } {
  const requests = (input.RequestItems ?? {}) as Record<
    string,
    { PutRequest?: { Item: AttributeMap }; DeleteRequest?: { Key: AttributeMap } }[]
  >
  const all = Object.values(requests).flat()
  return {
    items: all.flatMap((r) => (r.PutRequest ? [r.PutRequest.Item] : [])),
    keys: all.flatMap((r) => (r.DeleteRequest ? [r.DeleteRequest.Key] : [])),
  }
}

function transactWrites(input: WireInput): { items: AttributeMap[]; keys: AttributeMap[] } {
  type Part = { Put?: { Item: AttributeMap }; Update?: { Key: AttributeMap }; Delete?: { Key: AttributeMap } }
  const parts = (input.TransactItems ?? []) as Part[]
  return {
    items: parts.flatMap((p) => (p.Put ? [p.Put.Item] : [])),
    keys: parts.flatMap((p) => (p.Update ? [p.Update.Key] : p.Delete ? [p.Delete.Key] : [])),
  }
}

/** What a request sent through the client reads or writes, in the design's entity types and cost classes. */
export function classify(matcher: DesignMatcher, operation: string, input: WireInput): Classified {
  const keyOf = (key: unknown) => matcher.keyEntities(unmarshall(key as AttributeMap))
  switch (operation) {
    case 'Query':
      return classifyQuery(matcher, input as ExpressionInput & { IndexName?: string })
    case 'Scan':
      return {
        ...read('Scan', filteredEntityTypes(input, matcher.design.entityTypeAttribute) ?? []),
        index: (input.IndexName as string | undefined) ?? null,
      }
    case 'GetItem':
      return read('GetItem', keyOf(input.Key))
    case 'BatchGetItem':
      return read('BatchGetItem', unique(batchGetKeys(input).flatMap(keyOf)))
    case 'TransactGetItems': {
      const gets = (input.TransactItems ?? []) as { Get: { Key: AttributeMap } }[]
      return read('GetItem', unique(gets.flatMap((g) => keyOf(g.Get.Key))))
    }
    case 'PutItem':
      return write(matcher, [input.Item as AttributeMap], [])
    case 'UpdateItem':
    case 'DeleteItem':
      return write(matcher, [], [input.Key as AttributeMap])
    case 'BatchWriteItem': {
      const { items, keys } = batchWrites(input)
      return write(matcher, items, keys)
    }
    case 'TransactWriteItems': {
      const { items, keys } = transactWrites(input)
      return write(matcher, items, keys)
    }
    default:
      return EMPTY
  }
}
