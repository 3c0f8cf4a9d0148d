import { loadedRelations } from '../relations/loaded-store'
import { pivotOf } from '../relations/pivot-store'
import { MASK } from '../security/mask'
import type { AttributeModel } from './attribute-model'
import type { InstanceState } from './instance-state'
import type { ModelBase } from './model-base'

type Attributes = Record<string, unknown>

function loaded(state: InstanceState, name: string, stored: unknown): unknown {
  const caster = state.meta.casters.get(name)
  return caster ? caster.load(stored, state.original) : stored
}

export function isDirty(state: InstanceState, names: readonly string[]): boolean {
  const dirty = state.dirty()
  return names.length === 0 ? Object.keys(dirty).length > 0 : names.some((name) => name in dirty)
}

export function wasChanged(state: InstanceState, names: readonly string[]): boolean {
  const changes = state.changes
  return names.length === 0 ? Object.keys(changes).length > 0 : names.some((name) => name in changes)
}

/** Model-form values as last read or saved. */
export function getOriginal(state: InstanceState, name?: string): unknown {
  if (name !== undefined) return loaded(state, name, state.original[name])
  const out: Attributes = {}
  for (const key of Object.keys(state.original)) out[key] = loaded(state, key, state.original[key])
  return out
}

/** Model-form values of the attributes that changed since the last read or save. */
export function getDirty(state: InstanceState): Attributes {
  const out: Attributes = {}
  for (const name of Object.keys(state.dirty())) out[name] = state.attributes[name]
  return out
}

/** Attributes for `toJSON()`: hidden ones left out unless made visible, accessors applied. */
export function visibleAttributes(model: AttributeModel): Attributes {
  const state = model.$state
  const masked = state.meta.entity.maskedAttributes
  const out: Attributes = {}
  for (const name of Object.keys(state.attributes)) {
    const hidden = (state.meta.hidden.has(name) && !state.visible.has(name)) || state.hidden.has(name)
    if (hidden) continue
    const value = model.getAttribute(name)
    if (value === undefined) continue
    out[name] = masked.has(name) && value !== null ? MASK : value instanceof Set ? [...value] : value
  }
  return out
}

/**
 * Options of `toJSON()` / `toArray()`.
 *
 * @example
 * ```ts
 * const options: ToJSONOptions = { version: true, relations: false }
 * response.setHeader('ETag', String(post.toJSON(options)._v))
 * ```
 */
export interface ToJSONOptions {
  /** Add the version attribute (`_v` by default) of a versioned model, e.g. to send it as an ETag. */
  readonly version?: boolean
  /** Include loaded relations (default true), serialized with the same options. */
  readonly relations?: boolean
}

/**
 * `toJSON()`: the visible attributes, then every loaded relation by name (models through their own
 * `toJSON`, so their hidden attributes stay hidden; lists as arrays; counts as numbers) unless the name is
 * hidden, the pivot of a model read through belongsToMany, and the version when asked. A model already being
 * serialized higher up (a relation loaded back to its parent) is given without its relations, so cycles end.
 */
export function serializeModel(
  model: AttributeModel,
  options: ToJSONOptions,
  path: Set<AttributeModel> = new Set(),
): Attributes {
  const state = model.$state
  const out = visibleAttributes(model)
  const versionAttribute = state.meta.entity.versionAttribute
  if (options.version === true && versionAttribute !== null) out[versionAttribute] = state.version
  if (options.relations === false || path.has(model)) return out
  path.add(model)
  for (const [name, value] of loadedRelations(model as ModelBase)) {
    if (state.hidden.has(name)) continue
    out[name] = serializeValue(value, options, path)
  }
  const pivot = pivotOf(model as ModelBase)
  if (pivot !== undefined && !state.hidden.has('pivot')) out.pivot = { ...pivot }
  path.delete(model)
  return out
}

function serializeValue(value: unknown, options: ToJSONOptions, path: Set<AttributeModel>): unknown {
  if (isModel(value)) return serializeModel(value, options, path)
  if (value !== null && typeof value === 'object' && Symbol.iterator in value) {
    return [...(value as Iterable<unknown>)].map((item) => serializeValue(item, options, path))
  }
  return value ?? null
}

function isModel(value: unknown): value is AttributeModel {
  return typeof value === 'object' && value !== null && '$state' in value && '$ctx' in value
}
