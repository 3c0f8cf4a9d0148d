import { SchemaError } from '../errors/schema-error'
import { didYouMean } from '../errors/suggest'
import { compare } from '../model/compare'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import type { BaseKeys } from './base-keys'
import type { CollectionParent } from './collection-parents'
import { type DeriveContext, modelOf, prefixOf } from './context'

export interface ChildLink {
  parent: string
  foreignKey: string
}

export interface MorphSlot {
  name: string
  typeAttribute: string
  idAttribute: string
  /** Models that declare morphOne/morphMany to this morph. */
  targets: string[]
}

/** Parent -> child links that need an index (children outside the parent's collection), per child model. */
export function resolveChildLinks(
  context: DeriveContext,
  parents: ReadonlyMap<string, CollectionParent>,
): Map<string, ChildLink[]> {
  const links = new Map<string, ChildLink[]>()
  const add = (child: string, link: ChildLink, owner: NormalizedModel, relation: NormalizedRelation) => {
    requireSingleKey(context, link.parent, owner, relation)
    const inCollection = parents.get(child)
    if (inCollection && inCollection.parent === link.parent && inCollection.foreignKey === link.foreignKey)
      return
    const list = links.get(child) ?? []
    if (!list.some((entry) => entry.parent === link.parent && entry.foreignKey === link.foreignKey))
      list.push(link)
    links.set(child, list)
  }
  for (const model of context.models.values()) {
    for (const relation of model.relations) {
      if (relation.target === null) continue
      if (relation.kind === 'belongsTo')
        add(model.name, { parent: relation.target, foreignKey: relation.foreignKey }, model, relation)
      if (relation.kind === 'hasMany' || relation.kind === 'hasOne') {
        add(relation.target, { parent: model.name, foreignKey: relation.foreignKey }, model, relation)
      }
    }
  }
  for (const list of links.values())
    list.sort((a, b) => compare(a.parent, b.parent) || compare(a.foreignKey, b.foreignKey))
  return links
}

function requireSingleKey(
  context: DeriveContext,
  parent: string,
  owner: NormalizedModel,
  relation: NormalizedRelation,
): void {
  const target = modelOf(context, parent)
  if (
    target.primaryKey.length === 1 &&
    (relation.localKey === null || relation.localKey === target.primaryKey[0])
  )
    return
  throw new SchemaError(
    'BAD_RELATION',
    `${relation.kind} '${relation.name}' must point at ${parent}'s single-field primary key`,
    {
      model: owner.name,
      source: owner.source,
      key: relation.path,
      hint:
        target.primaryKey.length === 1
          ? `drop localKey or set it to '${target.primaryKey[0]}'`
          : `'${parent}' has a composite key; relate through a single-field id`,
    },
  )
}

/** The morph name a morphOne/morphMany uses: declared, or the child's only morphTo. */
export function morphNameOf(
  context: DeriveContext,
  owner: NormalizedModel,
  relation: NormalizedRelation,
): string {
  const child = modelOf(context, relation.target ?? '')
  const names = child.relations
    .filter((entry) => entry.kind === 'morphTo')
    .map((entry) => entry.morphName ?? entry.name)
  const wanted = relation.morphName ?? (names.length === 1 ? names[0] : undefined)
  if (wanted !== undefined && names.includes(wanted)) return wanted
  throw new SchemaError(
    'UNKNOWN_MORPH',
    `${relation.kind} '${relation.name}' has no matching morphTo on '${child.name}'`,
    {
      model: owner.name,
      source: owner.source,
      key: relation.path,
      hint:
        wanted === undefined
          ? `declare morphTo on ${child.name} or set morphName (known: ${names.join(', ') || 'none'})`
          : didYouMean(wanted, names, 'morphs'),
    },
  )
}

/** morphTo slots per child model, with the parents that may own them; parents need default keys. */
export function resolveMorphs(
  context: DeriveContext,
  baseKeys: ReadonlyMap<string, BaseKeys>,
): Map<string, MorphSlot[]> {
  const morphs = new Map<string, MorphSlot[]>()
  for (const model of context.models.values()) {
    const slots = model.relations
      .filter((relation) => relation.kind === 'morphTo' && relation.morph)
      .map((relation) => ({
        name: relation.morphName ?? relation.name,
        typeAttribute: relation.morph!.typeAttribute,
        idAttribute: relation.morph!.idAttribute,
        targets: [] as string[],
      }))
    if (slots.length > 0) morphs.set(model.name, slots)
  }
  for (const model of context.models.values()) {
    for (const relation of model.relations) {
      if (relation.kind !== 'morphOne' && relation.kind !== 'morphMany') continue
      const name = morphNameOf(context, model, relation)
      checkMorphParent(context, model, relation, baseKeys)
      const slot = morphs.get(relation.target ?? '')?.find((entry) => entry.name === name)
      if (slot && !slot.targets.includes(model.name)) slot.targets.push(model.name)
    }
  }
  for (const slots of morphs.values()) for (const slot of slots) slot.targets.sort(compare)
  return morphs
}

/** The morph type attribute stores the parent's prefix, so `{type}#{id}` must equal the parent's base keys. */
function checkMorphParent(
  context: DeriveContext,
  model: NormalizedModel,
  relation: NormalizedRelation,
  baseKeys: ReadonlyMap<string, BaseKeys>,
): void {
  const keys = baseKeys.get(model.name)
  const expected = `${prefixOf(context, model.name)}${context.options.delimiter}{${model.primaryKey[0]}}`
  if (keys && model.primaryKey.length === 1 && keys.pk === expected && keys.sk === expected) return
  throw new SchemaError(
    'BAD_RELATION',
    `${relation.kind} '${relation.name}' needs '${model.name}' to use default keys`,
    {
      model: model.name,
      source: model.source,
      key: relation.path,
      hint: `morph parents are found by '{type}${context.options.delimiter}{id}', so ${model.name} needs pk = sk = '${expected}'`,
    },
  )
}
