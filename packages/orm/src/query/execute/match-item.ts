import type { Predicate, WhereClause } from '../description'

/** Converts a query value to its stored form (Dates to ISO text or epoch numbers) before comparing. */
export type StoredForm = (field: string, value: unknown) => unknown

/**
 * Whether a stored item satisfies where clauses, the way a DynamoDB filter would: comparisons only
 * between values of one type (strings by code unit, numbers by value), a missing attribute fails every
 * comparison but `<>`, Laravel precedence for `orWhere`. Used where a plan reads items by key and the
 * remaining predicates cannot travel with the request (a GetItem has no filter).
 */
export function matchesClauses(
  item: Readonly<Record<string, unknown>>,
  clauses: readonly WhereClause[],
  stored: StoredForm,
): boolean {
  let any = false
  let branch = true
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!
    if (index > 0 && clause.boolean === 'or') {
      if (branch) any = true
      branch = true
    }
    if (branch && !matchesPredicate(item, clause.predicate, stored)) branch = false
  }
  return clauses.length === 0 || any || branch
}

export function matchesPredicate(
  item: Readonly<Record<string, unknown>>,
  predicate: Predicate,
  stored: StoredForm,
): boolean {
  if (predicate.kind === 'group') {
    const inner = matchesClauses(item, predicate.clauses, stored)
    return predicate.negate === true ? !inner : inner
  }
  const value = item[predicate.field]
  switch (predicate.kind) {
    case 'compare':
      return compareValues(value, predicate.op, stored(predicate.field, predicate.value))
    case 'in': {
      const found = predicate.values.some((v) => sameValue(value, stored(predicate.field, v)))
      if (predicate.values.length === 0) return predicate.negate
      return predicate.negate ? !found : found
    }
    case 'between': {
      const low = stored(predicate.field, predicate.low)
      const high = stored(predicate.field, predicate.high)
      return compareValues(value, '>=', low) && compareValues(value, '<=', high)
    }
    case 'beginsWith':
      return typeof value === 'string' && value.startsWith(predicate.prefix)
    case 'contains':
      return containsValue(value, stored(predicate.field, predicate.value))
    case 'null': {
      const isNull = value === undefined || value === null
      return predicate.negate ? !isNull : isNull
    }
    case 'exists':
      return predicate.negate ? value === undefined : value !== undefined
  }
}

function comparable(a: unknown, b: unknown): [number, number] | [string, string] | null {
  if (typeof a === 'string' && typeof b === 'string') return [a, b]
  const numeric = (x: unknown) => typeof x === 'number' || typeof x === 'bigint'
  if (numeric(a) && numeric(b)) return [Number(a), Number(b)]
  return null
}

function compareValues(value: unknown, op: string, target: unknown): boolean {
  if (op === '<>') return !sameValue(value, target)
  if (op === '=') return sameValue(value, target)
  const pair = comparable(value, target)
  if (pair === null) return false
  const [a, b] = pair
  switch (op) {
    case '<':
      return a < b
    case '<=':
      return a <= b
    case '>':
      return a > b
    default:
      return a >= b
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  const pair = comparable(a, b)
  if (pair !== null) return pair[0] === pair[1]
  if (typeof a === 'boolean' || a === null) return a === b
  if (a === undefined || b === undefined) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

function containsValue(value: unknown, target: unknown): boolean {
  if (typeof value === 'string') return typeof target === 'string' && value.includes(target)
  if (Array.isArray(value)) return value.some((element) => sameValue(element, target))
  if (value instanceof Set) return [...value].some((element) => sameValue(element, target))
  return false
}
