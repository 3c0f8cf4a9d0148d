import type { EntityDesign, KeyDesign, PivotDesign, RelationAccess } from '../design/types'
import { compare } from '../model/compare'
import { templateShape } from './template-tools'

interface KeyedItem {
  entityType: string
  /** Index name, or null for the table. */
  index: string | null
  partitionShape: string
  sortShape: string
}

/**
 * Fills `alsoMatches` on every Query: hierarchical sort keys mean `begins_with(sk, 'TASK#')` also reads
 * `TASK#1#TIME_ENTRY#2`, so the ORM must filter those out (and docs say so).
 */
export function markPrefixOverlaps(
  entities: Record<string, EntityDesign>,
  pivots: Record<string, PivotDesign>,
  delimiter: string,
): void {
  const items = keyedItems(entities, pivots, delimiter)
  const visit = (access: RelationAccess) => {
    if (access.operation !== 'Query') return
    const partitionShape = templateShape(access.partitionKey.template, delimiter)
    const sortShape = access.sortKey ? shapeOfPrefix(access.sortKey.template, delimiter) : ''
    const matches = items
      .filter(
        (item) =>
          item.entityType !== access.entityType &&
          item.index === access.index &&
          item.partitionShape === partitionShape &&
          item.sortShape.startsWith(sortShape),
      )
      .map((item) => item.entityType)
    access.alsoMatches = [...new Set(matches)].sort(compare)
  }
  for (const entity of Object.values(entities)) {
    visit(entity.access.byId)
    if (entity.access.list) visit(entity.access.list)
    for (const relation of Object.values(entity.relations)) visit(relation.access)
  }
}

function keyedItems(
  entities: Record<string, EntityDesign>,
  pivots: Record<string, PivotDesign>,
  delimiter: string,
): KeyedItem[] {
  const items: KeyedItem[] = []
  const add = (entityType: string, index: string | null, pk: KeyDesign, sk: KeyDesign) =>
    items.push({
      entityType,
      index,
      partitionShape: templateShape(pk.template, delimiter),
      sortShape: templateShape(sk.template, delimiter),
    })
  for (const entity of Object.values(entities)) {
    add(entity.name, null, entity.partitionKey, entity.sortKey)
    for (const keys of entity.indexKeys) add(entity.name, keys.index, keys.partitionKey, keys.sortKey)
  }
  for (const pivot of Object.values(pivots)) {
    for (const typed of typedPivots(entities, pivot)) {
      add(pivot.entityType, null, typed.partitionKey, typed.sortKey)
      add(pivot.entityType, pivot.inverseIndex, typed.inversePartitionKey, typed.inverseSortKey)
    }
  }
  return items
}

/**
 * Morph edges render `{taggableType}` as a literal prefix (`POST`), so they sit in each tagged model's
 * key space: one key shape per tagged model, with the type filled in.
 */
function typedPivots(entities: Record<string, EntityDesign>, pivot: PivotDesign): PivotDesign[] {
  const morph = pivot.morph
  if (!morph) return [pivot]
  const placeholder = `{${morph.typeAttribute}}`
  return morph.targets.map((target) => {
    const prefix = entities[target]?.prefix ?? target
    const fill = (key: KeyDesign): KeyDesign => ({
      ...key,
      template: key.template.replace(placeholder, prefix),
      fields: key.fields.filter((field) => field !== morph.typeAttribute),
    })
    return {
      ...pivot,
      partitionKey: fill(pivot.partitionKey),
      sortKey: fill(pivot.sortKey),
      inversePartitionKey: fill(pivot.inversePartitionKey),
      inverseSortKey: fill(pivot.inverseSortKey),
    }
  })
}

/** Shape of a `begins_with` prefix template such as `TASK#{id}#TIME_ENTRY#` (may end in the delimiter). */
function shapeOfPrefix(template: string, delimiter: string): string {
  return template.includes('{') ? templateShape(template, delimiter) : template
}
