import { DriverError } from '../errors'
import type { SchemaMap } from '../schema-map'
import { type AstNode, isNode, nodeList } from '../sql/ast'
import { parseStatement } from '../sql/parse-statement'
import { attachIntent, detachIntent } from './pivot'
import { type StatementScope, selectIntent } from './select'
import type { Condition, Intent } from './types'
import { BoundValues } from './values'
import { toCondition } from './where'
import { deleteIntent, insertIntent, updateIntent } from './write'

/**
 * Parses a statement and its bound values into what it asks for, over the design's models.
 *
 * @example
 * ```ts
 * const intent = toIntent('SELECT * FROM users WHERE team_id = ?', ['t1'], new SchemaMap(orm.design))
 * console.log(intent.kind) // 'select'
 * ```
 */
export function toIntent(sql: string, values: readonly unknown[], schema: SchemaMap): Intent {
  const parsed = parseStatement(sql)
  const scope = { schema, sql, values: new BoundValues(values, parsed.placeholderCount, sql) }
  switch (parsed.ast.type) {
    case 'select':
      return selectIntent(parsed.ast, scope)
    case 'insert': {
      const pivot = schema.pivot(tableOf(parsed.ast))
      return pivot ? attachIntent(parsed.ast, pivot, scope) : insertIntent(parsed.ast, scope)
    }
    case 'update':
      return updateIntent(parsed.ast, scope)
    case 'delete': {
      const pivot = schema.pivot(tableOf(parsed.ast))
      return pivot
        ? detachIntent(pivotWhere(parsed.ast, scope), pivot, scope)
        : deleteIntent(parsed.ast, scope)
    }
    default:
      throw new DriverError(
        'UNSUPPORTED_STATEMENT',
        `${String(parsed.ast.type).toUpperCase()} statements are not supported`,
        {
          sql,
          hint: 'the driver runs SELECT, INSERT, UPDATE and DELETE; manage tables with the ORM (orm.createTable(), dbtooling migrate)',
        },
      )
  }
}

function tableOf(ast: AstNode): string {
  const [first] = nodeList(ast.table)
  return first ? String(first.table) : ''
}

/** A pivot's WHERE over its own columns (pivot tables have no model to map columns to attributes). */
function pivotWhere(ast: AstNode, scope: StatementScope): Condition | null {
  if (!isNode(ast.where)) return null
  return toCondition(ast.where, {
    field: (column) => column,
    stored: (_field, value) => value,
    values: scope.values,
    sql: scope.sql,
  })
}
