import { DriverError } from '../errors'
import type { PivotTable } from '../schema-map'
import { type AstNode, columnName, isNode, nodeList } from '../sql/ast'
import type { StatementScope } from './select'
import type { AttachIntent, Condition, DetachIntent, SqlValue } from './types'

/** `INSERT INTO role_user (user_id, role_id[, extra...]) VALUES ...`: each row one attached edge. */
export function attachIntent(ast: AstNode, pivot: PivotTable, scope: StatementScope): AttachIntent {
  const columns = (Array.isArray(ast.columns) ? ast.columns : []).map((column) =>
    String(isNode(column) ? columnName(column) : column),
  )
  const values = isNode(ast.values) ? ast.values.values : ast.values
  const rows = nodeList(values).map((tuple) => {
    const cells = scope.values.listOf(tuple)
    const row = new Map<string, SqlValue>(columns.map((column, index) => [column, cells[index] ?? null]))
    const ownerId = row.get(pivot.ownerColumn)
    const targetId = row.get(pivot.targetColumn)
    if (ownerId == null || targetId == null) throw missingIds(pivot, scope.sql)
    row.delete(pivot.ownerColumn)
    row.delete(pivot.targetColumn)
    return { ownerId, targetId, attributes: Object.fromEntries(row) }
  })
  return { kind: 'attach', owner: pivot.owner, relation: pivot.relation, rows }
}

/** `DELETE FROM role_user WHERE user_id = ? [AND role_id = ? | AND role_id IN (...)]`. */
export function detachIntent(
  where: Condition | null,
  pivot: PivotTable,
  scope: StatementScope,
): DetachIntent {
  const items = where?.kind === 'and' ? where.items : where ? [where] : []
  let ownerId: SqlValue | undefined
  let targetIds: SqlValue[] | null = null
  for (const item of items) {
    if (item.kind === 'compare' && item.op === '=' && item.field === pivot.ownerColumn) ownerId = item.value
    else if (item.kind === 'compare' && item.op === '=' && item.field === pivot.targetColumn)
      targetIds = [item.value]
    else if (item.kind === 'in' && !item.negated && item.field === pivot.targetColumn)
      targetIds = [...item.values]
    else throw missingIds(pivot, scope.sql)
  }
  if (ownerId === undefined || ownerId === null) throw missingIds(pivot, scope.sql)
  return { kind: 'detach', owner: pivot.owner, relation: pivot.relation, ownerId, targetIds }
}

function missingIds(pivot: PivotTable, sql: string): DriverError {
  return new DriverError(
    'UNSUPPORTED_EXPRESSION',
    `Pivot rows are edges of ${pivot.owner}.${pivot.relation}`,
    {
      sql,
      hint: `give ${pivot.ownerColumn} (= value) and, to address single edges, ${pivot.targetColumn} (= value or IN)`,
    },
  )
}
