import type { CompiledEntity } from './compiled-entity'

/** Model attributes of a stored item: keys, index keys, entity type and version removed. */
export function fromItem(
  entity: CompiledEntity,
  item: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const storage = entity.storageAttributes
  for (const name in item) if (!storage.has(name)) out[name] = item[name]
  return out
}

/** The optimistic-lock version stored on an item (0 when the entity is not versioned or never saved). */
export function versionOf(entity: CompiledEntity, item: Readonly<Record<string, unknown>>): number {
  if (entity.versionAttribute === null) return 0
  const value = item[entity.versionAttribute]
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : 0
}

/** The entity type stored on an item, or null for items without one (guards, foreign items). */
export function entityTypeOf(
  entityTypeAttribute: string,
  item: Readonly<Record<string, unknown>>,
): string | null {
  const value = item[entityTypeAttribute]
  return typeof value === 'string' ? value : null
}
