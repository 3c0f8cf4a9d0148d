import type { OrmContext } from '../context'
import type { CompiledEntity, CompiledIndexKey } from './compiled-entity'

type Attributes = Readonly<Record<string, unknown>>

/**
 * The table key (`{ pk, sk }`) of an entity's item, from its primary key fields.
 *
 * @example
 * ```ts
 * keyOf(orm.ctx.entity('User'), { id: '1' }) // e.g. { pk: 'USER#1', sk: 'USER#1' }
 * ```
 */
export function keyOf(entity: CompiledEntity, attrs: Attributes): Record<string, string> {
  return {
    [entity.partitionAttribute]: entity.partition.render(attrs),
    [entity.sortAttribute]: entity.sort.render(attrs),
  }
}

/**
 * True when every field an index key reads has a value (sparse keys are skipped otherwise).
 *
 * @example
 * ```ts
 * const post = orm.ctx.entity('Post')
 * const entry = post.indexKeys[0]!
 * indexKeyApplies(post, entry, { id: '1' }) // false when the entry reads fields the item lacks
 * ```
 */
export function indexKeyApplies(entity: CompiledEntity, keys: CompiledIndexKey, attrs: Attributes): boolean {
  if (keys.excludeSoftDeleted && entity.softDeleteAttribute !== null) {
    const deleted = attrs[entity.softDeleteAttribute]
    if (deleted !== undefined && deleted !== null) return false
  }
  for (const field of keys.fields) {
    const value = attrs[field]
    if (value === undefined || value === null || value === '') return false
  }
  return true
}

/**
 * Index key attributes the item writes, e.g. `{ gsi1pk: 'TEAM#7', gsi1sk: 'USER#1' }`.
 *
 * @example
 * ```ts
 * indexKeysOf(orm.ctx.entity('User'), { id: '1', teamId: '7' }) // e.g. { gsi1pk: 'TEAM#7', gsi1sk: 'USER#1' }
 * ```
 */
export function indexKeysOf(entity: CompiledEntity, attrs: Attributes): Record<string, string> {
  const out: Record<string, string> = {}
  writeIndexKeys(entity, attrs, out)
  return out
}

/** Writes the index key attributes into `out` (see indexKeysOf). */
function writeIndexKeys(entity: CompiledEntity, attrs: Attributes, out: Record<string, unknown>): void {
  for (const keys of entity.indexKeys) {
    if (!indexKeyApplies(entity, keys, attrs)) {
      // A non-sparse key with a missing field is a bug in the caller: render() throws a KeyError naming it.
      if (!keys.sparse && !isSoftDeleted(entity, attrs)) keys.partition.render(attrs)
      continue
    }
    out[keys.partitionAttribute] = keys.partition.render(attrs)
    out[keys.sortAttribute] = keys.sort.render(attrs)
  }
}

function isSoftDeleted(entity: CompiledEntity, attrs: Attributes): boolean {
  if (entity.softDeleteAttribute === null) return false
  const value = attrs[entity.softDeleteAttribute]
  return value !== undefined && value !== null
}

/**
 * The stored item for storage-form attributes: attributes (undefined dropped), the table key, every index
 * key the entity writes (sparse ones only when their fields are present) and the entity type.
 *
 * @example
 * ```ts
 * const item = toItem(orm.ctx, 'User', { id: '1', email: 'ada@example.com' })
 * // e.g. { id: '1', email: 'ada@example.com', pk: 'USER#1', sk: 'USER#1', _et: 'User' }
 * await orm.doc.put({ TableName: orm.tableName, Item: item })
 * ```
 */
export function toItem(
  ctx: OrmContext,
  entityOrName: CompiledEntity | string,
  attrs: Attributes,
  extra?: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const entity = typeof entityOrName === 'string' ? ctx.entity(entityOrName) : entityOrName
  const item: Record<string, unknown> = {}
  for (const name in attrs) {
    const value = attrs[name]
    if (value !== undefined) item[name] = value
  }
  if (extra) Object.assign(item, extra)
  item[entity.partitionAttribute] = entity.partition.render(attrs)
  item[entity.sortAttribute] = entity.sort.render(attrs)
  writeIndexKeys(entity, attrs, item)
  item[entity.entityTypeAttribute] = entity.name
  return item
}
