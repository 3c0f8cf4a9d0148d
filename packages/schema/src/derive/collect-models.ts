import { SchemaError } from '../errors/schema-error'
import { didYouMean } from '../errors/suggest'
import { compare } from '../model/compare'
import type { ModelDefinition } from '../model/definition'
import { isRecord } from '../model/guards'
import { entityPrefix } from '../model/naming'
import { normalizeModel } from '../model/normalize-model'
import type { NormalizedModel } from '../model/normalized'
import type { TraitDefaults } from '../model/trait-defaults'
import type { ResolvedDesignOptions } from './options'

/**
 * A model as given to `deriveDesign`: a definition, an already normalized model, or a loaded file.
 *
 * @example
 * ```ts
 * const inputs: ModelInput[] = [userDefinition, ...(await loadModels({ modelsPath: 'app/models' }))]
 * const design = deriveDesign(inputs)
 * ```
 */
export type ModelInput = ModelDefinition | NormalizedModel | LoadedModelInput

/**
 * A model file as the loader returns it; `name` fills in when the definition leaves it out.
 *
 * @example
 * ```ts
 * const loaded: LoadedModelInput[] = await loadModels({ modelsPath: 'app/models' })
 * ```
 */
export interface LoadedModelInput {
  readonly definition: unknown
  readonly name?: string
  readonly source: string | null
}

export function isNormalizedModel(input: unknown): input is NormalizedModel {
  return isRecord(input) && typeof input.declaresAttributes === 'boolean' && Array.isArray(input.relations)
}

function toNormalized(input: ModelInput, defaults: TraitDefaults): NormalizedModel {
  if (isNormalizedModel(input)) return input
  if (isRecord(input) && isRecord(input.definition) && 'source' in input && !('attributes' in input)) {
    const definition = input.definition
    const named =
      typeof definition.name === 'string' || typeof input.name !== 'string'
        ? definition
        : { ...definition, name: input.name }
    return normalizeModel(named, typeof input.source === 'string' ? input.source : null, defaults)
  }
  return normalizeModel(input, null, defaults)
}

/** Normalizes, sorts by name and rejects duplicate names or key prefixes. */
export function collectModels(
  inputs: readonly ModelInput[],
  options: ResolvedDesignOptions,
): { models: Map<string, NormalizedModel>; prefixes: Map<string, string> } {
  const normalized = inputs
    .map((input) => toNormalized(input, options.traitDefaults))
    .sort((a, b) => compare(a.name, b.name))
  const models = new Map<string, NormalizedModel>()
  for (const model of normalized) {
    const existing = models.get(model.name)
    if (existing) {
      throw new SchemaError('DUPLICATE_ENTITY', `model '${model.name}' is defined twice`, {
        model: model.name,
        source: model.source,
        key: 'name',
        hint: `also defined in ${existing.source ?? 'another model'}; rename one of them`,
      })
    }
    models.set(model.name, model)
  }
  checkPrefixOverrides(options, models)
  return { models, prefixes: assignPrefixes(models, options) }
}

function assignPrefixes(
  models: Map<string, NormalizedModel>,
  options: ResolvedDesignOptions,
): Map<string, string> {
  const prefixes = new Map<string, string>()
  const owners = new Map<string, NormalizedModel>()
  const reserved = options.uniquePrefix
  for (const model of models.values()) {
    const prefix = options.prefixes[model.name] ?? entityPrefix(model.name)
    if (prefix.length === 0 || prefix.includes(options.delimiter) || /[{}\\]/.test(prefix)) {
      throw new SchemaError('DUPLICATE_PREFIX', `key prefix '${prefix}' of '${model.name}' is not usable`, {
        model: model.name,
        source: model.source,
        key: 'prefix',
        hint: `prefixes must be non-empty and contain neither '${options.delimiter}', braces nor backslashes`,
      })
    }
    const owner = owners.get(prefix)
    if (owner || prefix === reserved) {
      throw new SchemaError('DUPLICATE_PREFIX', `key prefix '${prefix}' of '${model.name}' is already used`, {
        model: model.name,
        source: model.source,
        key: 'name',
        hint: `${owner ? `'${owner.name}' has the same prefix` : 'it is reserved for unique guards'}; set options.prefixes.${model.name}`,
      })
    }
    owners.set(prefix, model)
    prefixes.set(model.name, prefix)
  }
  return prefixes
}

function checkPrefixOverrides(options: ResolvedDesignOptions, models: Map<string, NormalizedModel>): void {
  for (const name of Object.keys(options.prefixes)) {
    if (!models.has(name)) {
      throw new SchemaError('INVALID_OPTIONS', `options.prefixes names unknown model '${name}'`, {
        key: `prefixes.${name}`,
        hint: didYouMean(name, [...models.keys()]),
      })
    }
  }
}
