import type { OrmContext } from '../context'
import { ItemNotFoundError } from '../errors/item-not-found'
import type { CompiledEntity } from '../storage/compiled-entity'
import { keyOf } from '../storage/to-item'
import { itemById, needsIdLookup } from './child-lookup'

/** Primary key attributes from `find()`'s argument: a bare id or an object of key attributes. */
export function keyAttributes(entity: CompiledEntity, key: unknown): Record<string, unknown> {
  if (typeof key === 'object' && key !== null) return key as Record<string, unknown>
  if (entity.primaryKey.length !== 1) {
    throw new TypeError(
      `${entity.name} has a composite key (${entity.primaryKey.join(', ')}): pass an object`,
    )
  }
  return { [entity.primaryKey[0]!]: key }
}

/**
 * GetItem by primary key; the raw stored item or null. A collection child given by its id alone (no parent
 * id) is read through the design's by-id index instead.
 */
export async function getItem(
  ctx: OrmContext,
  entity: CompiledEntity,
  key: unknown,
  consistent = ctx.options.consistentRead,
): Promise<Record<string, unknown> | null> {
  const attrs = keyAttributes(entity, key)
  if (needsIdLookup(entity, attrs)) return itemById(ctx, entity, attrs, consistent)
  const output = await ctx.doc.get({
    TableName: ctx.tableName,
    Key: keyOf(entity, attrs),
    ...(consistent ? { ConsistentRead: true } : {}),
  })
  const item = output.Item as Record<string, unknown> | undefined
  if (!item || item[entity.entityTypeAttribute] !== entity.name) return null
  return item
}

export function notFound(entity: CompiledEntity, key: unknown): ItemNotFoundError {
  return new ItemNotFoundError(entity.name, keyAttributes(entity, key))
}
