import type { ModelDefinition } from '@dbtooling/schema'
import type { CompiledEntity } from '../storage/compiled-entity'
import { type AttributeCaster, casterFor, identity, ttlCaster } from './casts'
import { MODEL_EVENTS, type ModelEvent, type ModelHook } from './hooks'
import { ItemShape } from './item-shape'

type Accessor = (value: unknown, attributes: Readonly<Record<string, unknown>>) => unknown

/** Marks storage-only attributes (keys, entity type) in `ModelMeta.loaders`. */
export const STORAGE_ONLY = 0
/** How a stored attribute becomes a model attribute: left out, converted, or (absent) taken as it is. */
export type Loader = typeof STORAGE_ONLY | AttributeCaster['load']

/**
 * Everything a model instance needs about its entity, computed once per compiled entity: attribute names,
 * casters, accessors, mass-assignment and visibility sets, trait fields and definition hooks.
 *
 * @example
 * ```ts
 * const meta: ModelMeta = modelMeta(User.entity())
 * console.log(meta.name, meta.attributeNames)
 * ```
 */
export interface ModelMeta {
  readonly entity: CompiledEntity
  readonly name: string
  /** Attributes that get a property on instances: declared ones, key, timestamps, soft delete, TTL. */
  readonly attributeNames: readonly string[]
  readonly casters: ReadonlyMap<string, AttributeCaster>
  /**
   * Per stored attribute name, what loading an item does with it: one lookup per attribute when a query
   * hydrates many items. Names not in it are taken as they are.
   */
  readonly loaders: ReadonlyMap<string, Loader>
  /** `loaders` by position in the last item shape loaded (see ItemShape). */
  readonly shape: ItemShape
  readonly accessors: ReadonlyMap<string, Accessor>
  readonly mutators: ReadonlyMap<string, Accessor>
  /** null when every attribute is mass assignable. */
  readonly fillable: ReadonlySet<string> | null
  readonly guarded: ReadonlySet<string>
  readonly hidden: ReadonlySet<string>
  readonly autoManaged: ReadonlySet<string>
  readonly defaults: Readonly<Record<string, unknown>>
  readonly timestamps: { createdAt: string; updatedAt: string; format: 'iso' | 'unix' | 'unixMs' } | null
  readonly softDelete: string | null
  readonly generatedId: { kind: 'uuid' | 'uuidv7' | 'ulid' | 'nanoid'; attribute: string } | null
  readonly ttl: string | null
  readonly hooks: ReadonlyMap<ModelEvent, readonly ModelHook<never>[]>
}

const metas = new WeakMap<CompiledEntity, ModelMeta>()

function relationAttributeNames(design: CompiledEntity['design']): string[] {
  const names: string[] = []
  for (const relation of Object.values(design.relations)) {
    if (relation.kind === 'belongsTo') names.push(relation.foreignKey)
    if (relation.kind === 'morphTo' && relation.morph)
      names.push(relation.morph.typeAttribute, relation.morph.idAttribute)
  }
  return names
}

/**
 * What a model instance needs about a compiled entity (attribute names, casters, fillable and hidden sets), computed once per entity.
 *
 * @example
 * ```ts
 * const meta = modelMeta(User.entity())
 * console.log(meta.attributeNames)
 * ```
 */
export function modelMeta(entity: CompiledEntity): ModelMeta {
  let meta = metas.get(entity)
  if (!meta) {
    meta = buildMeta(entity)
    metas.set(entity, meta)
  }
  return meta
}

