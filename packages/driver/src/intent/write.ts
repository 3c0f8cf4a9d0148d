import { DriverError } from '../errors'
import type { EntityOf } from '../orm-handle'
import { type AstNode, columnName, isNode, nodeList, text } from '../sql/ast'
import { refuse } from './refusals'
import type { StatementScope } from './select'
import type { DeleteIntent, InsertIntent, SqlValue, UpdateIntent } from './types'
import { entityScope, toCondition } from './where'

/** `INSERT INTO t (a, b) VALUES (?, ?), (?, ?)`: one row per VALUES tuple. */
export function insertIntent(ast: AstNode, scope: StatementScope): InsertIntent {
  if (ast.returning) throw refuse('RETURNING', scope.sql)
  if (ast.on_duplicate_update || ast.conflict) throw refuse('ON CONFLICT', scope.sql)
  const entity = targetEntity(ast, scope)
  const columns = (Array.isArray(ast.columns) ? ast.columns : []).map((column) =>
    scope.schema.attribute(entity, String(isNode(column) ? columnName(column) : column), scope.sql),
  )
  const values = isNode(ast.values) ? ast.values.values : ast.values
  if (isNode(values) || (isNode(ast.values) && ast.values.type === 'select'))
    throw refuse('SUB-SELECT', scope.sql)
  const rows = nodeList(values).map((tuple) => {
    const cells = scope.values.listOf(tuple)
    if (cells.length !== columns.length) throw mismatch(columns.length, cells.length, scope.sql)
    const row: Record<string, SqlValue> = {}
    columns.forEach((column, index) => {
      row[column] = scope.schema.storedValue(entity, column, cells[index] ?? null) as SqlValue
    })
    return row
  })
  if (columns.length === 0 || rows.length === 0) throw mismatch(columns.length, 0, scope.sql)
  return { kind: 'insert', model: entity.name, rows }
}

/** `UPDATE t SET a = ? WHERE ...`. */
export function updateIntent(ast: AstNode, scope: StatementScope): UpdateIntent {
  if (ast.returning) throw refuse('RETURNING', scope.sql)
  if (nodeList(ast.from).length > 0) throw refuse('JOIN', scope.sql)
  const entity = targetEntity(ast, scope)
  const changes: Record<string, SqlValue> = {}
  for (const item of nodeList(ast.set)) {
    const field = scope.schema.attribute(entity, text(item.column) ?? '', scope.sql)
    if (!isNode(item.value)) throw mismatch(1, 0, scope.sql)
    changes[field] = scope.schema.storedValue(entity, field, scope.values.valueOf(item.value)) as SqlValue
  }
  return { kind: 'update', model: entity.name, changes, where: whereOf(ast, entity, scope) }
}

/** `DELETE FROM t WHERE ...`. */
export function deleteIntent(ast: AstNode, scope: StatementScope): DeleteIntent {
  if (ast.returning) throw refuse('RETURNING', scope.sql)
  const from = nodeList(ast.from)
  if (from.length > 1) throw refuse('JOIN', scope.sql)
  const entity = targetEntity({ ...ast, table: from.length > 0 ? from : ast.table }, scope)
  return { kind: 'delete', model: entity.name, where: whereOf(ast, entity, scope) }
}

function targetEntity(ast: AstNode, scope: StatementScope): EntityOf {
  const tables = nodeList(ast.table)
  if (tables.length !== 1 || !tables[0]) throw refuse('JOIN', scope.sql)
  return scope.schema.entity(String(tables[0].table), scope.sql)
}

function whereOf(ast: AstNode, entity: EntityOf, scope: StatementScope) {
  return isNode(ast.where) ? toCondition(ast.where, entityScope(entity, scope)) : null
}

function mismatch(columns: number, values: number, sql: string): DriverError {
  return new DriverError('PLACEHOLDER_MISMATCH', `${columns} columns but ${values} values in a row`, {
    sql,
    hint: 'give one value per column in every row (the builder does when all rows have the same keys)',
  })
}
