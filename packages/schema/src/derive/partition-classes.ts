import type { DesignWarning, EntityDesign, PartitionCardinality, ShardDesign } from '../design/types'
import type { NormalizedModel } from '../model/normalized'
import type { DeriveContext } from './context'
import type { IndexNeed } from './index-needs'

/**
 * How many items share one partition value of an index entry: the list-by-type entry puts every item
 * under one value, a declared index on a shared attribute (`status`) under few, a foreign key, unique or
 * primary-key value under one item or one parent's children.
 */
export function cardinalityOf(model: NormalizedModel | undefined, need: IndexNeed): PartitionCardinality {
  if (need.id === 'type') return 'one'
  if (!need.id.startsWith('index:') || !model) return 'per-item'
  const index = model.indexes.find((entry) => `index:${entry.name}` === need.id)
  const first = index?.columns[0]
  if (first === undefined) return 'per-item'
  if (model.primaryKey.includes(first)) return 'per-item'
  if (model.attributes.some((attribute) => attribute.name === first && attribute.unique)) return 'per-item'
  const foreignKey = model.relations.some(
    (relation) => relation.kind === 'belongsTo' && relation.foreignKey === first,
  )
  return foreignKey ? 'per-item' : 'few'
}

/** The entry's write shards from the model (`shards`, `indexes[].shards`) or the design default. */
export function shardsOf(
  context: DeriveContext,
  model: NormalizedModel | undefined,
  need: IndexNeed,
): ShardDesign | null {
  if (!model || need.kind === 'local') return null
  let count = 1
  if (need.id === 'type') count = model.shards ?? context.options.shards
  else if (need.id.startsWith('index:'))
    count = model.indexes.find((entry) => `index:${entry.name}` === need.id)?.shards ?? 1
  return count > 1 ? { count, hash: 'fnv1a32', fields: [...model.primaryKey] } : null
}

/**
 * One warning per entity whose unsharded entries put all writes of a type, or of one attribute value,
 * under one partition key while the sort key only grows (a timestamp first): DynamoDB cannot split such
 * a partition, and a throttled GSI throttles the table's writes.
 */
export function concentrationWarnings(entities: Readonly<Record<string, EntityDesign>>): DesignWarning[] {
  const warnings: DesignWarning[] = []
  for (const entity of Object.values(entities)) {
    const created = entity.traits.timestamps?.createdAt
    const hot = entity.indexKeys.filter(
      (keys) =>
        keys.cardinality !== 'per-item' &&
        keys.shards === null &&
        created !== undefined &&
        keys.sortKey.fields[0] === created,
    )
    if (hot.length === 0) continue
    const listed = hot.map((keys) => `${keys.index} (${keys.reason}, ${keys.cardinality} partition value)`)
    warnings.push({
      code: 'WRITES_CONCENTRATE',
      entity: entity.name,
      message: `${entity.name} writes ${listed.join(' and ')} under few partition keys with an ever-growing sort key: about 1,000 writes/s per partition`,
      suggestion: `if ${entity.name} is written often, set shards: 4 on the model (list by type) or on the index entry, or typeIndex: false when nobody lists every ${entity.name}`,
    })
  }
  return warnings
}
