import type { Comparator, Predicate, WhereClause, WhereOperator } from './description'
import { QueryError } from './errors'

const COMPARATORS: Readonly<Record<string, Comparator>> = {
  '=': '=',
  '!=': '<>',
  '<>': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
}

/** `where(field, value)` and `where(field, op, value)` as one normalised predicate. */
export function fieldPredicate(entity: string, field: string, args: readonly unknown[]): Predicate {
  if (args.length === 1) return comparison(entity, field, '=', args[0])
  const [op, value] = args
  if (typeof op !== 'string') throw invalidWhere(entity, field, `operator must be a string, got ${typeof op}`)
  return operatorPredicate(entity, field, op.toLowerCase() as WhereOperator, value)
}

function operatorPredicate(entity: string, field: string, op: WhereOperator, value: unknown): Predicate {
  switch (op) {
    case 'in':
    case 'not in':
      return inPredicate(entity, field, value, op === 'not in')
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2)
        throw invalidWhere(entity, field, 'between needs [low, high]')
      return betweenPredicate(entity, field, value[0], value[1])
    }
    case 'begins_with':
      if (typeof value !== 'string') throw invalidWhere(entity, field, 'begins_with needs a string prefix')
      return { kind: 'beginsWith', field, prefix: value }
    case 'contains':
      defined(entity, field, value)
      return { kind: 'contains', field, value }
    default: {
      const comparator = COMPARATORS[op]
      if (!comparator) throw invalidWhere(entity, field, `unknown operator '${op}'`)
      return comparison(entity, field, comparator, value)
    }
  }
}

function comparison(entity: string, field: string, op: Comparator, value: unknown): Predicate {
  if (value === null && (op === '=' || op === '<>')) return { kind: 'null', field, negate: op === '<>' }
  defined(entity, field, value)
  if (value === null) throw invalidWhere(entity, field, `'${op}' cannot compare with null`)
  return { kind: 'compare', field, op, value }
}

export function inPredicate(entity: string, field: string, values: unknown, negate: boolean): Predicate {
  if (!Array.isArray(values)) throw invalidWhere(entity, field, 'in / not in need an array of values')
  for (const value of values) defined(entity, field, value)
  return { kind: 'in', field, values: Object.freeze([...values]), negate }
}

export function betweenPredicate(entity: string, field: string, low: unknown, high: unknown): Predicate {
  defined(entity, field, low)
  defined(entity, field, high)
  return { kind: 'between', field, low, high }
}

/**
 * `field < low OR field > high`. DynamoDB's `NOT (field BETWEEN ...)` would also match items without
 * the attribute; SQL's NOT BETWEEN (and so Laravel's) does not, and neither does this.
 */
export function notBetweenPredicate(entity: string, field: string, low: unknown, high: unknown): Predicate {
  defined(entity, field, low)
  defined(entity, field, high)
  const clauses: WhereClause[] = [
    { boolean: 'and', predicate: comparison(entity, field, '<', low) },
    { boolean: 'or', predicate: comparison(entity, field, '>', high) },
  ]
  return { kind: 'group', clauses: Object.freeze(clauses) }
}

function defined(entity: string, field: string, value: unknown): void {
  if (value === undefined) throw invalidWhere(entity, field, 'the value is undefined')
}

export function invalidWhere(entity: string, field: string, detail: string): QueryError {
  return new QueryError('INVALID_WHERE', `where('${field}', ...): ${detail}`, {
    hint: "write where(field, value), where(field, op, value) with op one of = != <> < <= > >= in 'not in' between begins_with contains, or whereNull(field)",
    entity,
  })
}
