import type { QueryCommandInput } from '@dbtooling/dynamo-client'
import type { EntityDesign } from '@dbtooling/schema'
import type { Predicate, QueryDescription } from '../description'
import { estimateFanOut } from '../fan-out/fan-out-estimate'
import { explainFanOut, type FanOut, type FanOutExplanation } from '../fan-out/fan-out-plan'
import type { IndexCandidate } from './candidates'
import { type CostClass, isBroadRead, queryShape, readsVersusReturns, suggestedFix } from './cost-class'
import { type EstimateInput, estimateReads, type ReadEstimate } from './estimate'
import type { KeyPlan } from './key-plan'
import { readable } from './readable'
import { alwaysPresent, type IndexChoice } from './select-index'
import type { PointRead } from './unique-lookup'
import { presentFields } from './where-tree'

/**
 * What `explain()` says about a query before it runs: operation, cost class, index, key condition, filter, estimate, warnings and the fix for a broad read.
 *
 * @example
 * ```ts
 * const plan: QueryExplanation = Post.where('authorId', 'u1').latest().explain()
 * console.log(plan.costClass, plan.index, plan.keyCondition, plan.filter, plan.fix)
 * ```
 */
export interface QueryExplanation {
  /** `GetItem` when a unique equality is answered through its guard item (two point reads at most). */
  readonly operation: 'Query' | 'Scan' | 'GetItem'
  /** What the read costs: `GetItem`, `BatchGetItem`, `Query (bounded partition)`, `Query (whole type)`, `Scan`. */
  readonly costClass: CostClass
  /** How many items it may read relative to what it returns, in words. */
  readonly reads: string
  /** Index name, or null for the table. */
  readonly index: string | null
  /** Why the index serves the entity (`belongsTo Team`, `list by type`, `primary key`). */
  readonly reason: string | null
  /** Which of the entity's items the index holds. */
  readonly holds: string | null
  readonly keyCondition: string | null
  readonly filter: string | null
  /** True when an entity-type filter was needed because key prefixes cannot separate item types. */
  readonly entityTypeFilter: boolean
  readonly order: 'asc' | 'desc' | null
  readonly estimate: ReadEstimate
  /** Candidates passed over and why. */
  readonly rejected: readonly string[]
  /** The change (to the query or the model) that makes a whole-type read or Scan a bounded one; else null. */
  readonly fix: string | null
  readonly warnings: readonly string[]
  /** Set when the read is several Queries merged in order (`whereIn` on a partition attribute, shards). */
  readonly fanOut: FanOutExplanation | null
}

/** What compileQuery knew, kept so the explanation is built only when someone asks for it. */
export interface ExplainFacts {
  readonly operation: 'Query' | 'Scan'
  readonly costClass: CostClass
  /** True when the read is whole-type or Scan and where clauses are left to the filter. */
  readonly overReads: boolean
  readonly pointRead: PointRead | null
  readonly memorySort: { readonly field: string; readonly direction: 'asc' | 'desc' } | null
  readonly key: KeyPlan | null
  readonly request: QueryCommandInput
  readonly guaranteed: boolean
  readonly description: QueryDescription
  readonly averageItemBytes: number
  /** Read lazily: its reasons are only rendered when an explanation is asked for. */
  readonly choice: IndexChoice
  /** The AND-ed where predicates (null with a top-level OR) and the entity's candidates, for the fix. */
  readonly conjuncts: readonly Predicate[] | null
  readonly candidates: readonly IndexCandidate[]
  readonly fanOut: FanOut | null
}

