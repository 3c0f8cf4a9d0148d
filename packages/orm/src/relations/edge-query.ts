import type { RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import { addPage, type QueryStats } from '../query/execute/stats'
import { queryKeyCondition } from './access-keys'

type Item = Record<string, unknown>

/**
 * The edge items of one parent through a belongsToMany relation: one Query on the relation's access path
 * (the table for the owner side, the inverse GSI for the other side), pages followed until done, filtered
 * on the edge entity type so other items sharing the prefix never leak in. With `stats`, each page is
 * counted into it (pages, items read, capacity).
 */
export async function readEdges(
  ctx: OrmContext,
  relation: RelationDesign,
  parent: Readonly<Item>,
  stats?: QueryStats,
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
  let start: Record<string, unknown> | undefined
  do {
    const page = await ctx.doc.query({
      TableName: ctx.tableName,
      ...(access.index ? { IndexName: access.index } : {}),
      KeyConditionExpression: condition,
      FilterExpression: '#et = :et',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(start ? { ExclusiveStartKey: start } : {}),
    })
    if (stats) addPage(stats, page)
    for (const item of page.Items ?? []) edges.push(item as Item)
    start = page.LastEvaluatedKey as Record<string, unknown> | undefined
  } while (start)
  return edges
}
