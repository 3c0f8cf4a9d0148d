import type { PivotDesign, RelationDesign } from '../design/types'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import { getItemAccess, queryAccess } from './access-builder'
import { type Allocation, slotKey } from './allocate-indexes'
import type { BaseKeys } from './base-keys'
import type { CollectionParent } from './collection-parents'
import { type DeriveContext, modelOf, prefixOf } from './context'
import { morphPivotRelation } from './morph-pivot-designs'
import type { MorphPivots } from './morph-pivots'
import type { PivotPlan } from './pivots'
import { type MorphSlot, morphNameOf } from './relation-links'
import { renameFields } from './template-tools'

export interface RelationInputs {
  baseKeys: ReadonlyMap<string, BaseKeys>
  parents: ReadonlyMap<string, CollectionParent>
  pivots: ReadonlyMap<string, PivotDesign>
  pivotPlans: readonly PivotPlan[]
  morphPivots: MorphPivots
  morphs: ReadonlyMap<string, MorphSlot[]>
  allocation: Allocation
}

/** Every relation of a model with the one request that reads it. */
export function relationDesigns(
  context: DeriveContext,
  model: NormalizedModel,
  inputs: RelationInputs,
): Record<string, RelationDesign> {
  const out: Record<string, RelationDesign> = {}
  for (const relation of model.relations)
    out[relation.name] = relationDesign(context, model, relation, inputs)
  return out
}

function base(relation: NormalizedRelation, localKey: string): Omit<RelationDesign, 'access'> {
  return {
    name: relation.name,
    kind: relation.kind,
    target: relation.target,
    foreignKey: relation.foreignKey,
    localKey,
    pivot: null,
    morph: null,
  }
}

function relationDesign(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: RelationInputs,
): RelationDesign {
  switch (relation.kind) {
    case 'belongsTo':
      return belongsTo(context, model, relation, inputs)
    case 'hasMany':
    case 'hasOne':
      return hasChildren(context, model, relation, inputs)
    case 'belongsToMany':
      return belongsToMany(context, model, relation, inputs)
    case 'morphOne':
    case 'morphMany':
      return morphChildren(context, model, relation, inputs)
    case 'morphTo':
      return morphTo(context, model, relation, inputs)
    case 'morphToMany':
    case 'morphedByMany':
      return morphPivotRelation(context, model, relation, inputs)
  }
}

function belongsTo(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: RelationInputs,
): RelationDesign {
  const parent = modelOf(context, relation.target ?? '')
  const parentKeys = inputs.baseKeys.get(parent.name)!
  const localKey = parent.primaryKey[0] ?? 'id'
  const renames = { [localKey]: relation.foreignKey }
  const { delimiter } = context.options
  const inCollection = inputs.parents.get(model.name)?.parent === parent.name
  const access = getItemAccess(
    context,
    renameFields(parentKeys.pk, delimiter, renames),
    renameFields(parentKeys.sk, delimiter, renames),
    parent.name,
    inCollection,
  )
  return { ...base(relation, localKey), access }
}

function hasChildren(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: RelationInputs,
): RelationDesign {
  const child = relation.target ?? ''
  const localKey = model.primaryKey[0] ?? 'id'
  const { delimiter } = context.options
  const childPrefix = `${prefixOf(context, child)}${delimiter}`
  const collection = inputs.parents.get(child)
  if (collection && collection.parent === model.name && collection.foreignKey === relation.foreignKey) {
    const keys = inputs.baseKeys.get(model.name)!
    const skPrefix = keys.root ? childPrefix : `${keys.sk}${delimiter}${childPrefix}`
    return { ...base(relation, localKey), access: queryAccess(context, null, keys.pk, skPrefix, child, true) }
  }
  const slot =
    inputs.allocation.slots.get(slotKey(child, `parent:${model.name}:${relation.foreignKey}`)) ?? null
  const pk = `${prefixOf(context, model.name)}${delimiter}{${localKey}}`
  return { ...base(relation, localKey), access: queryAccess(context, slot, pk, childPrefix, child, false) }
}

function belongsToMany(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: RelationInputs,
): RelationDesign {
  const target = relation.target ?? ''
  const plan = inputs.pivotPlans.find(
    (entry) =>
      (entry.owner === model.name && entry.other === target) ||
      (entry.other === model.name && entry.owner === target),
  )!
  const pivot = inputs.pivots.get(plan.entityType)!
  const localKey = model.primaryKey[0] ?? 'id'
  const { delimiter } = context.options
  const pk = `${prefixOf(context, model.name)}${delimiter}{${localKey}}`
  const owns = plan.owner === model.name
  const skPrefix = `${owns ? plan.otherLabel : prefixOf(context, target)}${delimiter}`
  const slot = owns ? null : (inputs.allocation.slots.get(slotKey(plan.entityType, 'inverse')) ?? null)
  const access = queryAccess(context, slot, pk, skPrefix, plan.entityType, false)
  return { ...base(relation, localKey), foreignKey: owns ? plan.ownerKey : plan.otherKey, pivot, access }
}

function morphChildren(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: RelationInputs,
): RelationDesign {
  const child = relation.target ?? ''
  const name = morphNameOf(context, model, relation)
  const morph = morphSlot(inputs, child, name)
  const localKey = model.primaryKey[0] ?? 'id'
  const { delimiter } = context.options
  const prefix = prefixOf(context, model.name)
  const slot = inputs.allocation.slots.get(slotKey(child, `morph:${name}`)) ?? null
  const access = queryAccess(
    context,
    slot,
    `${prefix}${delimiter}{${localKey}}`,
    `${prefixOf(context, child)}${delimiter}`,
    child,
    false,
  )
  return {
    ...base(relation, localKey),
    foreignKey: morph.idAttribute,
    morph: {
      typeAttribute: morph.typeAttribute,
      idAttribute: morph.idAttribute,
      typeValue: prefix,
      targets: [],
    },
    access,
  }
}

function morphTo(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  inputs: RelationInputs,
): RelationDesign {
  const name = relation.morphName ?? relation.name
  const morph = morphSlot(inputs, model.name, name)
  const key = `{${morph.typeAttribute}}${context.options.delimiter}{${morph.idAttribute}}`
  return {
    ...base(relation, 'id'),
    morph: {
      typeAttribute: morph.typeAttribute,
      idAttribute: morph.idAttribute,
      typeValue: null,
      targets: [...morph.targets],
    },
    access: getItemAccess(context, key, key, null, false),
  }
}

function morphSlot(inputs: RelationInputs, model: string, name: string): MorphSlot {
  const slot = inputs.morphs.get(model)?.find((entry) => entry.name === name)
  if (!slot) throw new Error(`internal: morph ${name} of ${model} was not resolved`)
  return slot
}
