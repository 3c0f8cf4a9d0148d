import type { PivotDesign, RelationDesign } from '../design/types'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import { queryAccess } from './access-builder'
import { type Allocation, slotKey } from './allocate-indexes'
import { type DeriveContext, prefixOf } from './context'
import type { IndexNeed } from './index-needs'
import { type MorphPivotPlan, type MorphPivots, morphRelationKey } from './morph-pivots'
import { keyDesign, prefixedTemplate } from './template-tools'

/** `{taggableType}#{taggableId}`: renders the tagged model's own partition (`POST#42`). */
function taggedSide(context: DeriveContext, plan: MorphPivotPlan): string {
  return `{${plan.typeAttribute}}${context.options.delimiter}{${plan.idAttribute}}`
}

/** `TAG#{tagId}`: the shared model's side of an edge. */
function sharedSide(context: DeriveContext, plan: MorphPivotPlan): string {
  return prefixedTemplate(prefixOf(context, plan.related), [plan.relatedKey], context.options.delimiter)
}

/** Key templates per tagged model with the type filled in, for key-conflict checks. */
export function morphEdgeKeys(
  context: DeriveContext,
  plans: readonly MorphPivotPlan[],
): Array<[string, string, string]> {
  const { delimiter } = context.options
  return plans.flatMap((plan) =>
    plan.targets.map((target): [string, string, string] => [
      plan.entityType,
      prefixedTemplate(prefixOf(context, target), [plan.idAttribute], delimiter),
      sharedSide(context, plan),
    ]),
  )
}

/** The inverted view of each morph's edges: `TAG#{tagId}` / `{taggableType}#{taggableId}`. */
export function morphInverseNeeds(context: DeriveContext, plans: readonly MorphPivotPlan[]): IndexNeed[] {
  return plans.map((plan) => ({
    entity: plan.entityType,
    id: 'inverse',
    kind: 'global',
    partitionKey: sharedSide(context, plan),
    sortKey: taggedSide(context, plan),
    sparse: false,
    excludeSoftDeleted: false,
    reason: `morphedByMany ${plan.related} (inverse)`,
    serves: `${plan.targets.join(', ')} of a ${plan.related} (${plan.entityType} edges)`,
    holds: `every ${plan.entityType} edge`,
  }))
}

/** Edge items `pk = {type}#{id}`, `sk = TAG#{tagId}`, and their inverse view on a GSI. */
export function morphPivotDesigns(
  context: DeriveContext,
  plans: readonly MorphPivotPlan[],
  allocation: Allocation,
): Map<string, PivotDesign> {
  const { delimiter, partitionKey, sortKey } = context.options
  const designs = new Map<string, PivotDesign>()
  for (const plan of plans) {
    const slot = allocation.slots.get(slotKey(plan.entityType, 'inverse'))
    if (!slot) throw new Error(`internal: no inverse index for ${plan.entityType}`)
    const tagged = taggedSide(context, plan)
    const shared = sharedSide(context, plan)
    designs.set(plan.entityType, {
      entityType: plan.entityType,
      partitionKey: keyDesign(partitionKey, tagged, delimiter),
      sortKey: keyDesign(sortKey, shared, delimiter),
      inverseIndex: slot.index,
      inversePartitionKey: keyDesign(slot.partitionKey, shared, delimiter),
      inverseSortKey: keyDesign(slot.sortKey, tagged, delimiter),
      attributes: [...plan.attributes],
      morph: {
        name: plan.morphName,
        typeAttribute: plan.typeAttribute,
        idAttribute: plan.idAttribute,
        targets: [...plan.targets],
      },
    })
  }
  return designs
}

/**
 * `post.tags` (morphToMany): one Query on the post's partition for `TAG#` edges. `tag.posts`
 * (morphedByMany): one Query on the inverse index for `POST#` edges, so each tagged type is read alone.
 */
export function morphPivotRelation(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: {
    morphPivots: MorphPivots
    pivots: ReadonlyMap<string, PivotDesign>
    allocation: Allocation
  },
): RelationDesign {
  const plan = inputs.morphPivots.byRelation.get(morphRelationKey(model.name, relation.name))
  const pivot = plan ? inputs.pivots.get(plan.entityType) : undefined
  if (!plan || !pivot) throw new Error(`internal: morph edges of ${model.name}.${relation.name} unresolved`)
  const { delimiter } = context.options
  const localKey = model.primaryKey[0] ?? 'id'
  const target = relation.target ?? ''
  const tagging = relation.kind === 'morphToMany'
  const pk = `${prefixOf(context, model.name)}${delimiter}{${localKey}}`
  const skPrefix = `${prefixOf(context, target)}${delimiter}`
  const slot = tagging ? null : (inputs.allocation.slots.get(slotKey(plan.entityType, 'inverse')) ?? null)
  return {
    name: relation.name,
    kind: relation.kind,
    target,
    foreignKey: tagging ? plan.idAttribute : plan.relatedKey,
    localKey,
    access: queryAccess(context, slot, pk, skPrefix, plan.entityType, false),
    pivot,
    morph: {
      typeAttribute: plan.typeAttribute,
      idAttribute: plan.idAttribute,
      typeValue: prefixOf(context, tagging ? model.name : target),
      targets: [],
    },
  }
}
