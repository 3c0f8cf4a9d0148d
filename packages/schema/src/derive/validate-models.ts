import { SchemaError } from '../errors/schema-error'
import { didYouMean } from '../errors/suggest'
import { modelFields } from '../model/model-fields'
import type { NormalizedModel } from '../model/normalized'
import type { DeriveContext } from './context'

/** Names a model may use in keys and indexes: attributes, primary key, trait fields and foreign keys. */
export function knownFields(model: NormalizedModel): Set<string> {
  return modelFields(model)
}

/** Checks over the model set: primary keys and index columns (unknown relation targets: omit-unloaded). */
export function validateModels(context: DeriveContext): void {
  for (const model of context.models.values()) {
    checkPrimaryKey(model)
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
