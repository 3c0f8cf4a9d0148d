import type { PivotDesign, RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import { addToPlan, emptyPlan, type WritePlan } from '../write/plan'
import { edgeItem, edgeKey } from './pivot-items'

type Attributes = Record<string, unknown>

/**
 * Edge writes as a plan rather than requests, so `trx.addPlan(plan)` sends them in the transaction's one
 * TransactWriteItems with its model writes: a Put per attached edge (overwriting, as `attach()` does), a
 * Delete per detached one.
 */
export function planEdgeWrites(
  ctx: OrmContext,
  owner: string,
  relation: RelationDesign,
  parentId: unknown,
  writes: { readonly attach?: ReadonlyMap<string, Attributes>; readonly detach?: readonly string[] },
): WritePlan {
  const pivot = relation.pivot as PivotDesign
  const plan = emptyPlan()
  const role = (operation: 'attach' | 'detach') =>
    ({ kind: 'edge', entity: owner, relation: relation.name, operation }) as const
  for (const [id, extra] of writes.attach ?? []) {
    const item = edgeItem(ctx.design, relation, pivot, parentId, id, extra)
    addToPlan(
      plan,
      { Put: { TableName: ctx.tableName, Item: item } },
      describe('put', item, pivot),
      role('attach'),
    )
  }
  for (const id of writes.detach ?? []) {
    const key = edgeKey(ctx.design, relation, pivot, parentId, id)
    addToPlan(
      plan,
      { Delete: { TableName: ctx.tableName, Key: key } },
      describe('delete', key, pivot),
      role('detach'),
    )
  }
  return plan
}

function describe(verb: string, key: Attributes, pivot: PivotDesign): string {
  const pk = key[pivot.partitionKey.attribute]
  const sk = key[pivot.sortKey.attribute]
  return `${verb} ${pivot.entityType} ${String(pk)} ${String(sk)}`
}
