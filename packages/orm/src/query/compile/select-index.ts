import type { EntityDesign } from '@dbtooling/schema'
import type { Predicate, QueryDescription } from '../description'
import { QueryError } from '../errors'
import type { IndexCandidate } from './candidates'
import { costClassOf } from './cost-class'
import { equalities, type KeyPlan, type KeyText, planKey } from './key-plan'
import { presentFields } from './where-tree'

export interface IndexChoice {
  /** The key plan to Query with; null means Scan. */
  readonly key: KeyPlan | null
  /** Why candidates were passed over, for `explain()` and the scan warning. */
  readonly rejected: readonly string[]
  /** True when the order is applied in memory (`sortInMemory()` on a bounded partition). */
  readonly sortsInMemory: boolean
  /** A bounded candidate passed over only because it does not sort by the order field, or null. */
  readonly unsortedBounded: string | null
}

/**
 * Picks the narrowest candidate whose partition key the conjuncts fix: sparse indexes only when the
 * query guarantees their fields, live-only indexes only while soft-deleted items are hidden, GSIs never
 * for consistent reads, and only candidates sorting by the requested order field.
 */
export function selectIndex(
  entity: EntityDesign,
  candidates: readonly IndexCandidate[],
  description: QueryDescription,
  conjuncts: readonly Predicate[] | null,
  keyText: KeyText,
): IndexChoice {
  const forced = description.index === null ? null : findForced(entity, candidates, description.index)
  if (description.forceScan) return new Choice(null, [() => 'forceScan() asked for a Scan'], false, null)
  // Reasons are for explain() and warnings only: kept as thunks, rendered if someone reads them.
  const rejected: (() => string)[] = []
  if (conjuncts === null)
    rejected.push(() => 'an OR at the top level of the where clauses leaves no key condition')
  const eqs = equalities(conjuncts ?? [])
  const present = presentFields(conjuncts ?? [])
  for (const field of alwaysPresent(entity)) present.add(field)
  let best: KeyPlan | null = null
  let unsorted: KeyPlan | null = null
  for (const candidate of forced ? [forced] : candidates) {
    const reason = unusable(candidate, description, present, forced !== null)
    const key = reason === null ? planKey(entity, candidate, conjuncts ?? [], eqs, keyText) : null
    if (reason !== null || key === null) {
      rejected.push(() => {
        const why =
          reason?.() ?? `needs ${candidate.pk.fields.map((f) => `where('${f}', value)`).join(' and ')}`
        return `${candidate.label}: ${why}`
      })
      continue
    }
    const order = description.order
    if (order && !sortsBy(entity, key, order.field)) {
      rejected.push(() => `${candidate.label}: does not sort by '${order.field}'`)
      if (
        costClassOf(key) === 'Query (bounded partition)' &&
        (unsorted === null || key.score > unsorted.score)
      )
        unsorted = key
      continue
    }
    if (best === null || key.score > best.score) best = key
  }
  // A bounded partition sorted in memory beats any read of the whole type sorted by an index.
  const inMemory = description.sortInMemory === true && unsorted !== null
  const chosen = inMemory ? unsorted : best
  const choice = new Choice(chosen, rejected, inMemory, unsorted?.candidate.label ?? null)
  best = chosen
  if (forced && best === null) throw forcedUnusable(entity, forced, choice.rejected)
  if (best && description.consistentRead && best.candidate.kind === 'gsi') throw consistentOnGsi(entity, best)
  return choice
}

/** A class, not an object literal with a getter: one is built per query, and literals with accessors are slow to make. */
class Choice implements IndexChoice {
  readonly key: KeyPlan | null
  readonly sortsInMemory: boolean
  readonly unsortedBounded: string | null
  readonly #reasons: readonly (() => string)[]
  #rendered: readonly string[] | undefined

  constructor(
    key: KeyPlan | null,
    reasons: readonly (() => string)[],
    sortsInMemory: boolean,
    unsortedBounded: string | null,
  ) {
    this.key = key
    this.#reasons = reasons
    this.sortsInMemory = sortsInMemory
    this.unsortedBounded = unsortedBounded
  }

