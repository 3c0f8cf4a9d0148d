import type { RelationAccess, TableDesign } from '../design/types'

/**
 * True when a Query's sort-key prefix reads nothing less: no other item type writes a partition key of
 * the same shape on the same table or index, so `pk = X` alone returns only the target's items. The ORM
 * leaves such a prefix out of the key condition; the docs show what it sends.
 */
export function needlessPrefix(design: TableDesign, access: RelationAccess, target: string): boolean {
  if (access.operation !== 'Query' || access.sortKey === null) return false
  const shape = shapeOf(access.partitionKey.template)
  for (const [entity, template] of partitionTemplates(design, access.index)) {
    if (entity !== target && shapeOf(template) === shape) return false
  }
  return true
}

/** Every (item type, partition template) written on a table (index null) or index. */
function partitionTemplates(design: TableDesign, index: string | null): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const entity of Object.values(design.entities)) {
    if (index === null) {
      out.push([entity.name, entity.partitionKey.template])
      for (const guard of entity.uniqueGuards) out.push([`${entity.name}:unique`, guard.template])
    }
    for (const keys of entity.indexKeys)
      if (keys.index === index) out.push([entity.name, keys.partitionKey.template])
  }
  for (const pivot of Object.values(design.pivots)) {
    if (index === null) out.push([pivot.entityType, pivot.partitionKey.template])
    if (pivot.inverseIndex === index) out.push([pivot.entityType, pivot.inversePartitionKey.template])
  }
  return out
}

/** `PROJECT#{projectId}` -> `PROJECT#{}`: templates of one shape render the same values. */
function shapeOf(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}')
}
