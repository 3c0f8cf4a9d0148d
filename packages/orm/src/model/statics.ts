import type { OrmContext } from '../context'
import { OperationCancelledError, WrongEntityTypeError } from '../errors/misc-errors'
import { observeCall } from '../observability/observe-call'
import { versionOf } from '../storage/from-item'
import { noteClassHook } from './fire'
import type { ModelEvent, ModelHook } from './hooks'
import type { FindOptions } from './instance-types'
import type { ModelBase } from './model-base'
import { constructWithItem } from './pending-item'
import type { SaveOptions } from './persist'
import { getItem, keyAttributes, notFound } from './read'

type ModelCtor = typeof ModelBase
type Attributes = Record<string, unknown>

/** A model instance for a stored item: attributes cast to model form, clean, existing. */
export function hydrate(cls: ModelCtor, item: Readonly<Attributes>): ModelBase {
  const { made: model, taken } = constructWithItem(cls, cls.modelName, item)
  const state = model.$state
  // A class whose state did not take the item (named unlike its entity) still gets it loaded.
  if (!taken) state.loadItem(item)
  state.version = versionOf(state.meta.entity, item)
  state.exists = true
  return model
}

/**
 * `Model.hydrate(item)` from user code: an item that says it is another entity type is refused (queries
 * hydrate through `hydrate`, after their own entity-type guard). An item without the attribute is taken.
 */
export function hydrateChecked(cls: ModelCtor, item: Readonly<Attributes>): ModelBase {
  const entity = cls.entity()
  const found = item[entity.entityTypeAttribute]
  if (found !== undefined && found !== entity.name) {
    throw new WrongEntityTypeError(cls.modelName, entity.entityTypeAttribute, found)
  }
  return hydrate(cls, item)
}

export function isTrashed(cls: ModelCtor, item: Readonly<Attributes>): boolean {
  const attribute = cls.entity().softDeleteAttribute
  return attribute !== null && item[attribute] !== undefined && item[attribute] !== null
}

export function find(cls: ModelCtor, key: unknown, options: FindOptions = {}): Promise<ModelBase | null> {
  let ctx: OrmContext
  try {
    ctx = cls.ctx()
  } catch (error) {
    // A missing ORM or tenant (cls.ctx() throws) rejects the promise, never throws at the call; no async
    // frame on the hot path.
    return Promise.reject(error)
  }
  if (!ctx.options.observer) return findModel(cls, key, options)
  const annotation = { entity: cls.modelName, pattern: 'find' }
  return observeCall(ctx, `${cls.modelName}.find`, annotation, () => findModel(cls, key, options))
}

async function findModel(cls: ModelCtor, key: unknown, options: FindOptions): Promise<ModelBase | null> {
  const ctx = cls.ctx()
  const entity = ctx.entity(cls.modelName)
  const item = await getItem(ctx, entity, key, options.consistentRead ?? ctx.options.consistentRead)
  if (!item || (!options.withTrashed && isTrashed(cls, item))) return null
  return hydrate(cls, item)
}

export async function findOrFail(
  cls: ModelCtor,
  key: unknown,
  options: FindOptions = {},
): Promise<ModelBase> {
  const model = await find(cls, key, options)
  if (!model) throw notFound(cls.entity(), key)
  return model
}

async function saveOrThrow(
  cls: ModelCtor,
  model: ModelBase,
  options: SaveOptions | undefined,
): Promise<ModelBase> {
  if (!(await model.save(options))) throw new OperationCancelledError(cls.modelName, 'creating')
  return model
}

export function create(cls: ModelCtor, attributes: Attributes, options?: SaveOptions): Promise<ModelBase> {
  return saveOrThrow(cls, new cls(attributes), options)
}

export function forceCreate(
  cls: ModelCtor,
  attributes: Attributes,
  options?: SaveOptions,
): Promise<ModelBase> {
  return saveOrThrow(cls, new cls().forceFill(attributes), options)
}

/** The key attributes of `search` when it holds the whole primary key, else null. */
function keyFrom(cls: ModelCtor, search: Attributes): Attributes | null {
  const entity = cls.entity()
  const key: Attributes = {}
  for (const field of entity.primaryKey) {
    if (search[field] === undefined) return null
    key[field] = search[field]
  }
  return key
}

/**
 * The first model matching `search`: a strongly consistent GetItem when it holds the primary key, else a
 * query over its attributes (which may Scan when no index covers them; the builder warns).
 */
async function firstMatching(cls: ModelCtor, search: Attributes): Promise<ModelBase | null> {
  const key = keyFrom(cls, search)
  if (key) return find(cls, key, { consistentRead: true })
  return (await cls.query().where(search).first()) as ModelBase | null
}

/**
 * A new model of `search` + `extra`, filled as `create()` fills it, except that key attributes named in
 * `search` are kept even when mass assignment would drop them (a generated id): the row was looked up by
 * that key, so it must be created under it.
 */
function newFromSearch(cls: ModelCtor, search: Attributes, extra: Attributes): ModelBase {
  const model = new cls({ ...search, ...extra })
  const key = keyFrom(cls, search)
  if (key) model.forceFill(key)
  return model
}

export async function firstOrNew(
  cls: ModelCtor,
  search: Attributes,
  extra: Attributes = {},
): Promise<ModelBase> {
  return (await firstMatching(cls, search)) ?? newFromSearch(cls, search, extra)
}

export async function firstOrCreate(
  cls: ModelCtor,
  search: Attributes,
  extra: Attributes = {},
): Promise<ModelBase> {
  const existing = await firstMatching(cls, search)
  return existing ?? saveOrThrow(cls, newFromSearch(cls, search, extra), undefined)
}

export async function updateOrCreate(
  cls: ModelCtor,
  search: Attributes,
  values: Attributes = {},
): Promise<ModelBase> {
  const existing = await firstMatching(cls, search)
  if (!existing) return saveOrThrow(cls, newFromSearch(cls, search, values), undefined)
  if (!(await existing.update(values))) throw new OperationCancelledError(cls.modelName, 'updating')
  return existing
}

export async function destroy(cls: ModelCtor, keys: unknown): Promise<number> {
  const list = Array.isArray(keys) ? keys : [keys]
  const models = await Promise.all(list.map((key) => find(cls, keyAttributes(cls.entity(), key))))
  let deleted = 0
  for (const model of models) if (model && (await model.delete())) deleted += 1
  return deleted
}

export function on(cls: ModelCtor, event: ModelEvent, hook: ModelHook<never>): () => void {
  if (!Object.hasOwn(cls, '$hooks')) cls.$hooks = new Map()
  noteClassHook()
  const hooks = cls.$hooks!
  const list = hooks.get(event) ?? []
  list.push(hook)
  hooks.set(event, list)
  return () => {
    const at = list.indexOf(hook)
    if (at >= 0) list.splice(at, 1)
  }
}
