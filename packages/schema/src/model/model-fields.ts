import type { NormalizedModel } from './normalized'

/** Fields the model itself declares: primary key, attributes and the fields its traits add. */
export function declaredFields(model: Pick<NormalizedModel, 'primaryKey' | 'attributes' | 'traits'>) {
  const fields = new Set<string>([
    ...model.primaryKey,
    ...model.attributes.map((attribute) => attribute.name),
  ])
  const { timestamps, softDeletes, ttl, versioning } = model.traits
  if (timestamps) fields.add(timestamps.createdAt).add(timestamps.updatedAt)
  if (softDeletes) fields.add(softDeletes.attribute)
  if (ttl) fields.add(ttl.attribute)
  if (versioning) fields.add(versioning.attribute)
  return fields
}

/** Names a model may use in keys and indexes: declared fields plus belongsTo foreign keys and morph fields. */
export function modelFields(model: NormalizedModel): Set<string> {
  const fields = declaredFields(model)
  for (const relation of model.relations) {
    if (relation.kind === 'belongsTo') fields.add(relation.foreignKey)
    if (relation.morph && relation.kind === 'morphTo') {
      fields.add(relation.morph.typeAttribute).add(relation.morph.idAttribute)
    }
  }
  return fields
}
