import { marshall, unmarshall } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { mapLimited } from '../relations/map-limited'
import type { CompiledEntity } from '../storage/compiled-entity'
import { keyOf } from '../storage/to-item'
import { itemById, needsIdLookup } from './child-lookup'
import type { FindOptions } from './instance-types'
import type { ModelBase } from './model-base'
import { keyAttributes } from './read'
import { hydrate, isTrashed } from './statics'

type ModelCtor = typeof ModelBase
type Attributes = Record<string, unknown>
type Item = Record<string, unknown>

// Children found by id alone: one Query each, this many in flight.
const ID_LOOKUP_CONCURRENCY = 8

function wireId(entity: CompiledEntity, item: Readonly<Attributes>): string {
  return `${item[entity.partitionAttribute]}\u0000${item[entity.sortAttribute]}`
}

async function batchRead(
  ctx: OrmContext,
  entity: CompiledEntity,
  keys: readonly Attributes[],
  consistent: boolean,
): Promise<Map<string, Item>> {
  const byKey = new Map<string, Item>()
  if (keys.length === 0) return byKey
  const output = await ctx.client.batchGetAll({
    RequestItems: {
      [ctx.tableName]: {
        Keys: keys.map((key) => marshall(key)),
        ...(consistent ? { ConsistentRead: true } : {}),
      },
    },
  })
  for (const wire of output.Responses[ctx.tableName] ?? []) {
    const item = unmarshall(wire)
    byKey.set(wireId(entity, item), item)
  }
  return byKey
}

/**
 * BatchGetItem through the client's batch helper (chunks of 100, unprocessed keys retried), results in
 * the order asked. Collection children given by id alone are read through the by-id index, a Query each.
 */
export async function findMany(
  cls: ModelCtor,
  keys: readonly unknown[],
  options: FindOptions = {},
): Promise<ModelBase[]> {
  if (keys.length === 0) return []
  const ctx = cls.ctx()
  const entity = ctx.entity(cls.modelName)
  const consistent = options.consistentRead ?? ctx.options.consistentRead
  const asked = keys.map((key) => keyAttributes(entity, key))
  const direct = new Map<string, Attributes>()
  const byId: Attributes[] = []
  for (const attrs of asked) {
    if (needsIdLookup(entity, attrs)) byId.push(attrs)
    else {
      const tableKey = keyOf(entity, attrs)
      direct.set(wireId(entity, tableKey), tableKey)
    }
  }
  const [batch, children] = await Promise.all([
    batchRead(ctx, entity, [...direct.values()], consistent),
    mapLimited(byId, ID_LOOKUP_CONCURRENCY, (attrs) => itemById(ctx, entity, attrs, consistent)),
  ])
  let child = 0
  const seen = new Set<string>()
  const out: ModelBase[] = []
  for (const attrs of asked) {
    const item = needsIdLookup(entity, attrs)
      ? children[child++]
      : batch.get(wireId(entity, keyOf(entity, attrs)))
    if (!item || item[entity.entityTypeAttribute] !== entity.name) continue
    if (!options.withTrashed && isTrashed(cls, item)) continue
    const id = wireId(entity, item)
    if (seen.has(id)) continue
    seen.add(id)
    out.push(hydrate(cls, item))
  }
  return out
}
