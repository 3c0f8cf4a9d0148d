import type { EntityDesign, KeyDesign, TableDesign } from '@dbtooling/schema'
import type { CompiledEntity } from '../storage/compiled-entity'

type MaybeMasked = { readonly masked?: unknown }

function maskedFields(entity: EntityDesign, definition: CompiledEntity['definition']): Set<string> {
  const masked = new Set<string>()
  for (const [name, attribute] of Object.entries(entity.attributes))
    if ((attribute as MaybeMasked).masked === true) masked.add(name)
  const declared = (definition as { attributes?: Record<string, MaybeMasked> } | null)?.attributes ?? {}
  for (const [name, attribute] of Object.entries(declared)) if (attribute?.masked === true) masked.add(name)
  return masked
}

/**
 * Stored attributes whose values may hold a masked model attribute: masked attributes themselves, every
 * key attribute a template renders from one (`EMAIL#{email}`), and the table keys of guard items of masked
 * unique attributes. Log records never show their values, even with `keyValues`.
 */
export function maskedStoredAttributes(
  design: TableDesign,
  entityOf: (name: string) => CompiledEntity,
): Set<string> {
  const out = new Set<string>()
  for (const entity of Object.values(design.entities)) {
    const masked = maskedFields(entity, entityOf(entity.name).definition)
    if (masked.size === 0) continue
    for (const name of masked) out.add(name)
    const keys: KeyDesign[] = [entity.partitionKey, entity.sortKey]
    for (const index of entity.indexKeys) keys.push(index.partitionKey, index.sortKey)
    for (const key of keys) if (key.fields.some((field) => masked.has(field))) out.add(key.attribute)
    if (entity.uniqueGuards.some((guard) => masked.has(guard.attribute))) {
      out.add(design.partitionKey)
      out.add(design.sortKey)
    }
  }
  return out
}

/** Every attribute that keys the table or an index, to pick the key out of a PutItem. */
export function keyAttributeNames(design: TableDesign): string[] {
  const names = new Set([design.partitionKey, design.sortKey])
  for (const entity of Object.values(design.entities))
    for (const index of entity.indexKeys) names.add(index.partitionKey.attribute).add(index.sortKey.attribute)
  return [...names]
}
