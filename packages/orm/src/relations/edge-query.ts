import type { RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import { queryKeyCondition } from './access-keys'

type Item = Record<string, unknown>

/**
 * The edge items of one parent through a belongsToMany relation: one Query on the relation's access path
 * (the table for the owner side, the inverse GSI for the other side), pages followed until done, filtered
 * on the edge entity type so other items sharing the prefix never leak in.
 */
export async function readEdges(
  ctx: OrmContext,
  relation: RelationDesign,
  parent: Readonly<Item>,
): Promise<Item[]> {
  const { access } = relation
  const { partition, prefix } = queryKeyCondition(ctx.design, access, parent)
  const names: Record<string, string> = { '#pk': partition.attribute, '#et': ctx.design.entityTypeAttribute }
  const values: Record<string, unknown> = { ':pk': partition.value, ':et': access.entityType }
  let condition = '#pk = :pk'
  if (prefix) {
    names['#sk'] = prefix.attribute
    values[':sk'] = prefix.value
    condition += ' AND begins_with(#sk, :sk)'
  }
  const edges: Item[] = []
  for await (const item of ctx.doc.queryAll({
    TableName: ctx.tableName,
    ...(access.index ? { IndexName: access.index } : {}),
    KeyConditionExpression: condition,
    FilterExpression: '#et = :et',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  })) {
    edges.push(item as Item)
  }
  return edges
}
