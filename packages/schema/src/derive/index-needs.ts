import type { NormalizedModel } from '../model/normalized'
import type { BaseKeys } from './base-keys'
import type { CollectionParent } from './collection-parents'
import { type DeriveContext, prefixOf } from './context'
import { foldDeclaredIndex } from './fold-indexes'
import { morphInverseNeeds } from './morph-pivot-designs'
import type { MorphPivotPlan } from './morph-pivots'
import type { PivotPlan } from './pivots'
import { prefixedTemplate } from './template-tools'

/** One access path an entity needs on a secondary index; GSI needs are packed into overloaded GSIs. */
export interface IndexNeed {
  entity: string
  /** Unique per entity: `type`, `byId`, `parent:User:userId`, `morph:commentable`, `index:byStatus`, `inverse`. */
  id: string
  kind: 'global' | 'local'
  /** GSI partition template (unused for LSIs, which share the table's partition key). */
  partitionKey: string
  sortKey: string
  sparse: boolean
  excludeSoftDeleted: boolean
  reason: string
  serves: string
  holds: string
  /** Names of declared indexes folded into this need (they only repeated it). */
  folded?: string[]
  /** Blind index of a searchable encrypted attribute: the key holds an HMAC of this field. */
  blind?: string
}

export interface NeedInputs {
  baseKeys: ReadonlyMap<string, BaseKeys>
  parents: ReadonlyMap<string, CollectionParent>
  pivots: readonly PivotPlan[]
  morphPivots: readonly MorphPivotPlan[]
  /** Children listed by parent through an index: child -> list of { parent, foreignKey }. */
  childLinks: ReadonlyMap<string, ReadonlyArray<{ parent: string; foreignKey: string }>>
  /** morphTo names per child model. */
  morphs: ReadonlyMap<string, ReadonlyArray<{ name: string; typeAttribute: string; idAttribute: string }>>
}

/**
 * Every index need, in a fixed order per entity: type list, id lookup, parents, morphs, declared indexes
 * (a declared index that only repeats a parent entry is folded into it).
 */
export function collectIndexNeeds(context: DeriveContext, inputs: NeedInputs): IndexNeed[] {
  const needs: IndexNeed[] = []
  for (const model of context.models.values()) {
    const own = ownIdTemplate(context, model)
    const optional = optionalFields(model)
    const live = model.traits.softDeletes !== null
    const add = (need: Omit<IndexNeed, 'entity' | 'kind' | 'excludeSoftDeleted'> & Partial<IndexNeed>) =>
      needs.push({ entity: model.name, kind: 'global', excludeSoftDeleted: false, ...need })
    if (context.options.typeIndex && model.typeIndex) add(typeNeed(context, model, own, live))
    if (!inputs.baseKeys.get(model.name)?.root && !model.keys) add(byIdNeed(model, own))
    for (const link of inputs.childLinks.get(model.name) ?? [])
      add(parentNeed(context, model, link, own, optional))
    for (const morph of inputs.morphs.get(model.name) ?? []) add(morphNeed(context, model, morph, own))
    const links = inputs.childLinks.get(model.name) ?? []
    for (const index of model.indexes) {
      const folded = foldDeclaredIndex(context, model, index, links, inputs.parents.get(model.name))
      if (!folded) needs.push(declaredNeed(context, model, index, own, optional))
      const into = needs.find((need) => need.entity === model.name && need.id === folded?.needId)
      if (into) into.folded = [...(into.folded ?? []), index.name]
    }
    for (const attribute of model.attributes)
      if (attribute.encrypted && attribute.searchable)
        needs.push(blindNeed(context, model, attribute.name, own, optional))
  }
  for (const pivot of inputs.pivots) needs.push(inverseNeed(context, pivot))
  needs.push(...morphInverseNeeds(context, inputs.morphPivots))
  return needs
}

type BasicNeed = Omit<IndexNeed, 'entity' | 'kind' | 'excludeSoftDeleted'>

/** Children stored in a parent's collection can still be found by id alone. */
function byIdNeed(model: NormalizedModel, own: string): BasicNeed {
  return {
    id: 'byId',
    partitionKey: own,
    sortKey: own,
    sparse: false,
    reason: 'lookup by id',
    serves: `${model.name} by id`,
    holds: `every ${model.name}`,
  }
}

/** `PARENT#{fk}` / `CHILD#{id}`: lists children by parent with one Query. */
function parentNeed(
  context: DeriveContext,
  model: NormalizedModel,
  link: { parent: string; foreignKey: string },
  own: string,
  optional: ReadonlySet<string>,
): BasicNeed {
  const sparse = optional.has(link.foreignKey)
  return {
    id: `parent:${link.parent}:${link.foreignKey}`,
    partitionKey: prefixedTemplate(
      prefixOf(context, link.parent),
      [link.foreignKey],
      context.options.delimiter,
    ),
    sortKey: own,
    sparse,
    reason: `belongsTo ${link.parent}`,
    serves: `${model.name} by ${link.parent} (${link.foreignKey})`,
    holds: sparse ? `${model.name} items with ${link.foreignKey} set` : `every ${model.name}`,
  }
}

