import type { RelationDesign, RelationKind } from '@dbtooling/schema'
import type { ModelBase } from '../model/model-base'
import type { ModelMeta } from '../model/model-meta'
import { FactoryRelationError } from './errors'
import type { Row } from './factory-types'

/** Models a belongsTo/morphTo relation may point at, and the attributes that point at one of them. */
export interface ParentPool {
  readonly relation: string
  /** The attribute deciding whether the row already points somewhere. */
  readonly field: string
  readonly models: readonly ModelBase[]
  assign(parent: ModelBase): Row
}

/** The attributes of a child that point at `parent` through a belongsTo or morphTo relation. */
export function pointerTo(relation: RelationDesign, parent: ModelBase): Row {
  const attributes = parent.$state.attributes
  if (relation.kind === 'morphTo' && relation.morph) {
    const id = parent.$meta.entity.design.primaryKey[0]!
    return {
      [relation.morph.typeAttribute]: parent.$meta.entity.design.prefix,
      [relation.morph.idAttribute]: attributes[id],
    }
  }
  return { [relation.foreignKey]: attributes[relation.localKey] }
}

/** The attributes of a child of `parent` through the parent's hasMany/hasOne/morphMany/morphOne relation. */
export function childPointer(relation: RelationDesign, parent: ModelBase): Row {
  const value = parent.$state.attributes[relation.localKey]
  if ((relation.kind === 'morphMany' || relation.kind === 'morphOne') && relation.morph) {
    return { [relation.morph.typeAttribute]: relation.morph.typeValue, [relation.morph.idAttribute]: value }
  }
  return { [relation.foreignKey]: value }
}

/** Pools of recycled models for every belongsTo/morphTo relation whose target was recycled. */
export function recyclePools(
  meta: ModelMeta,
  recycle: ReadonlyMap<string, readonly ModelBase[]>,
): ParentPool[] {
  if (recycle.size === 0) return []
  const pools: ParentPool[] = []
  for (const relation of Object.values(meta.entity.design.relations)) {
    if (relation.kind === 'belongsTo' && relation.target) {
      const models = recycle.get(relation.target)
      if (models && models.length > 0)
        pools.push({
          relation: relation.name,
          field: relation.foreignKey,
          models,
          assign: (p) => pointerTo(relation, p),
        })
    }
    if (relation.kind === 'morphTo' && relation.morph) {
      const models = relation.morph.targets.flatMap((target) => recycle.get(target) ?? [])
      if (models.length > 0)
        pools.push({
          relation: relation.name,
          field: relation.morph.idAttribute,
          models,
          assign: (p) => pointerTo(relation, p),
        })
    }
  }
  return pools
}

const describeKinds = (kinds: readonly RelationKind[]) => kinds.join('/')

/**
 * The relation of `meta`'s model of one of `kinds` that reaches `target` (by name when given). morphTo
 * relations reach every model in their targets.
 */
export function findRelation(
  meta: ModelMeta,
  kinds: readonly RelationKind[],
  target: string,
  name: string | undefined,
): RelationDesign {
  const relations = Object.values(meta.entity.design.relations).filter((relation) =>
    kinds.includes(relation.kind),
  )
  const reaches = (relation: RelationDesign) =>
    relation.target === target || (relation.kind === 'morphTo' && relation.morph?.targets.includes(target))
  const found = name
    ? relations.find((relation) => relation.name === name && reaches(relation))
    : relations.find(reaches)
  if (found) return found
  const candidates = relations.map(
    (relation) => `${relation.name} (${relation.kind} ${relation.target ?? '*'})`,
  )
  throw new FactoryRelationError(
    meta.name,
    target,
    describeKinds(kinds),
    candidates.length > 0
      ? `Relations of ${meta.name} of that kind: ${candidates.join(', ')}. Pass the relation name as the second argument.`
      : `Declare it on ${meta.name} (e.g. ${kinds[0]}: ['${target}']).`,
  )
}
