import { marshall, unmarshall } from '@dbtooling/dynamo-client'
import { currentUnitOfWork, watchWrites } from '../cache/unit-of-work'
import type { OrmContext } from '../context'
import { keyIdentity } from './access-keys'

type Item = Record<string, unknown>

/**
 * Reads stored items by table key: one GetItem for a single key, else BatchGetItem in chunks of 100
 * (the client retries unprocessed keys). Keys are de-duplicated first, so N children of one parent cost
 * one key. Returns the items by key identity; items of another entity type are dropped. Inside
 * `unitOfWork()` keys read before (found or not) are answered from the unit's cache without a request.
 */
export async function readByKeys(
  ctx: OrmContext,
  entityType: string | null,
  keys: Iterable<Record<string, string>>,
  consistent = ctx.options.consistentRead,
): Promise<Map<string, Item>> {
  const unit = currentUnitOfWork()
  const unique = new Map<string, Record<string, string>>()
  const found = new Map<string, Item>()
  const accept = (item: Item | undefined) => {
    if (!item) return
    if (entityType !== null && item[ctx.design.entityTypeAttribute] !== entityType) return
    found.set(keyIdentity(ctx.design, item), item)
  }
  for (const key of keys) {
    const identity = keyIdentity(ctx.design, key)
    if (unique.has(identity) || found.has(identity)) continue
    const cached = unit?.lookup(ctx.tableName, identity)
    if (cached === undefined) unique.set(identity, key)
    else if (cached !== null) accept(cached)
  }
  if (unique.size === 0) return found
  if (unit) {
    watchWrites(ctx.client)
    const read = await fetchKeys(ctx, unique, consistent)
    for (const identity of unique.keys()) unit.remember(ctx.tableName, identity, read.get(identity) ?? null)
    for (const item of read.values()) accept(item)
    return found
  }
  for (const item of (await fetchKeys(ctx, unique, consistent)).values()) accept(item)
  return found
}

/** GetItem for one key, BatchGetItem (chunks of 100) for more; every item read, by key identity. */
async function fetchKeys(
  ctx: OrmContext,
  unique: ReadonlyMap<string, Record<string, string>>,
  consistent: boolean,
): Promise<Map<string, Item>> {
  const found = new Map<string, Item>()
  const accept = (item: Item | undefined) => {
    if (item) found.set(keyIdentity(ctx.design, item), item)
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
