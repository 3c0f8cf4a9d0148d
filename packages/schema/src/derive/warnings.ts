import type { DesignWarning, TableDesign } from '../design/types'
import type { DeriveContext } from './context'
import type { IndexNeed } from './index-needs'
import { knownFields } from './validate-models'

/** Design-level advice: index counts, sparse indexes, LSI limits, denormalized key fields. */
export function designWarnings(
  context: DeriveContext,
  design: TableDesign,
  needs: readonly IndexNeed[],
): DesignWarning[] {
  const warnings: DesignWarning[] = []
  const generated = design.globalIndexes.filter(
    (index) => !index.serves.includes('declared in config'),
  ).length
  if (generated > 5) {
    warnings.push({
      code: 'MANY_GSIS',
      entity: null,
      message: `the design uses ${generated} GSIs; every GSI adds write cost to the items it holds`,
      suggestion: 'store children in their parent collection (collection: true) or drop rarely used indexes',
    })
  }
  if (design.localIndexes.length > 0) {
    warnings.push({
      code: 'LSI_COLLECTION_LIMIT',
      entity: null,
      message:
        'with LSIs every item collection (items sharing a pk) is limited to 10 GB, and LSIs must exist when the table is created',
      suggestion: 'keep item collections bounded, or use a GSI if a collection can grow without limit',
    })
  }
  for (const need of needs) {
    const entity = design.entities[need.entity]
    if (need.kind === 'local' && entity && entity.partitionKey.template === entity.sortKey.template) {
      warnings.push({
        code: 'LSI_ON_ROOT_ENTITY',
        entity: need.entity,
        message: `${need.reason}: ${need.entity} owns its partition, so sorting within it orders one item`,
        suggestion: `store ${need.entity} in a parent's collection (collection: true) or make the index global`,
      })
    }
    if (need.sparse) {
      const index = entity?.indexKeys.find((keys) => keys.reason === need.reason)?.index ?? need.id
      warnings.push({
        code: 'SPARSE_INDEX',
        entity: need.entity,
        message: `${index} (${need.reason}) is sparse: it holds ${need.holds} only`,
        suggestion: null,
      })
    }
  }
  return [...warnings, ...denormalizedFields(context, design)]
}

/** Children in a nested collection carry their ancestors' key fields; say so when the model lacks them. */
function denormalizedFields(context: DeriveContext, design: TableDesign): DesignWarning[] {
  const warnings: DesignWarning[] = []
  for (const entity of Object.values(design.entities)) {
    const model = context.models.get(entity.name)
    if (!model?.declaresAttributes) continue
    const known = knownFields(model)
    if (entity.collectionParent) known.add(entity.collectionParent.foreignKey)
    const keyFields = [...entity.partitionKey.fields, ...entity.sortKey.fields]
    const parentFields = Object.values(entity.relations)
      .filter((relation) => relation.kind === 'belongsTo')
      .flatMap((relation) => [
        ...relation.access.partitionKey.fields,
        ...(relation.access.sortKey?.fields ?? []),
      ])
    const missing = [...new Set([...keyFields, ...parentFields])].filter((field) => !known.has(field))
    if (missing.length === 0) continue
    warnings.push({
      code: 'DENORMALIZED_KEY_FIELD',
      entity: entity.name,
      message: `${entity.name} needs ${missing.join(', ')} from its ancestors to build its keys or read its parents; writes without them fail`,
      suggestion: `declare ${missing.map((field) => `attributes.${field}`).join(', ')} on ${entity.name}`,
    })
  }
  return warnings
}