function buildMeta(entity: CompiledEntity): ModelMeta {
  const design = entity.design
  const definition: ModelDefinition = entity.definition ?? { name: entity.name }
  const declared = definition.attributes ?? {}
  const traits = design.traits
  // belongsTo foreign keys and morphTo type/id fields are attributes even when the model does not declare them
  // (Stacks models never do): they can be set, filled and queried like any declared attribute.
  const relationKeys = relationAttributeNames(design)
  const names = new Set<string>([...entity.primaryKey, ...Object.keys(design.attributes), ...relationKeys])
  const auto = new Set<string>()
  if (traits.timestamps) {
    names.add(traits.timestamps.createdAt).add(traits.timestamps.updatedAt)
    auto.add(traits.timestamps.createdAt).add(traits.timestamps.updatedAt)
  }
  if (traits.softDeletes) names.add(traits.softDeletes.attribute) && auto.add(traits.softDeletes.attribute)
  if (traits.ttl) names.add(traits.ttl.attribute)
  const idAttribute = entity.primaryKey.length === 1 ? entity.primaryKey[0]! : null
  // Only `useUuid` makes the id ORM-owned; an auto-increment style id is generated when missing but may be set.
  if (traits.generatedId && idAttribute && definition.traits?.useUuid) auto.add(idAttribute)
  const casters = new Map<string, AttributeCaster>()
  const accessors = new Map<string, Accessor>()
  const mutators = new Map<string, Accessor>()
  const defaults: Record<string, unknown> = {}
  for (const name of names) {
    const raw = declared[name]
    const type = design.attributes[name]?.type
    casters.set(name, casterFor(raw?.cast, raw?.type ?? type))
    if (typeof raw?.get === 'function') accessors.set(name, raw.get as unknown as Accessor)
    if (typeof raw?.set === 'function') mutators.set(name, raw.set as unknown as Accessor)
    if (raw?.default !== undefined && typeof raw.default !== 'function') defaults[name] = raw.default
  }
  if (traits.ttl) casters.set(traits.ttl.attribute, ttlCaster)
  const loaders = new Map<string, Loader>()
  for (const [name, caster] of casters) if (caster.load !== identity) loaders.set(name, caster.load)
  for (const name of entity.storageAttributes) loaders.set(name, STORAGE_ONLY)
  const fillableNames = Object.values(design.attributes)
    .filter((a) => a.fillable)
    .map((a) => a.name)
  const guardedList = Array.isArray(definition.guarded) ? (definition.guarded as unknown[]) : []
  const guarded = new Set(guardedList.filter((g): g is string => typeof g === 'string'))
  const fillable =
    fillableNames.length === 0
      ? null
      : new Set([
          ...fillableNames,
          ...relationKeys,
          ...entity.primaryKey.filter((key) => !auto.has(key)),
          ...(traits.ttl ? [traits.ttl.attribute] : []),
        ])
  return {
    entity,
    name: entity.name,
    attributeNames: [...names],
    casters,
    loaders,
    shape: new ItemShape(loaders),
    accessors,
    mutators,
    fillable,
    guarded,
    hidden: new Set(
      Object.values(design.attributes)
        .filter((a) => a.hidden)
        .map((a) => a.name),
    ),
    autoManaged: auto,
    defaults,
    timestamps: traits.timestamps,
    softDelete: traits.softDeletes?.attribute ?? null,
    generatedId:
      traits.generatedId && idAttribute ? { kind: traits.generatedId.kind, attribute: idAttribute } : null,
    ttl: traits.ttl?.attribute ?? null,
    hooks: definitionHooks(definition),
  }
}

function definitionHooks(definition: ModelDefinition): Map<ModelEvent, ModelHook<never>[]> {
  const out = new Map<ModelEvent, ModelHook<never>[]>()
  const hooks = definition.hooks
  if (typeof hooks !== 'object' || hooks === null) return out
  for (const event of MODEL_EVENTS) {
    const value = (hooks as Record<string, unknown>)[event]
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
    const fns = list.filter((fn): fn is ModelHook<never> => typeof fn === 'function')
    if (fns.length > 0) out.set(event, fns)
  }
  return out
}

/** True when mass assignment may set the attribute. */
export function isFillable(meta: ModelMeta, name: string): boolean {
  if (meta.guarded.has(name) || meta.guarded.has('*') || meta.autoManaged.has(name)) return false
  return meta.fillable === null ? true : meta.fillable.has(name)
}
