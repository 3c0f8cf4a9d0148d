import type { OrmContext } from '../context'
import type { CollectionPlan } from './collection-plan'

type Item = Record<string, unknown>

/** What one collection Query returned: the parent item (when asked for) and each member's items. */
export interface CollectionItems {
  readonly parent: Item | null
  /** Items per relation name, in sort-key order (what the relation's own Query returns). */
  readonly related: ReadonlyMap<string, Item[]>
}

function isTrashed(ctx: OrmContext, entity: string, item: Item): boolean {
  const attribute = ctx.entity(entity).softDeleteAttribute
  return attribute !== null && item[attribute] !== undefined && item[attribute] !== null
}

/**
 * Runs a collection plan: one Query (`pk = :pk AND sk BETWEEN :low AND :high`, pages followed) filtered to
 * the parent's and the members' entity types, then splits the items by exact sort key (the parent) and
 * by prefix (each member). Soft-deleted children are left out, as relation queries leave them out.
 */
export async function readCollection(
  ctx: OrmContext,
  plan: CollectionPlan,
  consistent = ctx.options.consistentRead,
): Promise<CollectionItems> {
  const asked = plan.members.map((member) => member.relation.access.entityType ?? '')
  const types = [...new Set(plan.parentSortKey === null ? asked : [plan.entity, ...asked])]
  const values: Record<string, unknown> = {
    ':pk': plan.partition.value,
    ':low': plan.range.low,
    ':high': plan.range.high,
  }
  types.forEach((type, index) => {
    values[`:t${index}`] = type
  })
  const items: Item[] = []
  for await (const item of ctx.doc.queryAll({
    TableName: ctx.tableName,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
    FilterExpression: `#et IN (${types.map((_, index) => `:t${index}`).join(', ')})`,
    ExpressionAttributeNames: {
      '#pk': plan.partition.attribute,
      '#sk': plan.range.attribute,
      '#et': ctx.design.entityTypeAttribute,
    },
    ExpressionAttributeValues: values,
    ...(consistent ? { ConsistentRead: true } : {}),
  })) {
    items.push(item as Item)
  }
  return split(ctx, plan, items)
}

function split(ctx: OrmContext, plan: CollectionPlan, items: readonly Item[]): CollectionItems {
  const typeAttribute = ctx.design.entityTypeAttribute
  const sortAttribute = plan.range.attribute
  let parent: Item | null = null
  const related = new Map<string, Item[]>()
  for (const member of plan.members) related.set(member.relation.name, [])
  for (const item of items) {
    const type = item[typeAttribute] as string
    const sort = String(item[sortAttribute])
    if (type === plan.entity && sort === plan.parentSortKey) parent = item
    for (const member of plan.members) {
      if (type !== member.relation.access.entityType || !sort.startsWith(member.prefix)) continue
      if (!isTrashed(ctx, type, item)) related.get(member.relation.name)?.push(item)
    }
  }
  return { parent, related }
}
