import { DriverError } from '../errors'
import type { EntityOf } from '../orm-handle'
import type { SchemaMap } from '../schema-map'
import { type AstNode, columnName, functionArgs, functionName, isNode, nodeList, text } from '../sql/ast'
import { joinedRelations } from './joins'
import { refuse } from './refusals'
import type { SelectIntent } from './types'
import type { BoundValues } from './values'
import { entityScope, toCondition } from './where'

export interface StatementScope {
  readonly schema: SchemaMap
  readonly values: BoundValues
  readonly sql: string
}

/** A SELECT tree as a SelectIntent; clauses DynamoDB cannot answer are refused by name. */
export function selectIntent(ast: AstNode, scope: StatementScope): SelectIntent {
  const wrapped = existsWrapper(ast, scope) ?? countWrapper(ast, scope)
  if (wrapped) return wrapped
  refuseClauses(ast, scope.sql)
  const [base, ...joins] = nodeList(ast.from)
  if (!base || isNode(base.expr)) throw refuse('SUB-SELECT', scope.sql)
  const table = String(base.table)
  const entity = scope.schema.entity(table, scope.sql)
  const where = isNode(ast.where) ? toCondition(ast.where, entityScope(entity, scope)) : null
  const projection = columnsOf(ast, entity, scope)
  return {
    kind: 'select',
    model: entity.name,
    where,
    columns: projection.columns,
    count: projection.count,
    exists: null,
    orderBy: orderOf(ast, entity, scope),
    limit: limitOf(ast, scope),
    relations: joinedRelations(entity, table, joins, scope),
  }
}

function refuseClauses(ast: AstNode, sql: string): void {
  if (ast.with) throw refuse('WITH', sql)
  if (ast.distinct) throw refuse('DISTINCT', sql)
  if (ast.groupby) throw refuse('GROUP BY', sql)
  if (ast.having) throw refuse('HAVING', sql)
  if (ast._next || ast.set_op) throw refuse('UNION', sql)
}

/** `SELECT EXISTS (SELECT ...) AS e`, what the builder's exists() sends: the inner query, asked for existence. */
function existsWrapper(ast: AstNode, scope: StatementScope): SelectIntent | null {
  const [column] = nodeList(ast.columns)
  if (!column || !isNode(column.expr) || functionName(column.expr) !== 'EXISTS' || ast.from) return null
  const [inner] = functionArgs(column.expr)
  if (!inner || !isNode(inner.ast)) return null
  const intent = selectIntent(inner.ast, scope)
  return { ...intent, limit: 1, exists: { alias: text(column.as) ?? 'exists' } }
}

/**
 * `SELECT COUNT(*) as c FROM (SELECT ...) as sub`, the builder's paginate() total: the inner query,
 * counted. Any other sub-select in FROM is refused.
 */
function countWrapper(ast: AstNode, scope: StatementScope): SelectIntent | null {
  const [from, ...rest] = nodeList(ast.from)
  const [column, ...others] = nodeList(ast.columns)
  if (!from || rest.length > 0 || !isNode(from.expr) || !isNode(from.expr.ast)) return null
  const counted =
    column && isNode(column.expr) && column.expr.type === 'aggr_func' && functionName(column.expr) === 'COUNT'
  if (!counted || others.length > 0 || ast.where || ast.groupby || ast.limit) return null
  const inner = selectIntent(from.expr.ast, scope)
  if (inner.count || inner.exists || inner.limit !== null) return null
  return {
    ...inner,
    columns: null,
    orderBy: null,
    relations: [],
    count: { alias: text(column.as) ?? 'count' },
  }
}

function columnsOf(ast: AstNode, entity: EntityOf, scope: StatementScope) {
  const items = nodeList(ast.columns)
  const first = items[0]
  if (first && isNode(first.expr) && first.expr.type === 'aggr_func') {
    if (functionName(first.expr) !== 'COUNT' || items.length > 1) throw aggregate(first.expr, scope.sql)
    return { columns: null, count: { alias: text(first.as) ?? 'count' } }
  }
  const columns: string[] = []
  for (const item of items) {
    if (!isNode(item.expr)) continue
    if (isNode(item.expr.ast)) throw refuse('SUB-SELECT', scope.sql)
    const name = columnName(item.expr)
    if (name === null) throw aggregate(item.expr, scope.sql)
    if (name === '*' || name.endsWith('.*')) return { columns: null, count: null }
    columns.push(scope.schema.attribute(entity, name, scope.sql))
  }
  return { columns: columns.length > 0 ? columns : null, count: null }
}

function aggregate(node: AstNode, sql: string): DriverError {
  const name = functionName(node) ?? 'the expression'
  return new DriverError('UNSUPPORTED_EXPRESSION', `${name} cannot be computed by DynamoDB`, {
    sql,
    hint: "select columns or COUNT(*) only; for sums and averages use the ORM's sum()/avg() on a bounded query, or keep an aggregate item",
  })
}

function orderOf(ast: AstNode, entity: EntityOf, scope: StatementScope): SelectIntent['orderBy'] {
  const items = nodeList(ast.orderby)
  if (items.length === 0) return null
  if (items.length > 1) throw refuse('ORDER BY', scope.sql)
  const [item] = items
  const name = item && isNode(item.expr) ? columnName(item.expr) : null
  if (!item || name === null) throw refuse('ORDER BY', scope.sql)
  const direction = String(item.type ?? 'ASC').toUpperCase() === 'DESC' ? 'desc' : 'asc'
  return { field: scope.schema.attribute(entity, name, scope.sql), direction }
}

function limitOf(ast: AstNode, scope: StatementScope): number | null {
  if (!isNode(ast.limit)) return null
  const parts = nodeList(ast.limit.value)
  if (parts.length === 0) return null
  // `LIMIT n OFFSET m` ([n, m]) or `LIMIT m, n`; an offset of 0 skips nothing (page 1 of paginate()).
  const [limitPart, offsetPart] = ast.limit.seperator === ',' ? [parts[1], parts[0]] : [parts[0], parts[1]]
  if (offsetPart && scope.values.valueOf(offsetPart) !== 0) throw refuse('OFFSET', scope.sql)
  const part = limitPart
  const value = part ? scope.values.valueOf(part) : null
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw new DriverError('UNSUPPORTED_EXPRESSION', `LIMIT must be a whole number, got ${String(value)}`, {
    sql: scope.sql,
    hint: 'pass limit(n) with a non-negative integer',
  })
}
