import type { TableDesign } from '@dbtooling/schema'
import { designPlan, entityCandidates } from '../compile/candidates'
import type { CompiledQuery, CompileOptions } from '../compile/compile-query'
import type { ReadEstimate } from '../compile/estimate'
import { topLevelConjuncts } from '../compile/where-tree'
import type { Predicate, QueryDescription, WhereClause } from '../description'
import { QueryError } from '../errors'
import { type FanOut, type KeyShape, MAX_FAN_OUT_VALUES } from './fan-out-plan'
import { FanOutQuery } from './fan-out-query'

type InPredicate = Predicate & { kind: 'in' }

/** A single compiled read, as compileQuery makes it, with the key it chose. */
export type CompileOne = (
  design: TableDesign,
  description: QueryDescription,
  options: CompileOptions,
) => BranchQuery

/** A compiled single read that can also say what a fan-out of it costs. */
export type BranchQuery = CompiledQuery & {
  keyShape(): KeyShape | null
  estimateOver(branches: number, filtered: boolean): ReadEstimate
}

/**
 * `whereIn(attr, values)` where `attr` fixes the partition of an index entry (a belongsTo foreign key, a
 * declared index's first column): one Query per distinct value, merged in sort-key order, instead of a
 * whole-type read with an IN filter. An empty list matches nothing and sends nothing. Returns null when no
 * `whereIn` can fan out, or when the query is already bounded by another key (then the IN stays a filter
 * on that partition).
 */
export function compileFanOut(
  design: TableDesign,
  description: QueryDescription,
  options: CompileOptions,
  compileOne: CompileOne,
): CompiledQuery | null {
  const conjuncts = topLevelConjuncts(description.where)
  if (conjuncts === null) return null
  const lists = conjuncts.filter((p): p is InPredicate => p.kind === 'in' && !p.negate)
  if (lists.length === 0) return null
  if (lists.some((list) => list.values.length === 0))
    return emptyFanOut(design, description, options, compileOne)
  const partitionFields = partitionAttributes(design, description.entity)
  for (const list of lists) {
    if (!partitionFields.has(list.field)) continue
    const values = distinct(list.values)
    if (values.length > MAX_FAN_OUT_VALUES) throw tooMany(description.entity, list.field, values.length)
    const branches = branchesFor(design, description, options, compileOne, list, values)
    if (branches === null) continue
    if (boundedAlready(design, description, options, compileOne)) return null
    return fanOutQuery(design, branches, `whereIn('${list.field}', ${values.length} values)`)
  }
  return null
}

/** Fields that fix the partition of some index entry of the entity. */
function partitionAttributes(design: TableDesign, entity: string): Set<string> {
  const out = new Set<string>()
  for (const candidate of entityCandidates(designPlan(design), entity))
    for (const field of candidate.pk.fields) out.add(field)
  return out
}

/** One compiled read per value, or null when a value would not land on the same index by that field. */
function branchesFor(
  design: TableDesign,
  description: QueryDescription,
  options: CompileOptions,
  compileOne: CompileOne,
  list: InPredicate,
  values: readonly unknown[],
): BranchQuery[] | null {
  const branches: BranchQuery[] = []
  let label: string | null = null
  for (const value of values) {
    const equality: Predicate = { kind: 'compare', field: list.field, op: '=', value }
    const one = { ...description, where: replaced(description.where, list, equality) }
    let compiled: ReturnType<CompileOne>
    try {
      compiled = compileOne(design, one, options)
    } catch (error) {
      if (error instanceof QueryError) return null
      throw error
    }
    const shape = compiled.keyShape()
    if (!shape?.partitionFields.includes(list.field)) return null
    if (label !== null && shape.label !== label) return null
    label = shape.label
    branches.push(compiled)
  }
  return branches
}

/** True when the query without fan-out already reads one bounded partition (a key other than the list). */
function boundedAlready(
  design: TableDesign,
  description: QueryDescription,
  options: CompileOptions,
  compileOne: CompileOne,
): boolean {
  try {
    const shape = compileOne(design, description, options).keyShape()
    return shape !== null && shape.partitionFields.length > 0
  } catch (error) {
    if (error instanceof QueryError) return false
    throw error
  }
}

function fanOutQuery(design: TableDesign, branches: readonly BranchQuery[], reason: string): CompiledQuery {
  const first = branches[0]!
  const requests = branches.flatMap((branch) => branch.fanOut?.branches ?? [branch.request])
  const sharded = first.fanOut !== null
  const fanOut: FanOut = {
    branches: requests,
    sortAttribute: first.fanOut?.sortAttribute ?? sortAttributeOf(first),
    tieAttributes: [design.partitionKey, design.sortKey],
    descending: first.request.ScanIndexForward === false,
    reason: sharded ? `${reason} x ${first.fanOut!.reason}` : reason,
  }
  return new FanOutQuery(
    first,
    fanOut,
    branches.some((branch) => branch.filtered),
  )
}

function sortAttributeOf(compiled: BranchQuery): string {
  return compiled.keyShape()?.sortAttribute ?? ''
}

/** `whereIn(attr, [])`: no request at all; the plan of the rest of the query is kept for explain(). */
function emptyFanOut(
  design: TableDesign,
  description: QueryDescription,
  options: CompileOptions,
  compileOne: CompileOne,
): CompiledQuery {
  const base = compileOne(design, description, options)
  const fanOut: FanOut = {
    branches: [],
    sortAttribute: base.keyShape()?.sortAttribute ?? design.sortKey,
    tieAttributes: [design.partitionKey, design.sortKey],
    descending: false,
    reason: 'whereIn with an empty list matches nothing: no request is sent',
  }
  return new FanOutQuery(base, fanOut, base.filtered)
}

/** Values without repeats, compared as stored text would be (`1` and `'1'` stay apart; Dates by time). */
function distinct(values: readonly unknown[]): unknown[] {
  const seen = new Set<string>()
  const out: unknown[] = []
  for (const value of values) {
    const id = value instanceof Date ? `d${value.getTime()}` : `${typeof value}:${String(value)}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push(value)
  }
  return out
}

function replaced(clauses: readonly WhereClause[], target: Predicate, by: Predicate): WhereClause[] {
  return clauses.map((clause) => {
    const predicate = clause.predicate
    if (predicate === target) return { ...clause, predicate: by }
    if (predicate.kind === 'group')
      return { ...clause, predicate: { ...predicate, clauses: replaced(predicate.clauses, target, by) } }
    return clause
  })
}

function tooMany(entity: string, field: string, count: number): QueryError {
  return new QueryError(
    'FAN_OUT_TOO_WIDE',
    `whereIn('${field}', ...) has ${count} distinct values; a partition fan-out sends one Query per value, at most ${MAX_FAN_OUT_VALUES}`,
    {
      hint: `split the list into chunks of ${MAX_FAN_OUT_VALUES} and run one query per chunk, or model the grouping as an attribute with its own index`,
      entity,
    },
  )
}