  get rejected(): readonly string[] {
    this.#rendered ??= this.#reasons.map((reason) => reason())
    return this.#rendered
  }
}

/**
 * Whether the key plan returns items ordered by `field`. Ids of uuidv7 and ulid kind start with their
 * creation time, so an entry sorted by such an id is sorted by the creation timestamp too.
 */
function sortsBy(entity: EntityDesign, key: KeyPlan, field: string): boolean {
  if (key.sortField === null || key.sortField === field) return true
  const kind = entity.traits.generatedId?.kind
  const timeOrdered = kind === 'uuidv7' || kind === 'ulid'
  const [id] = entity.primaryKey
  return (
    timeOrdered &&
    entity.primaryKey.length === 1 &&
    key.sortField === id &&
    field === entity.traits.timestamps?.createdAt
  )
}

/** Why a candidate cannot serve the query (as a thunk: the text is only for explain()), or null. */
function unusable(
  candidate: IndexCandidate,
  description: QueryDescription,
  present: ReadonlySet<string>,
  forced: boolean,
): (() => string) | null {
  if (candidate.excludeSoftDeleted && description.trashed !== 'exclude') {
    return () => 'holds live items only (withTrashed/onlyTrashed need another index)'
  }
  if (description.consistentRead && candidate.kind === 'gsi' && !forced)
    return () => 'GSIs cannot be read consistently'
  if (
    candidate.sparse &&
    !forced &&
    !(allPresent(candidate.pk.fields, present) && allPresent(candidate.sk.fields, present))
  ) {
    return () => {
      const missing = [...candidate.pk.fields, ...candidate.sk.fields].filter((field) => !present.has(field))
      return `sparse: holds ${candidate.holds} (the query does not require ${missing.join(', ')})`
    }
  }
  return null
}

function allPresent(fields: readonly string[], present: ReadonlySet<string>): boolean {
  for (const field of fields) if (!present.has(field)) return false
  return true
}

function findForced(
  entity: EntityDesign,
  candidates: readonly IndexCandidate[],
  name: string,
): IndexCandidate {
  const found = candidates.find((c) => c.label === name || c.indexName === name || c.aliases.includes(name))
  if (found) return found
  const names = candidates.flatMap((c) => [c.label, ...c.aliases.filter((a) => a !== c.label)])
  return throwUnknown(entity, name, names)
}

function throwUnknown(entity: EntityDesign, name: string, names: readonly string[]): never {
  throw new QueryError('UNKNOWN_INDEX', `${entity.name} has no index '${name}'`, {
    hint: `use one of: ${[...new Set(names)].join(', ')}`,
    entity: entity.name,
  })
}

function forcedUnusable(
  entity: EntityDesign,
  candidate: IndexCandidate,
  rejected: readonly string[],
): QueryError {
  return new QueryError('INDEX_UNUSABLE', `useIndex('${candidate.label}') cannot serve this query`, {
    hint: `${rejected.join('; ')}; the index holds ${candidate.holds}`,
    entity: entity.name,
  })
}

function consistentOnGsi(entity: EntityDesign, key: KeyPlan): QueryError {
  return new QueryError(
    'CONSISTENT_READ_ON_GSI',
    `consistentRead() cannot be used on global index ${key.candidate.label}`,
    {
      hint: 'DynamoDB reads GSIs eventually consistently only: drop consistentRead(), or query by the primary key (or an LSI)',
      entity: entity.name,
    },
  )
}

const always = new WeakMap<EntityDesign, readonly string[]>()

/** Fields every stored item has: the primary key, required attributes and managed timestamps. */
export function alwaysPresent(entity: EntityDesign): readonly string[] {
  let fields = always.get(entity)
  if (!fields) {
    const out = new Set(entity.primaryKey)
    for (const attribute of Object.values(entity.attributes)) if (attribute.required) out.add(attribute.name)
    const stamps = entity.traits.timestamps
    if (stamps) out.add(stamps.createdAt).add(stamps.updatedAt)
    fields = [...out]
    always.set(entity, fields)
  }
  return fields
}
