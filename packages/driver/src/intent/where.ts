import { DriverError } from '../errors'
import type { EntityOf } from '../orm-handle'
import type { SchemaMap } from '../schema-map'
import { type AstNode, columnName, functionArgs, functionName, isNode } from '../sql/ast'
import { refuse } from './refusals'
import type { CompareOperator, Condition, SqlValue } from './types'
import { type BoundValues, describeNode } from './values'

/** Everything a WHERE tree needs to become a Condition. */
export interface WhereScope {
  /** The attribute a column names (throws for unknown columns). */
  readonly field: (column: string) => string
  /** The stored form of a value compared with `field` (see `SchemaMap.storedValue`). */
  readonly stored: (field: string, value: SqlValue) => SqlValue
  readonly values: BoundValues
  readonly sql: string
}

/** The WhereScope of a model's table: columns are its attributes. */
export function entityScope(
  entity: EntityOf,
  scope: Omit<WhereScope, 'field' | 'stored'> & { schema: SchemaMap },
): WhereScope {
  return {
    field: (column) => scope.schema.attribute(entity, column, scope.sql),
    stored: (field, value) => scope.schema.storedValue(entity, field, value) as SqlValue,
    values: scope.values,
    sql: scope.sql,
  }
}

const comparisons: Record<string, CompareOperator> = {
  '=': '=',
  '!=': '!=',
  '<>': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
}

/** A WHERE tree as a Condition over the entity's attributes. */
export function toCondition(node: AstNode, scope: WhereScope): Condition {
  if (node.type === 'function') return fromFunction(node, scope)
  if (node.type !== 'binary_expr') throw unsupported(scope, `a WHERE of ${describeNode(node)}`)
  const operator = String(node.operator).toUpperCase()
  if (operator === 'AND' || operator === 'OR') return logical(operator, node, scope)
  const left = isNode(node.left) ? node.left : null
  if (left && isSubSelect(node.right)) throw refuse('SUB-SELECT', scope.sql)
  const column = left ? columnName(left) : null
  if (column === null) throw unsupported(scope, `${describeNode(left ?? {})} on the left of ${operator}`)
  const field = scope.field(column)
  return predicate(operator, field, node.right, scope)
}

function predicate(operator: string, field: string, right: unknown, scope: WhereScope): Condition {
  const compare = comparisons[operator]
  if (compare)
    return { kind: 'compare', field, op: compare, value: scope.stored(field, valueNode(right, scope)) }
  switch (operator) {
    case 'IN':
    case 'NOT IN': {
      const values = scope.values.listOf(right).map((value) => scope.stored(field, value))
      return { kind: 'in', field, values, negated: operator === 'NOT IN' }
    }
    case 'BETWEEN':
    case 'NOT BETWEEN': {
      const [low = null, high = null] = scope.values.listOf(right)
      return { kind: 'between', field, low, high, negated: operator === 'NOT BETWEEN' }
    }
    case 'IS':
    case 'IS NOT':
      return nullCheck(field, operator === 'IS NOT', right, scope)
    case 'LIKE':
      return like(field, valueNode(right, scope), scope)
    default:
      throw unsupported(scope, `the operator ${operator}`)
  }
}

function nullCheck(field: string, negated: boolean, right: unknown, scope: WhereScope): Condition {
  if (isNode(right) && right.type === 'null') return { kind: 'null', field, negated }
  return { kind: 'compare', field, op: negated ? '!=' : '=', value: valueNode(right, scope) }
}

/** `LIKE 'x%'` is begins_with (a key condition when the field leads a sort key), `'%x%'` contains. */
function like(field: string, pattern: unknown, scope: WhereScope): Condition {
  if (typeof pattern !== 'string') throw unsupported(scope, 'LIKE with a non-text pattern')
  const body = pattern.slice(0, -1)
  if (pattern.endsWith('%') && !hasWildcard(body)) return { kind: 'beginsWith', field, prefix: body }
  const inner = pattern.slice(1, -1)
  if (pattern.startsWith('%') && pattern.endsWith('%') && pattern.length > 1 && !hasWildcard(inner)) {
    return { kind: 'contains', field, text: inner }
  }
  throw new DriverError('UNSUPPORTED_EXPRESSION', `LIKE '${pattern}' has no DynamoDB equivalent`, {
    sql: scope.sql,
    hint: "use a prefix pattern ('abc%', begins_with) or a substring ('%abc%', contains); for suffixes store a reversed copy of the attribute",
  })
}

function hasWildcard(text: string): boolean {
  return text.includes('%') || text.includes('_')
}

function logical(operator: 'AND' | 'OR', node: AstNode, scope: WhereScope): Condition {
  const kind = operator === 'AND' ? 'and' : 'or'
  const items: Condition[] = []
  for (const side of [node.left, node.right]) {
    if (!isNode(side)) continue
    const condition = toCondition(side, scope)
    // Flattening keeps `a AND b AND c` one group, as the builder wrote it.
    if (condition.kind === kind) items.push(...condition.items)
    else items.push(condition)
  }
  return { kind, items }
}

function fromFunction(node: AstNode, scope: WhereScope): Condition {
  const name = functionName(node)
  const [argument] = functionArgs(node)
  if (name === 'NOT' && argument) return { kind: 'not', item: toCondition(argument, scope) }
  if (name === 'EXISTS') throw refuse('SUB-SELECT', scope.sql)
  throw new DriverError('UNSUPPORTED_EXPRESSION', `${name ?? 'A function'}(...) cannot run in DynamoDB`, {
    sql: scope.sql,
    hint: 'DynamoDB compares stored values exactly; store the computed value (e.g. a lower-cased copy) as its own attribute and compare that',
  })
}

function valueNode(node: unknown, scope: WhereScope) {
  if (!isNode(node)) throw unsupported(scope, 'a missing value')
  if (isSubSelect(node)) throw refuse('SUB-SELECT', scope.sql)
  if (columnName(node) !== null && node.type === 'column_ref') {
    throw unsupported(scope, 'comparing two columns')
  }
  return scope.values.valueOf(node)
}

function isSubSelect(node: unknown): boolean {
  if (!isNode(node)) return false
  if (isNode(node.ast)) return true
  return (
    node.type === 'expr_list' &&
    Array.isArray(node.value) &&
    node.value.some((item) => isNode(item) && isNode(item.ast))
  )
}

function unsupported(scope: WhereScope, what: string): DriverError {
  return new DriverError('UNSUPPORTED_EXPRESSION', `The driver cannot translate ${what}`, {
    sql: scope.sql,
    hint: 'write conditions as column <op> value joined by AND/OR (=, <>, <, <=, >, >=, IN, BETWEEN, LIKE, IS NULL)',
  })
}
