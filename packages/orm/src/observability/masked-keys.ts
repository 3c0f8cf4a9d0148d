import type { EntityDesign, KeyDesign, TableDesign } from '@dbtooling/schema'
import type { CompiledEntity } from '../storage/compiled-entity'

type MaybeMasked = { readonly masked?: unknown }

function maskedFields(entity: EntityDesign, compiled: CompiledEntity): Set<string> {
  const masked = new Set<string>(compiled.maskedAttributes)
  const definition = compiled.definition
  for (const [name, attribute] of Object.entries(entity.attributes))
    if ((attribute as MaybeMasked).masked === true) masked.add(name)
  const declared = (definition as { attributes?: Record<string, MaybeMasked> } | null)?.attributes ?? {}
  for (const [name, attribute] of Object.entries(declared)) if (attribute?.masked === true) masked.add(name)
  return masked
}

/**
 * Whether a stored value may hold a masked model attribute: the masked attributes themselves, every key
 * attribute a template renders from one (`EMAIL#{email}`), and guard-item keys of masked unique attributes
 * (`UNIQUE#User#email#...`, recognised by their literal part since guards share the table keys with every item). Log
 * records never show such values, even with `keyValues`.
 */
export function maskedValueTest(
  design: TableDesign,
  entityOf: (name: string) => CompiledEntity,
): (attribute: string, value: string) => boolean {
  const attributes = new Set<string>()
  const guardPrefixes: string[] = []
  for (const entity of Object.values(design.entities)) {
    const masked = maskedFields(entity, entityOf(entity.name))
    if (masked.size === 0) continue
    for (const name of masked) attributes.add(name)
    const keys: KeyDesign[] = [entity.partitionKey, entity.sortKey]
    for (const index of entity.indexKeys) keys.push(index.partitionKey, index.sortKey)
    for (const key of keys) if (key.fields.some((field) => masked.has(field))) attributes.add(key.attribute)
    for (const guard of entity.uniqueGuards)
      if (masked.has(guard.attribute))
        guardPrefixes.push(guard.template.slice(0, guard.template.indexOf('{')))
  }
  return (attribute, value) =>
    attributes.has(attribute) || guardPrefixes.some((prefix) => value.includes(prefix))
}

/** Every attribute that keys the table or an index, to pick the key out of a PutItem. */
export function keyAttributeNames(design: TableDesign): string[] {
  const names = new Set([design.partitionKey, design.sortKey])
  for (const entity of Object.values(design.entities))
    for (const index of entity.indexKeys) names.add(index.partitionKey.attribute).add(index.sortKey.attribute)
  return [...names]
}
