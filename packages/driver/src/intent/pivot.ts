import { DriverError } from '../errors'
import type { PivotTable } from '../schema-map'
import { type AstNode, columnName, isNode, nodeList } from '../sql/ast'
import type { StatementScope } from './select'
import type { AttachIntent, Condition, DetachIntent, SqlValue } from './types'

type Owner = Pick<AttachIntent, 'owner' | 'relation'>

/** `INSERT INTO role_user (user_id, role_id[, extra...]) VALUES ...`: each row one attached edge. */
export function attachIntent(ast: AstNode, pivot: PivotTable, scope: StatementScope): AttachIntent {
  const columns = (Array.isArray(ast.columns) ? ast.columns : []).map((column) =>
    String(isNode(column) ? columnName(column) : column),
  )
  const values = isNode(ast.values) ? ast.values.values : ast.values
  const owners = new Set<Owner>()
  const rows = nodeList(values).map((tuple) => {
    const cells = scope.values.listOf(tuple)
    const row = new Map<string, SqlValue>(columns.map((column, index) => [column, cells[index] ?? null]))
    const ownerId = row.get(pivot.ownerColumn)
    const targetId = row.get(pivot.targetColumn)
    if (ownerId == null || targetId == null) throw missingIds(pivot, scope.sql)
    if (pivot.morph) owners.add(morphOwner(pivot, row.get(pivot.morph.typeColumn), scope.sql))
    for (const column of [pivot.ownerColumn, pivot.targetColumn, pivot.morph?.typeColumn ?? ''])
      row.delete(column)
    return { ownerId, targetId, attributes: Object.fromEntries(row) }
  })
  const [owner = pivot, ...others] = owners
  if (others.length > 0) throw mixedTypes(pivot, scope.sql)
  return { kind: 'attach', owner: owner.owner, relation: owner.relation, rows }
}

/**
 * `DELETE FROM role_user WHERE user_id = ? [AND role_id = ? | AND role_id IN (...)]`: the side given by
 * equality owns the edges (the pivot's first side, else its inverse), the other side's values pick them.
 */
export function detachIntent(
  where: Condition | null,
  pivot: PivotTable,
  scope: StatementScope,
): DetachIntent {
  const items = where?.kind === 'and' ? where.items : where ? [where] : []
  const intent = detachFrom(items, pivot, scope) ?? (pivot.inverse && detachFrom(items, pivot.inverse, scope))
  if (!intent) throw missingIds(pivot, scope.sql)
  return intent
}

function detachFrom(
  items: readonly Condition[],
  pivot: PivotTable,
  scope: StatementScope,
): DetachIntent | null {
  let ownerId: SqlValue | undefined
  let type: SqlValue | undefined
  let targetIds: SqlValue[] | null = null
  for (const item of items) {
    if (item.kind === 'compare' && item.op === '=' && item.field === pivot.ownerColumn) ownerId = item.value
    else if (item.kind === 'compare' && item.op === '=' && item.field === pivot.morph?.typeColumn)
      type = item.value
    else if (item.kind === 'compare' && item.op === '=' && item.field === pivot.targetColumn)
      targetIds = [item.value]
    else if (item.kind === 'in' && !item.negated && item.field === pivot.targetColumn)
      targetIds = [...item.values]
    else return null
  }
  if (ownerId === undefined || ownerId === null) return null
  const owner: Owner = pivot.morph ? morphOwner(pivot, type, scope.sql) : pivot
  return { kind: 'detach', owner: owner.owner, relation: owner.relation, ownerId, targetIds }
}

/** The model whose morphToMany relation writes a row of this type (`Post` or its prefix `POST`). */
function morphOwner(pivot: PivotTable, type: SqlValue | undefined, sql: string): Owner {
  const owner = typeof type === 'string' ? pivot.morph?.owners.get(type) : undefined
  if (owner) return owner
  throw new DriverError(
    'UNSUPPORTED_EXPRESSION',
    `${pivot.morph?.typeColumn} ${type === undefined ? 'is missing' : `= ${String(type)} names no tagged model`}`,
    {
      sql,
      hint: `give ${pivot.morph?.typeColumn} one of ${[...(pivot.morph?.owners.keys() ?? [])].join(', ')}`,
    },
  )
}

function mixedTypes(pivot: PivotTable, sql: string): DriverError {
  return new DriverError('UNSUPPORTED_EXPRESSION', `Rows of several ${pivot.morph?.typeColumn} values`, {
    sql,
    hint: 'insert the edges of each tagged model with their own insertInto() (each is one relation of one model)',
  })
}

function missingIds(pivot: PivotTable, sql: string): DriverError {
  const type = pivot.morph ? `, ${pivot.morph.typeColumn} (= value)` : ''
  return new DriverError(
    'UNSUPPORTED_EXPRESSION',
    `Pivot rows are edges of ${pivot.owner}.${pivot.relation}`,
    {
      sql,
      hint: `give ${pivot.ownerColumn} (= value)${type} and, to address single edges, ${pivot.targetColumn} (= value or IN)`,
    },
  )
}
