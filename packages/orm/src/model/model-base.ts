// biome-ignore-all lint/complexity/noThisInStatic: statics use `this` so subclasses (class User extends Model(def)) get their own class back

import type { Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { MissingOrmError } from '../errors/misc-errors'
import type { EagerInput, RelationConstraint } from '../loading/eager-spec'
import { observeCall } from '../observability/observe-call'
import { getDefaultOrm, type OrmHandle } from '../orm/default-orm'
import { createQueryBuilder } from '../query/create-query-builder'
import type { CompiledEntity } from '../storage/compiled-entity'
import type { WriteConditions } from '../write-ops/conditions'
import type { InsertManyOptions } from '../write-ops/insert'
import * as writes from '../write-ops/runners'
import { defineAttributeAccessors } from './accessors'
import { AttributeModel } from './attribute-model'
import { findMany } from './find-many'
import type { ModelEvent, ModelHook } from './hooks'
import type { FindOptions } from './instance-types'
import { type ModelMeta, modelMeta } from './model-meta'
import type { SaveOptions } from './persist'
import * as life from './persist-calls'
import { refreshModel } from './refresh'
import type { RelationMethods } from './relation-types'
import { replicateModel } from './replicate'
import type { ScopeFunction } from './scopes'
import * as statics from './statics'
import type { ConditionOptions } from './write-condition'

type Attributes = Record<string, unknown>
type Amount = number | bigint
type Writes = WriteConditions

/** Calls an overloaded write helper with a model (instance or class) and the rest of its arguments. */
function atomic<R>(
  helper: (...args: never[]) => Promise<unknown>,
  target: unknown,
  rest: unknown[],
): Promise<R> {
  // Trailing undefined arguments are dropped so the helper applies its own defaults.
  while (rest.length > 0 && rest[rest.length - 1] === undefined) rest.pop()
  return (helper as (...args: unknown[]) => Promise<unknown>)(target, ...rest) as Promise<R>
}

/** The builder methods the statics forward to (typed precisely by `ModelStatics`). */
interface QueryLike {
  where(...args: unknown[]): QueryLike
  with(...relations: EagerInput[]): QueryLike
  withCount(...relations: EagerInput[]): QueryLike
  has(relation: string): QueryLike
  whereHas(relation: string, constraint?: RelationConstraint): QueryLike
  get(): Promise<unknown>
  first(): Promise<unknown>
  withTrashed(): QueryLike
  onlyTrashed(): QueryLike
  withoutGlobalScope(name: string): QueryLike
  withoutGlobalScopes(names?: readonly string[]): QueryLike
  scope(name: string, ...args: unknown[]): QueryLike
}

interface ClassSetup {
  readonly ctx: OrmContext
  readonly meta: ModelMeta
}

const setups = new WeakMap<typeof ModelBase, ClassSetup>()

/**
 * What every instance of a class needs: its context (resolved on every call: tenancy swaps it), the
 * entity's metadata and the attribute accessors on the prototype, the last two worked out once per
 * context, so a query hydrating many models pays one lookup per instance for them.
 */
function setupOf(ctor: typeof ModelBase): ClassSetup {
  const known = setups.get(ctor)
  // The class was registered with its context when the setup was made: only the context is looked at again.
  if (known !== undefined && known.ctx === (ctor.$orm ?? getDefaultOrm())?.ctx) return known
  const ctx = ctor.ctx()
  const meta = modelMeta(ctx.entity(ctor.modelName))
  defineAttributeAccessors((ctor.$base ?? ctor).prototype, meta)
  const setup = { ctx, meta }
  setups.set(ctor, setup)
  return setup
}

/**
 * The relation methods the relations module installs on every instance, declared here so published types carry them.
 *
 * @example
 * ```ts
 * const row: ModelBase = await User.findOrFail('u1')
 * await row.load('posts')
 * ```
 */
export interface ModelBase extends RelationMethods {}

/**
 * Runtime base of every model class. Attribute properties (`user.email`) are accessors that
 * `Model(def)` defines on its prototype; state lives in `$state` so attribute names never clash with it.
 * Types come from `ModelInstance<D>`/`ModelClass<D>`, not from this class.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: installRelations() defines the merged interface's methods on the prototype
export class ModelBase extends AttributeModel {
  /** The definition the class was made from (set by `Model(def)`). */
  static definition: { readonly name: string }
  /** Model name, e.g. `'User'`. */
  static modelName: string
  /** ORM this class is bound to; null means the default ORM. */
  static $orm: OrmHandle | null = null
  static $hooks: Map<ModelEvent, ModelHook<never>[]> | undefined
  /** The class `Model(def)` generated; attribute properties live on its prototype. */
  static $base: typeof ModelBase | undefined

  /** The context of the ORM this class uses; throws when none was created. */
  static ctx(): OrmContext {
    const orm = this.$orm ?? getDefaultOrm()
    if (!orm) throw new MissingOrmError(this.modelName)
    orm.ctx.models.register(this)
    return orm.ctx
  }

  static entity(): CompiledEntity {
    return this.ctx().entity(this.modelName)
  }

  static find(key: unknown, options?: FindOptions): Promise<ModelBase | null> {
    return statics.find(this, key, options)
  }

  static findOrFail(key: unknown, options?: FindOptions): Promise<ModelBase> {
    return statics.findOrFail(this, key, options)
  }

  static findMany(keys: readonly unknown[], options?: FindOptions): Promise<ModelBase[]> {
    return findMany(this, keys, options)
  }

  static create(attributes: Attributes, options?: SaveOptions): Promise<ModelBase> {
    return statics.create(this, attributes, options)
  }

  static forceCreate(attributes: Attributes, options?: SaveOptions): Promise<ModelBase> {
    return statics.forceCreate(this, attributes, options)
  }

  static firstOrCreate(search: Attributes, extra?: Attributes): Promise<ModelBase> {
    return statics.firstOrCreate(this, search, extra)
  }

  static firstOrNew(search: Attributes, extra?: Attributes): Promise<ModelBase> {
    return statics.firstOrNew(this, search, extra)
  }

  static updateOrCreate(search: Attributes, values?: Attributes): Promise<ModelBase> {
    return statics.updateOrCreate(this, search, values)
  }

  static destroy(keys: unknown): Promise<number> {
    return statics.destroy(this, keys)
  }

  // Write helpers as statics (typed by `WriteOpStatics`); each forwards to the function of the same name.
  static insert(attributes: Attributes, options?: Writes): Promise<ModelBase> {
    return writes.insert(this as never, attributes as never, options) as Promise<ModelBase>
  }

  static insertMany(rows: readonly Attributes[], options?: InsertManyOptions): Promise<ModelBase[]> {
    return writes.insertMany(this as never, rows as never, options) as Promise<ModelBase[]>
  }

  static upsert(attributes: Attributes, options?: Writes): Promise<ModelBase> {
    return writes.upsert(this as never, attributes as never, options) as Promise<ModelBase>
  }

  static increment(key: unknown, field: string, by?: Amount, options?: Writes): Promise<ModelBase> {
    return atomic(writes.increment, this, [key, field, by, options])
  }

  static decrement(key: unknown, field: string, by?: Amount, options?: Writes): Promise<ModelBase> {
    return atomic(writes.decrement, this, [key, field, by, options])
  }

  static addToSet(
    key: unknown,
    field: string,
    values: readonly unknown[],
    options?: Writes,
  ): Promise<ModelBase> {
    return atomic(writes.addToSet, this, [key, field, values, options])
  }

  static removeFromSet(
    key: unknown,
    field: string,
    values: readonly unknown[],
    options?: Writes,
  ): Promise<ModelBase> {
    return atomic(writes.removeFromSet, this, [key, field, values, options])
  }

  static appendToList(
    key: unknown,
    field: string,
    values: readonly unknown[],
    options?: Writes,
  ): Promise<ModelBase> {
    return atomic(writes.appendToList, this, [key, field, values, options])
  }

  static prependToList(
    key: unknown,
    field: string,
    values: readonly unknown[],
    options?: Writes,
  ): Promise<ModelBase> {
    return atomic(writes.prependToList, this, [key, field, values, options])
  }

  static removeFromList(
    key: unknown,
    field: string,
    indexes: number | readonly number[],
    options?: Writes,
  ): Promise<ModelBase> {
    return atomic(writes.removeFromList, this, [key, field, indexes, options])
  }

  static removeAttribute(
    key: unknown,
    fields: string | readonly string[],
    options?: Writes,
  ): Promise<ModelBase> {
    return atomic(writes.removeAttribute, this, [key, fields, options])
  }

  static deleteByKey(key: unknown, options?: Writes): Promise<void> {
    return writes.deleteByKey(this as never, key as never, options)
  }

  static on(event: ModelEvent, hook: ModelHook<never>): () => void {
    return statics.on(this, event, hook)
  }

  static hydrate(item: Readonly<Attributes>): ModelBase {
    return statics.hydrateChecked(this, item)
  }

  static query(): QueryLike {
    return createQueryBuilder(this.ctx(), this.modelName, this) as unknown as QueryLike
  }

  static where(...args: unknown[]): QueryLike {
    return this.query().where(...args)
  }

  static with(...relations: EagerInput[]): QueryLike {
    return this.query().with(...relations)
  }

  static withCount(...relations: EagerInput[]): QueryLike {
    return this.query().withCount(...relations)
  }

  static has(relation: string): QueryLike {
    return this.query().has(relation)
  }

  static whereHas(relation: string, constraint?: RelationConstraint): QueryLike {
    return this.query().whereHas(relation, constraint)
  }

  static all(): Promise<unknown> {
    return this.query().get()
  }

  static withTrashed(): QueryLike {
    return this.query().withTrashed()
  }

  static onlyTrashed(): QueryLike {
    return this.query().onlyTrashed()
  }

  static withoutGlobalScope(name: string): QueryLike {
    return this.query().withoutGlobalScope(name)
  }

  static withoutGlobalScopes(names?: readonly string[]): QueryLike {
    return this.query().withoutGlobalScopes(names)
  }

  static scope(name: string, ...args: unknown[]): QueryLike {
    return this.query().scope(name, ...args)
  }

  static addGlobalScope(name: string, scope: ScopeFunction | Condition): void {
    const entry = typeof scope === 'function' ? { name, apply: scope } : { name, condition: scope }
    this.ctx().scopes.addGlobal(this.modelName, entry)
  }

  static removeGlobalScope(name: string): boolean {
    return this.ctx().scopes.removeGlobal(this.modelName, name)
  }

  static addScope(name: string, scope: ScopeFunction): void {
    this.ctx().scopes.addLocal(this.modelName, name, scope)
  }

  constructor(attributes?: Readonly<Attributes>) {
    const { ctx, meta } = setupOf(new.target as typeof ModelBase)
    super(ctx, meta, attributes)
  }

  save(options?: SaveOptions): Promise<boolean> {
    if (this.$ctx.options.observer) return this.#observed('save', () => this.#save(options))
    return this.#save(options)
  }

  #save(options: SaveOptions | undefined): Promise<boolean> {
    return this.$state.exists ? life.updateModel(this, options) : life.insertModel(this, options)
  }

  /** A write under observation: `User.save` spans, its capacity booked to (User, save). */
  #observed(method: string, write: () => Promise<boolean>): Promise<boolean> {
    const entity = (this.constructor as typeof ModelBase).modelName
    return observeCall(this.$ctx, `${entity}.${method}`, { entity, pattern: method }, write)
  }

  update(attributes: Readonly<Attributes>, options?: SaveOptions): Promise<boolean> {
    return this.fill(attributes).save(options)
  }

  delete(options?: ConditionOptions): Promise<boolean> {
    if (this.$ctx.options.observer) return this.#observed('delete', () => life.deleteModel(this, options))
    return life.deleteModel(this, options)
  }

  forceDelete(options?: ConditionOptions): Promise<boolean> {
    if (this.$ctx.options.observer)
      return this.#observed('forceDelete', () => life.forceDeleteModel(this, options))
    return life.forceDeleteModel(this, options)
  }

  /**
   * The stored version of a versioned model (`useVersioning`): 1 after create, one more per write, 0 while
   * unsaved; null for models without versioning. Usable as an ETag (`save({ expectVersion })`).
   */
  get version(): number | null {
    return this.$meta.entity.versionAttribute === null ? null : this.$state.version
  }

  restore(): Promise<boolean> {
    return life.restoreModel(this)
  }

  // Atomic writes on this stored model (typed by `WriteOpMethods`); the instance takes the stored values.
  increment(field: string, by?: Amount, options?: Writes): Promise<this> {
    return atomic(writes.increment, this, [field, by, options])
  }

  decrement(field: string, by?: Amount, options?: Writes): Promise<this> {
    return atomic(writes.decrement, this, [field, by, options])
  }

  addToSet(field: string, values: readonly unknown[], options?: Writes): Promise<this> {
    return atomic(writes.addToSet, this, [field, values, options])
  }

  removeFromSet(field: string, values: readonly unknown[], options?: Writes): Promise<this> {
    return atomic(writes.removeFromSet, this, [field, values, options])
  }

  appendToList(field: string, values: readonly unknown[], options?: Writes): Promise<this> {
    return atomic(writes.appendToList, this, [field, values, options])
  }

  prependToList(field: string, values: readonly unknown[], options?: Writes): Promise<this> {
    return atomic(writes.prependToList, this, [field, values, options])
  }

  removeFromList(field: string, indexes: number | readonly number[], options?: Writes): Promise<this> {
    return atomic(writes.removeFromList, this, [field, indexes, options])
  }

  removeAttribute(fields: string | readonly string[], options?: Writes): Promise<this> {
    return atomic(writes.removeAttribute, this, [fields, options])
  }

  trashed(): boolean {
    const attribute = this.$meta.softDelete
    return attribute !== null && this.$state.attributes[attribute] != null
  }

  refresh(): Promise<this> {
    return refreshModel(this)
  }

  replicate(except: readonly string[] = []): this {
    return replicateModel(this, except)
  }
}
