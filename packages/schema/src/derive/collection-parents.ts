import { SchemaError } from '../errors/schema-error'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import type { DeriveContext } from './context'

export interface CollectionParent {
  parent: string
  /** Attribute on the child holding the parent's id. */
  foreignKey: string
  /** Declaration that asked for it, for error messages. */
  declaredIn: { model: NormalizedModel; relation: NormalizedRelation }
}

/**
 * Which models live in a parent's item collection: the parent's `hasMany/hasOne { collection: true }` or the
 * child's `belongsTo { collection: true }`. A child can live in one parent's collection only.
 */
export function resolveCollectionParents(context: DeriveContext): Map<string, CollectionParent> {
  const parents = new Map<string, CollectionParent>()
  for (const model of context.models.values()) {
    for (const relation of model.relations) {
      if (!relation.collection || relation.target === null) continue
      if (relation.kind !== 'hasMany' && relation.kind !== 'hasOne' && relation.kind !== 'belongsTo') continue
      const child = relation.kind === 'belongsTo' ? model.name : relation.target
      const parent = relation.kind === 'belongsTo' ? relation.target : model.name
      record(parents, child, { parent, foreignKey: relation.foreignKey, declaredIn: { model, relation } })
    }
  }
  for (const [child, entry] of parents) checkCollectionChild(context, child, entry)
  return parents
}

function record(parents: Map<string, CollectionParent>, child: string, entry: CollectionParent): void {
  const existing = parents.get(child)
  if (!existing) {
    parents.set(child, entry)
    return
  }
  if (existing.parent === entry.parent && existing.foreignKey === entry.foreignKey) return
  const { model, relation } = entry.declaredIn
  throw new SchemaError('COLLECTION_CONFLICT', `'${child}' is stored in two parents' collections`, {
    model: model.name,
    source: model.source,
    key: relation.path,
    hint: `'${child}' already lives in ${existing.parent}'s collection (via ${existing.foreignKey}); keep collection: true on one relation`,
  })
}

function checkCollectionChild(context: DeriveContext, child: string, entry: CollectionParent): void {
  const childModel = context.models.get(child)
  const parentModel = context.models.get(entry.parent)
  const { model, relation } = entry.declaredIn
  const fail = (message: string, hint: string) =>
    new SchemaError('COLLECTION_CONFLICT', message, {
      model: model.name,
      source: model.source,
      key: relation.path,
      hint,
    })
  if (!childModel || !parentModel) return
  if (childModel.keys) {
    throw fail(
      `'${child}' has custom keys and cannot also live in a collection`,
      'drop keys or collection: true',
    )
  }
  if (parentModel.primaryKey.length !== 1) {
    throw fail(
      `'${entry.parent}' has a composite primary key`,
      'collections need a single-field parent primary key',
    )
  }
  let cursor: string | undefined = entry.parent
  const seen = new Set([child])
  while (cursor !== undefined) {
    if (seen.has(cursor))
      throw fail(`collection cycle through '${cursor}'`, 'a model cannot contain its own ancestor')
    seen.add(cursor)
    cursor = findParent(context, cursor)
  }
}

function findParent(context: DeriveContext, child: string): string | undefined {
  for (const model of context.models.values()) {
    for (const relation of model.relations) {
      if (!relation.collection) continue
      if (relation.kind === 'belongsTo' && model.name === child) return relation.target ?? undefined
      if ((relation.kind === 'hasMany' || relation.kind === 'hasOne') && relation.target === child)
        return model.name
    }
  }
  return undefined
}
