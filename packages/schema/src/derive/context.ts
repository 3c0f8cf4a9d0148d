import type { DesignWarning, OmittedRelationDesign } from '../design/types'
import type { NormalizedModel } from '../model/normalized'
import type { ResolvedDesignOptions } from './options'

/** Shared state of one derivation run; models are held sorted by name so output never depends on input order. */
export interface DeriveContext {
  options: ResolvedDesignOptions
  models: ReadonlyMap<string, NormalizedModel>
  prefixes: ReadonlyMap<string, string>
  warnings: DesignWarning[]
  /** Relations left out because their target was not loaded, per entity, sorted by name. */
  omitted: ReadonlyMap<string, readonly OmittedRelationDesign[]>
}

export function modelOf(context: DeriveContext, name: string): NormalizedModel {
  const model = context.models.get(name)
  if (!model) throw new Error(`internal: model ${name} was not validated`)
  return model
}

export function prefixOf(context: DeriveContext, name: string): string {
  const prefix = context.prefixes.get(name)
  if (prefix === undefined) throw new Error(`internal: no prefix for ${name}`)
  return prefix
}

export function warn(
  context: DeriveContext,
  code: string,
  entity: string | null,
  message: string,
  suggestion: string | null = null,
): void {
  context.warnings.push({ code, entity, message, suggestion })
}
