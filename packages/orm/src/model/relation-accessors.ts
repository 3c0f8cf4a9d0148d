import { type NormalizedModel, normalizeModel } from '@dbtooling/schema'
import { RelationNameConflictError } from '../errors/relation-name-conflict'
import { relationsNotInstalled } from '../query/result-hooks'
import type { AnyDefinition } from './attribute-types'
import { ModelBase } from './model-base'

/** Builds what `user.posts()` returns; registered by the relations module, which sits above models. */
export type NamedRelationResolver = (model: ModelBase, name: string) => unknown

let resolver: NamedRelationResolver | null = null

export function setNamedRelationResolver(resolve: NamedRelationResolver): void {
  resolver = resolve
}

/** Every field name an instance exposes as a property: attributes, keys, trait fields, foreign keys. */
function fieldNames(model: NormalizedModel): Set<string> {
  const fields = new Set([...model.primaryKey, ...model.attributes.map((attribute) => attribute.name)])
  const { timestamps, softDeletes, ttl, versioning } = model.traits
  if (timestamps) fields.add(timestamps.createdAt).add(timestamps.updatedAt)
  if (softDeletes) fields.add(softDeletes.attribute)
  if (ttl) fields.add(ttl.attribute)
  if (versioning) fields.add(versioning.attribute)
  for (const relation of model.relations) {
    if (relation.kind === 'belongsTo') fields.add(relation.foreignKey)
    if (relation.morph) fields.add(relation.morph.typeAttribute).add(relation.morph.idAttribute)
  }
  return fields
}

/**
 * The relation names of `definition`, after checking that none shares a name with a field or a method
 * of `inherited` (the model base prototype by default); throws `RelationNameConflictError` otherwise.
 */
export function checkRelationNames(
  definition: AnyDefinition,
  inherited: object = ModelBase.prototype,
): string[] {
  const model = normalizeModel(definition)
  const fields = fieldNames(model)
  return model.relations.map(({ name }) => {
    if (fields.has(name)) throw new RelationNameConflictError(model.name, name, 'attribute')
    if (name in inherited) throw new RelationNameConflictError(model.name, name, 'method')
    return name
  })
}

/**
 * Defines one method per relation (`user.posts()`, `post.user()`) on a model class's prototype, after
 * `checkRelationNames`. Runs when `Model(def)` makes the class, so a clash fails at startup rather than
 * on the first access.
 */
export function defineRelationAccessors(prototype: object, definition: AnyDefinition): void {
  for (const name of checkRelationNames(definition, Object.getPrototypeOf(prototype) as object)) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value(this: ModelBase) {
        if (!resolver) throw relationsNotInstalled(this.$meta.name, `${name}()`)
        return resolver(this, name)
      },
    })
  }
}
