import type { DesignWarning, OmittedRelationDesign } from '../design/types'
import { SchemaError } from '../errors/schema-error'
import { didYouMean } from '../errors/suggest'
import type { NormalizedModel } from '../model/normalized'

export interface OmitResult {
  models: Map<string, NormalizedModel>
  omitted: Map<string, OmittedRelationDesign[]>
  warnings: DesignWarning[]
}

/**
 * Relations whose target model is not loaded (Stacks keeps some models in framework packages) are left
 * out of the design with a `RELATION_TARGET_NOT_LOADED` warning naming the file and the key; with
 * `strict` they are an `UNKNOWN_RELATION_TARGET` error instead, for CI.
 */
export function omitUnloadedRelations(
  models: ReadonlyMap<string, NormalizedModel>,
  strict: boolean,
): OmitResult {
  const names = [...models.keys()]
  const out = new Map<string, NormalizedModel>()
  const omitted = new Map<string, OmittedRelationDesign[]>()
  const warnings: DesignWarning[] = []
  for (const model of models.values()) {
    const missing = model.relations.filter(
      (relation) => relation.target !== null && !models.has(relation.target),
    )
    if (missing.length === 0) {
      out.set(model.name, model)
      continue
    }
    const entries: OmittedRelationDesign[] = []
    for (const relation of missing) {
      const target = relation.target as string
      const suggestion = didYouMean(target, names)
      if (strict) {
        throw new SchemaError('UNKNOWN_RELATION_TARGET', `${relation.kind} names unknown model '${target}'`, {
          model: model.name,
          source: model.source,
          key: relation.path,
          hint: `${suggestion} (load the folder that defines ${target}: modelsPath accepts a list; strict is on)`,
        })
      }
      const where = `${model.source ?? model.name} > ${relation.path}`
      const reason = `model '${target}' is not loaded, so ${model.name}.${relation.kind}.${target} (${where}) is not in the design`
      entries.push({ name: relation.name, kind: relation.kind, target, key: relation.path, reason })
      warnings.push({
        code: 'RELATION_TARGET_NOT_LOADED',
        entity: model.name,
        message: reason,
        suggestion: `add the folder that defines ${target} to modelsPath, or remove the relation (${suggestion})`,
      })
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    omitted.set(model.name, entries)
    out.set(model.name, {
      ...model,
      relations: model.relations.filter((relation) => !missing.includes(relation)),
    })
  }
  return { models: out, omitted, warnings }
}
