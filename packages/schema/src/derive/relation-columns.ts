import { camelColumn } from '../model/columns'
import { modelFields } from '../model/model-fields'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import { resolveOrCamel } from '../model/resolve-model-columns'

/**
 * Relation keys that name another model's fields, written in snake_case or camelCase: hasMany/hasOne
 * foreign keys (on the child) and belongsTo local keys (on the parent) resolve against the target's
 * fields; belongsToMany edge attributes (generated, never declared) take the camelCase form.
 */
export function resolveRelationColumns(
  models: ReadonlyMap<string, NormalizedModel>,
): Map<string, NormalizedModel> {
  const fields = new Map<string, Set<string>>()
  for (const model of models.values()) fields.set(model.name, modelFields(model))
  const out = new Map<string, NormalizedModel>()
  for (const model of models.values()) {
    const where = { model: model.name, source: model.source }
    const relations = model.relations.map((relation) => {
      const target = fields.get(relation.target ?? '') ?? new Set<string>()
      return relationColumns(relation, (name, key) => resolveOrCamel(where, name, target, key))
    })
    out.set(model.name, { ...model, relations })
  }
  return out
}

function relationColumns(
  relation: NormalizedRelation,
  onTarget: (name: string, key: string) => string,
): NormalizedRelation {
  switch (relation.kind) {
    case 'hasMany':
    case 'hasOne':
      return { ...relation, foreignKey: onTarget(relation.foreignKey, `${relation.path}.foreignKey`) }
    case 'belongsTo':
      return relation.localKey === null
        ? relation
        : { ...relation, localKey: onTarget(relation.localKey, `${relation.path}.localKey`) }
    case 'belongsToMany':
      return {
        ...relation,
        foreignKey: camelColumn(relation.foreignKey),
        relatedKey: relation.relatedKey === null ? null : camelColumn(relation.relatedKey),
      }
    default:
      return relation
  }
}
