import { compileKeyTemplate } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { CompiledEntity } from '../storage/compiled-entity'

type Attributes = Readonly<Record<string, unknown>>

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

/**
 * True when `attrs` misses a field of the base key (a collection child's parent id) while the design gives
 * the entity a by-id Query: the item is then found through that index instead of failing to render its key.
 */
export function needsIdLookup(entity: CompiledEntity, attrs: Attributes): boolean {
  if (entity.design.access.byId.operation !== 'Query') return false
  for (const field of entity.partition.fields) if (!hasValue(attrs[field])) return true
  for (const field of entity.sort.fields) if (!hasValue(attrs[field])) return true
  return false
}

/**
 * The stored item of a collection child by its id alone: one Query on the by-id index (its partition key
 * holds one item per id). Indexes are eventually consistent, so a strongly consistent read takes the base
 * key from the index answer and reads the item again with a consistent GetItem.
 */
export async function itemById(
  ctx: OrmContext,
  entity: CompiledEntity,
  attrs: Attributes,
  consistent: boolean,
): Promise<Record<string, unknown> | null> {
  const access = entity.design.access.byId
  const template = compileKeyTemplate(
    access.partitionKey.template,
    entity.table.delimiter,
    entity.table.delimiterPolicy,
  )
  const output = await ctx.doc.query({
    TableName: ctx.tableName,
    ...(access.index ? { IndexName: access.index } : {}),
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': access.partitionKey.attribute },
    ExpressionAttributeValues: { ':pk': template.render(attrs) },
  })
  const found = (output.Items ?? []).find((item) => item[entity.entityTypeAttribute] === entity.name)
  if (!found) return null
  if (!consistent) return found as Record<string, unknown>
  const key = {
    [entity.partitionAttribute]: found[entity.partitionAttribute],
    [entity.sortAttribute]: found[entity.sortAttribute],
  }
  const fresh = await ctx.doc.get({ TableName: ctx.tableName, Key: key, ConsistentRead: true })
  const item = fresh.Item as Record<string, unknown> | undefined
  return item && item[entity.entityTypeAttribute] === entity.name ? item : null
}
