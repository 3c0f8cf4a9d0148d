import {
  and,
  attributeExists,
  attributeNotExists,
  attributeType,
  beginsWith,
  between,
  type Condition,
  contains,
  eq,
  ge,
  gt,
  inList,
  le,
  lt,
  MAX_IN_LIST,
  ne,
  not,
  or,
} from '@dbtooling/dynamo-client'
import type { Predicate, WhereClause } from '../description'

/**
 * The AND-ed predicates of a where list, flattening AND-only groups; null when the list has an OR at the
 * top level (then no single key condition covers every branch and everything becomes a filter).
 */
export function topLevelConjuncts(clauses: readonly WhereClause[]): Predicate[] | null {
  const out: Predicate[] = []
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!
    if (index > 0 && clause.boolean === 'or') return null
    const predicate = clause.predicate
    if (predicate.kind === 'group' && predicate.negate !== true) {
      const inner = topLevelConjuncts(predicate.clauses)
      if (inner === null) out.push(predicate)
      else out.push(...inner)
    } else out.push(predicate)
  }
  return out
}

/** How predicates meet storage: values in stored form, and an attribute every item has. */
export interface ValueMapper {
  /** Converts a value before it goes into an expression (Dates to stored form). */
  value(field: string, value: unknown): unknown
  /** The table's partition key: `attribute_not_exists` on it is false for every item (an empty IN). */
  readonly keyAttribute: string
}

/** Laravel precedence: `a AND b OR c AND d` is `(a AND b) OR (c AND d)`. */
export function clausesToCondition(clauses: readonly WhereClause[], map: ValueMapper): Condition | undefined {
  const branches: Condition[][] = []
  for (const clause of clauses) {
    const condition = predicateToCondition(clause.predicate, map)
    if (condition === undefined) continue
    if (branches.length === 0 || clause.boolean === 'or') branches.push([condition])
    else branches[branches.length - 1]!.push(condition)
  }
  if (branches.length === 0) return undefined
  return or(...branches.map((branch) => and(...branch)))
}

export function predicateToCondition(predicate: Predicate, map: ValueMapper): Condition | undefined {
  switch (predicate.kind) {
    case 'compare':
      return compare(predicate.field, predicate.op, map.value(predicate.field, predicate.value))
    case 'in': {
      // Laravel's whereIn([]) matches nothing and whereNotIn([]) everything; DynamoDB rejects an empty IN.
      if (predicate.values.length === 0) {
        return predicate.negate ? attributeExists(map.keyAttribute) : attributeNotExists(map.keyAttribute)
      }
      const values = predicate.values.map((value) => map.value(predicate.field, value))
      const condition = inChunks(predicate.field, values)
      return predicate.negate ? not(condition) : condition
    }
    case 'between': {
      const low = map.value(predicate.field, predicate.low)
      const high = map.value(predicate.field, predicate.high)
      // DynamoDB rejects BETWEEN with its bounds out of order; such a range matches nothing.
      if (outOfOrder(low, high)) return attributeNotExists(map.keyAttribute)
      return between(predicate.field, low, high)
    }
    case 'beginsWith':
      return beginsWith(predicate.field, predicate.prefix)
    case 'contains':
      return contains(predicate.field, map.value(predicate.field, predicate.value))
    case 'null':
      return predicate.negate
        ? and(attributeExists(predicate.field), not(attributeType(predicate.field, 'NULL')))
        : or(attributeNotExists(predicate.field), attributeType(predicate.field, 'NULL'))
    case 'exists':
      return predicate.negate ? attributeNotExists(predicate.field) : attributeExists(predicate.field)
    case 'group': {
      const inner = clausesToCondition(predicate.clauses, map)
      return inner && predicate.negate === true ? not(inner) : inner
    }
  }
}

function outOfOrder(low: unknown, high: unknown): boolean {
  const numeric = (value: unknown) => typeof value === 'number' || typeof value === 'bigint'
  if (numeric(low) && numeric(high)) return Number(low) > Number(high)
  return typeof low === 'string' && typeof high === 'string' && low > high
}

function compare(field: string, op: string, value: unknown): Condition {
  switch (op) {
    case '=':
      return eq(field, value)
    case '<>':
      return ne(field, value)
    case '<':
      return lt(field, value)
    case '<=':
      return le(field, value)
    case '>':
      return gt(field, value)
    default:
      return ge(field, value)
  }
}

/** DynamoDB caps IN at 100 values; longer lists become an OR of IN lists. */
function inChunks(field: string, values: readonly unknown[]): Condition {
  if (values.length <= MAX_IN_LIST) return inList(field, values)
  const parts: Condition[] = []
  for (let start = 0; start < values.length; start += MAX_IN_LIST) {
    parts.push(inList(field, values.slice(start, start + MAX_IN_LIST)))
  }
  return or(...parts)
}

/** Attributes a predicate guarantees to be present (used to decide whether a sparse index is safe). */
export function presentFields(predicates: readonly Predicate[]): Set<string> {
  const out = new Set<string>()
  for (const predicate of predicates) {
    if (predicate.kind === 'group') continue
    if (predicate.kind === 'null' || predicate.kind === 'exists') {
      if (predicate.negate === (predicate.kind === 'null')) out.add(predicate.field)
      continue
    }
    if (predicate.kind === 'in' && predicate.negate) continue
    if (predicate.kind === 'compare' && (predicate.op === '<>' || predicate.value === null)) continue
    out.add(predicate.field)
  }
  return out
}
