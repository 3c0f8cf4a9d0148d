import type { CompiledEntity } from './compiled-entity'

/**
 * Model attributes of a stored item: keys, index keys, entity type and version removed.
 *
 * @example
 * ```ts
 * const attrs = fromItem(orm.ctx.entity('User'), { pk: 'USER#1', sk: 'USER#1', _et: 'User', id: '1', email: 'ada@example.com' })
 * // { id: '1', email: 'ada@example.com' }
 * ```
 */
export function fromItem(
  entity: CompiledEntity,
  item: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const storage = entity.storageAttributes
  for (const name in item) if (!storage.has(name)) out[name] = item[name]
  return out
}

/**
 * The optimistic-lock version stored on an item (0 when the entity is not versioned or never saved).
 *
 * @example
 * ```ts
 * versionOf(orm.ctx.entity('Invoice'), storedItem) // e.g. 3; 0 for an unversioned entity
 * ```
 */
export function versionOf(entity: CompiledEntity, item: Readonly<Record<string, unknown>>): number {
  if (entity.versionAttribute === null) return 0
  const value = item[entity.versionAttribute]
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : 0
}

/**
 * The entity type stored on an item, or null for items without one (guards, foreign items).
 *
 * @example
 * ```ts
 * entityTypeOf('_et', { pk: 'USER#1', _et: 'User' }) // 'User'
 * entityTypeOf('_et', { pk: 'UNIQUE#User#email#ada@example.com' }) // null: a guard item
 * ```
 */
export function entityTypeOf(
  entityTypeAttribute: string,
  item: Readonly<Record<string, unknown>>,
): string | null {
  const value = item[entityTypeAttribute]
  return typeof value === 'string' ? value : null
}
