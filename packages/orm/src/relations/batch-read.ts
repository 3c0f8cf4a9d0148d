import { marshall, unmarshall } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { keyIdentity } from './access-keys'

type Item = Record<string, unknown>

/**
 * Reads stored items by table key: one GetItem for a single key, else BatchGetItem in chunks of 100
 * (the client retries unprocessed keys). Keys are de-duplicated first, so N children of one parent cost
 * one key. Returns the items by key identity; items of another entity type are dropped.
 */
export async function readByKeys(
  ctx: OrmContext,
  entityType: string | null,
  keys: Iterable<Record<string, string>>,
  consistent = ctx.options.consistentRead,
): Promise<Map<string, Item>> {
  const unique = new Map<string, Record<string, string>>()
  for (const key of keys) unique.set(keyIdentity(ctx.design, key), key)
  const found = new Map<string, Item>()
  if (unique.size === 0) return found
  const accept = (item: Item | undefined) => {
    if (!item) return
    if (entityType !== null && item[ctx.design.entityTypeAttribute] !== entityType) return
    found.set(keyIdentity(ctx.design, item), item)
  }
  if (unique.size === 1) {
    const [key] = unique.values()
    const output = await ctx.doc.get({
      TableName: ctx.tableName,
      Key: key as Record<string, string>,
      ...(consistent ? { ConsistentRead: true } : {}),
    })
    accept(output.Item as Item | undefined)
    return found
  }
  const output = await ctx.client.batchGetAll({
    RequestItems: {
      [ctx.tableName]: {
        Keys: [...unique.values()].map((key) => marshall(key)),
        ...(consistent ? { ConsistentRead: true } : {}),
      },
    },
  })
  for (const wire of output.Responses[ctx.tableName] ?? []) accept(unmarshall(wire))
  return found
}
