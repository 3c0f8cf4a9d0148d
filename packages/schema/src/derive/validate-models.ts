import { SchemaError } from '../errors/schema-error'
import { didYouMean } from '../errors/suggest'
import type { NormalizedModel } from '../model/normalized'
import type { DeriveContext } from './context'

/** Names a model may use in keys and indexes: attributes, primary key, trait fields and foreign keys. */
export function knownFields(model: NormalizedModel): Set<string> {
  const fields = new Set<string>([
    ...model.primaryKey,
    ...model.attributes.map((attribute) => attribute.name),
  ])
  const { timestamps, softDeletes, ttl, versioning } = model.traits
  if (timestamps) fields.add(timestamps.createdAt).add(timestamps.updatedAt)
  if (softDeletes) fields.add(softDeletes.attribute)
  if (ttl) fields.add(ttl.attribute)
  if (versioning) fields.add(versioning.attribute)
  for (const relation of model.relations) {
    if (relation.kind === 'belongsTo') fields.add(relation.foreignKey)
    if (relation.morph && relation.kind === 'morphTo') {
      fields.add(relation.morph.typeAttribute).add(relation.morph.idAttribute)
    }
  }
  return fields
}

/** Checks that need the whole model set: primary keys, relation targets, index columns. */
export function validateModels(context: DeriveContext): void {
  const names = [...context.models.keys()]
  for (const model of context.models.values()) {
    checkPrimaryKey(model)
    for (const relation of model.relations) {
      if (relation.target !== null && !context.models.has(relation.target)) {
        throw new SchemaError(
          'UNKNOWN_RELATION_TARGET',
          `${relation.kind} names unknown model '${relation.target}'`,
          {
            model: model.name,
            source: model.source,
            key: relation.path,
            hint: didYouMean(relation.target, names),
          },
        )
      }
    }
    checkIndexColumns(model)
  }
}

function checkPrimaryKey(model: NormalizedModel): void {
  if (!model.declaresAttributes) return
  const declared = new Set(model.attributes.map((attribute) => attribute.name))
  const generated = model.primaryKey.length === 1 && model.primaryKey[0] === 'id'
  for (const field of model.primaryKey) {
    if (declared.has(field) || (generated && field === 'id')) continue
    throw new SchemaError('PRIMARY_KEY_NOT_ATTRIBUTE', `primary key '${field}' is not an attribute`, {
      model: model.name,
      source: model.source,
      key: 'primaryKey',
      hint: didYouMean(field, [...declared], 'attributes').replace(
        'did you mean',
        `declare attributes.${field}, or did you mean`,
      ),
    })
  }
}

function checkIndexColumns(model: NormalizedModel): void {
  if (!model.declaresAttributes) return
  const fields = knownFields(model)
  for (const index of model.indexes) {
    for (const column of index.columns) {
      if (fields.has(column)) continue
      throw new SchemaError('BAD_INDEX', `index '${index.name}' uses unknown column '${column}'`, {
        model: model.name,
        source: model.source,
        key: index.path,
        hint: didYouMean(column, [...fields].sort(), 'fields'),
      })
    }
  }
}