export function explain(entity: EntityDesign, facts: ExplainFacts): QueryExplanation {
  if (facts.pointRead) return explainPointRead(entity, facts, facts.pointRead)
  const { operation, key, request, description } = facts
  const filtered = request.FilterExpression !== undefined
  const input = estimateInputOf(facts)
  const estimate = facts.fanOut ? estimateFanOut(input, facts.fanOut.branches.length) : estimateReads(input)
  const fix = isBroadRead(facts.costClass) ? fixFor(entity, facts) : null
  const names = request.ExpressionAttributeNames
  const values = request.ExpressionAttributeValues
  return {
    operation,
    costClass: facts.costClass,
    reads:
      readsVersusReturns(entity, facts.costClass, key, filtered) +
      (facts.memorySort ? `, then sorts them by '${facts.memorySort.field}' in memory` : ''),
    index: key?.candidate.indexName ?? null,
    reason: key?.candidate.reason ?? null,
    holds: key?.candidate.holds ?? null,
    keyCondition: readable(request.KeyConditionExpression, names, values),
    filter: readable(request.FilterExpression, names, values),
    entityTypeFilter: !facts.guaranteed,
    order: description.order?.direction ?? null,
    estimate,
    rejected: facts.choice.rejected,
    fix,
    warnings: warningsFor(entity, facts, fix),
    fanOut: facts.fanOut ? explainFanOut(facts.fanOut) : null,
  }
}

/** What the capacity estimate of one branch (one key condition) is computed from. */
export function estimateInputOf(facts: ExplainFacts): EstimateInput {
  return {
    key: facts.key,
    hasFilter: facts.request.FilterExpression !== undefined,
    limit: facts.description.limit,
    maxPages: facts.description.maxPages,
    consistentRead: facts.description.consistentRead,
    averageItemBytes: facts.averageItemBytes,
  }
}

function fixFor(entity: EntityDesign, facts: ExplainFacts): string {
  const order = facts.description.order
  const bounded = facts.choice.unsortedBounded
  if (order && bounded) {
    return `${bounded} bounds the partition but does not sort by '${order.field}': call .sortInMemory() to read it and sort in memory, or add an index whose sort key is '${order.field}' beside the partition attribute`
  }
  const conjuncts = facts.conjuncts ?? []
  const leftover = conjuncts.filter((predicate) => !facts.key?.consumed.has(predicate))
  const present = presentFields(conjuncts)
  for (const field of alwaysPresent(entity)) present.add(field)
  return (
    suggestedFix(entity, facts.candidates, leftover, present) ??
    'narrow the query by a key attribute of one of its indexes'
  )
}

/**
 * A Scan warns unless forceScan() asked for it; a whole-type Query warns when it reads items it then
 * filters away, unless useIndex() chose that index on purpose. The text names the query's shape, never
 * its values, so a warning goes out once per shape.
 */
function warningsFor(entity: EntityDesign, facts: ExplainFacts, fix: string | null): string[] {
  const { description } = facts
  const shape = queryShape(entity.name, facts.conjuncts)
  if (facts.operation === 'Scan') {
    if (description.forceScan) return []
    return [
      `${shape} needs a Scan of the whole table (cost class Scan): ${facts.choice.rejected.join('; ')}. Fix: ${fix}`,
    ]
  }
  if (facts.costClass !== 'Query (whole type)' || !facts.overReads || description.index !== null) return []
  const index = facts.key?.candidate.label ?? 'table'
  return [
    `${shape} reads every ${entity.name} (cost class Query (whole type), ${index} ${facts.key?.candidate.reason ?? ''}) and filters them in DynamoDB. Fix: ${fix}`,
  ]
}

/** Two point reads: the guard item by its key, then the entity by the key the guard holds. */
function explainPointRead(entity: EntityDesign, facts: ExplainFacts, read: PointRead): QueryExplanation {
  const keyText = Object.entries(read.guardKey)
    .map(([attribute, value]) => `${attribute} = ${JSON.stringify(value)}`)
    .join(' AND ')
  const others = read.residual.length > 1 ? ', then checks the other where clauses on it' : ''
  const factor = read.consistentRead ? 1 : 0.5
  return {
    operation: 'GetItem',
    costClass: 'GetItem',
    reads: `reads the guard item and the ${entity.name} it names (2 GetItem, at most 1 item returned)${others}`,
    index: null,
    reason: `unique ${read.attribute} (guard item)`,
    holds: `the ${entity.name} whose ${read.attribute} is the value`,
    keyCondition: keyText,
    filter: null,
    entityTypeFilter: false,
    order: null,
    estimate: {
      items: 2,
      pages: 2,
      rcu: 2 * factor,
      rcuPerFullPage: 256 * factor,
      minRequests: 2,
      basis: 'two point reads: the guard item, then the entity it names',
    },
    rejected: facts.choice.rejected,
    fix: null,
    warnings: [],
    fanOut: null,
  }
}
