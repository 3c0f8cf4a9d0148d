import type { EntityDesign } from '../design/types'

/** Attribute names people filter by; without an index such a filter is a Scan. */
const LIKELY_FILTERS = new Set([
  'status',
  'state',
  'type',
  'kind',
  'category',
  'slug',
  'email',
  'username',
  'handle',
  'sku',
  'code',
  'role',
])

/** Likely filter attributes of an entity that neither a unique guard nor an index's partition key covers. */
export function unindexedFilters(entity: EntityDesign): string[] {
  const covered = new Set<string>(entity.uniqueGuards.map((guard) => guard.attribute))
  for (const keys of entity.indexKeys) {
    const first = keys.partitionKey.fields[0]
    if (first && keys.reason.startsWith('index ')) covered.add(first)
  }
  for (const field of entity.primaryKey) covered.add(field)
  return Object.keys(entity.attributes).filter((name) => LIKELY_FILTERS.has(name) && !covered.has(name))
}

/** The `indexes` entry to add for a filter attribute. */
export function suggestedIndex(attribute: string): string {
  const name = `by${attribute.charAt(0).toUpperCase()}${attribute.slice(1)}`
  return `indexes: [{ name: '${name}', columns: ['${attribute}'] }]`
}