/** `{type}#{id}` equals the parent's base key, because the type attribute stores the parent's prefix. */
function morphNeed(
  context: DeriveContext,
  model: NormalizedModel,
  morph: { name: string; typeAttribute: string; idAttribute: string },
  own: string,
): BasicNeed {
  return {
    id: `morph:${morph.name}`,
    partitionKey: `{${morph.typeAttribute}}${context.options.delimiter}{${morph.idAttribute}}`,
    sortKey: own,
    sparse: true,
    reason: `morphTo ${morph.name}`,
    serves: `${model.name} by ${morph.name}`,
    holds: `${model.name} items with ${morph.typeAttribute} and ${morph.idAttribute} set`,
  }
}

function typeNeed(context: DeriveContext, model: NormalizedModel, own: string, live: boolean) {
  const created = model.traits.timestamps?.createdAt
  const { delimiter } = context.options
  const sortKey = created ? `{${created}}${delimiter}${own}` : own
  return {
    id: 'type',
    partitionKey: prefixOf(context, model.name),
    sortKey,
    sparse: live,
    excludeSoftDeleted: live,
    reason: 'list by type',
    serves: `every ${model.name}${created ? ` by ${created}` : ''}`,
    holds: live ? `${model.name} items not soft-deleted` : `every ${model.name}`,
  }
}

function declaredNeed(
  context: DeriveContext,
  model: NormalizedModel,
  index: NormalizedModel['indexes'][number],
  own: string,
  optional: ReadonlySet<string>,
): IndexNeed {
  const { delimiter } = context.options
  const prefix = prefixOf(context, model.name)
  const [first = '', ...rest] = index.columns
  const missing = index.columns.filter((column) => optional.has(column))
  const sparse = missing.length > 0
  const holds = sparse ? `${model.name} items with ${missing.join(' and ')} set` : `every ${model.name}`
  const common = { entity: model.name, id: `index:${index.name}`, sparse, excludeSoftDeleted: false, holds }
  if (index.local) {
    const sortKey = [prefix, ...index.columns.map((column) => `{${column}}`)].join(delimiter)
    return {
      ...common,
      kind: 'local',
      partitionKey: '',
      sortKey,
      reason: `local index ${index.name}`,
      serves: `${model.name} by ${index.columns.join(', ')} within a partition`,
    }
  }
  const partitionKey = `${prefix}${delimiter}${indexLabel(index.name)}${delimiter}{${first}}`
  const sortKey =
    rest.length > 0 ? rest.map((column) => `{${column}}`).join(delimiter) + delimiter + own : own
  return {
    ...common,
    kind: 'global',
    partitionKey,
    sortKey,
    reason: `index ${index.name}`,
    serves: `${model.name} by ${index.columns.join(', ')}`,
  }
}

/**
 * `USER#BLIND#ssn#{ssn}`: the ORM renders `{ssn}` as an HMAC of the value, so an equality query on an
 * encrypted attribute is one Query and the plaintext never reaches DynamoDB.
 */
function blindNeed(
  context: DeriveContext,
  model: NormalizedModel,
  field: string,
  own: string,
  optional: ReadonlySet<string>,
): IndexNeed {
  const { delimiter } = context.options
  const sparse = optional.has(field)
  return {
    entity: model.name,
    id: `blind:${field}`,
    kind: 'global',
    partitionKey: [prefixOf(context, model.name), 'BLIND', field, `{${field}}`].join(delimiter),
    sortKey: own,
    sparse,
    excludeSoftDeleted: false,
    reason: `blind index ${field}`,
    serves: `${model.name} by ${field} (HMAC blind index, equality only)`,
    holds: sparse ? `${model.name} items with ${field} set` : `every ${model.name}`,
    blind: field,
  }
}

function inverseNeed(context: DeriveContext, pivot: PivotPlan): IndexNeed {
  const { delimiter } = context.options
  return {
    entity: pivot.entityType,
    id: 'inverse',
    kind: 'global',
    partitionKey: prefixedTemplate(pivot.otherLabel, [pivot.otherKey], delimiter),
    sortKey: prefixedTemplate(prefixOf(context, pivot.owner), [pivot.ownerKey], delimiter),
    sparse: false,
    excludeSoftDeleted: false,
    reason: `belongsToMany ${pivot.owner} (inverse)`,
    serves: `${pivot.owner} of a ${pivot.other} (${pivot.entityType} edges)`,
    holds: `every ${pivot.entityType} edge`,
  }
}

/** `BY_STATUS` for `byStatus`: keeps index partitions apart from id partitions in an overloaded GSI. */
function indexLabel(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()
}

/** `PREFIX#{id}`: the entity's own identity inside index sort keys. */
export function ownIdTemplate(context: DeriveContext, model: NormalizedModel): string {
  return prefixedTemplate(prefixOf(context, model.name), model.primaryKey, context.options.delimiter)
}

/** Fields an item may lack, so index keys built from them are sparse. */
export function optionalFields(model: NormalizedModel): Set<string> {
  const always = new Set(model.primaryKey)
  const timestamps = model.traits.timestamps
  if (timestamps) always.add(timestamps.createdAt).add(timestamps.updatedAt)
  const optional = new Set<string>()
  for (const attribute of model.attributes) {
    if (!attribute.required && attribute.defaultValue === null && !always.has(attribute.name))
      optional.add(attribute.name)
  }
  if (model.traits.softDeletes) optional.add(model.traits.softDeletes.attribute)
  if (model.traits.ttl) optional.add(model.traits.ttl.attribute)
  for (const relation of model.relations) {
    if (relation.kind !== 'belongsTo') continue
    const declared = model.attributes.find((attribute) => attribute.name === relation.foreignKey)
    if (!declared?.required) optional.add(relation.foreignKey)
  }
  return optional
}
