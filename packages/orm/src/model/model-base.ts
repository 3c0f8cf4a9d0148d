// biome-ignore-all lint/complexity/noThisInStatic: statics use `this` so subclasses (class User extends Model(def)) get their own class back
import type { Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { MassAssignmentError, MissingOrmError } from '../errors/misc-errors'
import { getDefaultOrm, type OrmHandle } from '../orm/default-orm'
import { createQueryBuilder } from '../query/create-query-builder'
import type { CompiledEntity } from '../storage/compiled-entity'
import { defineAttributeAccessors } from './accessors'
import { cloneValue } from './casts'
import type { ModelEvent, ModelHook } from './hooks'
import { InstanceState } from './instance-state'
import type { FindOptions } from './instance-types'
import * as life from './lifecycle'
import { isFillable, type ModelMeta, modelMeta } from './model-meta'
import { insertModel, type SaveOptions, updateModel } from './persist'
import type { ScopeFunction } from './scopes'
import * as serialize from './serialize'
import * as statics from './statics'

type Attributes = Record<string, unknown>

/** The builder methods the statics forward to (typed precisely by `ModelStatics`). */
interface QueryLike {
  where(...args: unknown[]): QueryLike
  get(): Promise<unknown>
  withTrashed(): QueryLike
  onlyTrashed(): QueryLike
  withoutGlobalScope(name: string): QueryLike
  withoutGlobalScopes(names?: readonly string[]): QueryLike
  scope(name: string, ...args: unknown[]): QueryLike
}

/**
 * Runtime base of every model class. Attribute properties (`user.email`) are accessors that
 * `Model(def)` defines on its prototype; state lives in `$state` so attribute names never clash with it.
 * Types come from `ModelInstance<D>`/`ModelClass<D>`, not from this class.
 */
export class ModelBase {
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
    return statics.findMany(this, keys, options)
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

  static updateOrCreate(search: Attributes, values?: Attributes): Promise<ModelBase> {
    return statics.updateOrCreate(this, search, values)
  }

  static destroy(keys: unknown): Promise<number> {
    return statics.destroy(this, keys)
  }

  static on(event: ModelEvent, hook: ModelHook<never>): () => void {
    return statics.on(this, event, hook)
  }

  static hydrate(item: Readonly<Attributes>): ModelBase {
    return statics.hydrate(this, item)
  }

  static query(): QueryLike {
    return createQueryBuilder(this.ctx(), this.modelName, this) as unknown as QueryLike
  }

  static where(...args: unknown[]): QueryLike {
    return this.query().where(...args)
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

  // Plain fields (not defineProperty) keep construction cheap when a query hydrates many items.
  readonly $state: InstanceState
  readonly $ctx: OrmContext

  constructor(attributes?: Readonly<Attributes>) {
    const ctor = this.constructor as typeof ModelBase
    const ctx = ctor.ctx()
    const meta = modelMeta(ctx.entity(ctor.modelName))
    defineAttributeAccessors((ctor.$base ?? ctor).prototype, meta)
    this.$ctx = ctx
    this.$state = new InstanceState(meta)
    for (const [name, value] of Object.entries(meta.defaults))
      this.$state.attributes[name] = cloneValue(value)
    if (attributes) this.fill(attributes)
  }

  get $meta(): ModelMeta {
    return this.$state.meta
  }

  /** True once the model is stored (created, or read from DynamoDB). */
  get exists(): boolean {
    return this.$state.exists
  }

  getAttribute(name: string): unknown {
    const value = this.$state.attributes[name]
    const accessor = this.$meta.accessors.get(name)
    return accessor ? accessor(value, this.$state.attributes) : value
  }

  setAttribute(name: string, value: unknown): this {
    const mutator = this.$meta.mutators.get(name)
    const mutated = mutator ? mutator(value, this.$state.attributes) : value
    const caster = this.$meta.casters.get(name)
    this.$state.attributes[name] = caster ? caster.assign(mutated, this.$state.attributes) : mutated
    return this
  }

  get(name: string): unknown {
    return this.getAttribute(name)
  }

  set(name: string, value: unknown): this {
    return this.setAttribute(name, value)
  }

  /** Mass assignment: only fillable attributes; others are ignored or throw (`massAssignment` option). */
  fill(attributes: Readonly<Attributes>): this {
    const rejected: string[] = []
    for (const [name, value] of Object.entries(attributes)) {
      if (isFillable(this.$meta, name) && this.isKnownAttribute(name)) this.setAttribute(name, value)
      else rejected.push(name)
    }
    const strictUnknown = this.$ctx.options.strict && rejected.some((name) => !this.isKnownAttribute(name))
    if (rejected.length > 0 && (this.$ctx.options.massAssignment === 'throw' || strictUnknown)) {
      throw new MassAssignmentError(this.$meta.name, rejected)
    }
    return this
  }

  /** Assignment without mass-assignment protection (auto-managed attributes included). */
  forceFill(attributes: Readonly<Attributes>): this {
    for (const [name, value] of Object.entries(attributes)) this.setAttribute(name, value)
    return this
  }

  private isKnownAttribute(name: string): boolean {
    const design = this.$meta.entity.design
    const declaresAttributes = Object.keys(design.attributes).length > 0
    return !declaresAttributes || this.$meta.attributeNames.includes(name)
  }

  /** Storage-form attributes (what a write would store, keys not included). */
  toStorage(): Attributes {
    return this.$state.storage()
  }

  save(options?: SaveOptions): Promise<boolean> {
    return this.$state.exists ? updateModel(this, options) : insertModel(this, options)
  }

  update(attributes: Readonly<Attributes>, options?: SaveOptions): Promise<boolean> {
    return this.fill(attributes).save(options)
  }

  delete(): Promise<boolean> {
    return life.deleteModel(this)
  }

  forceDelete(): Promise<boolean> {
    return life.forceDeleteModel(this)
  }

  restore(): Promise<boolean> {
    return life.restoreModel(this)
  }

  trashed(): boolean {
    const attribute = this.$meta.softDelete
    return attribute !== null && this.$state.attributes[attribute] != null
  }

  refresh(): Promise<this> {
    return life.refreshModel(this)
  }

  replicate(except: readonly string[] = []): this {
    return life.replicateModel(this, except)
  }

  isDirty(...names: string[]): boolean {
    return serialize.isDirty(this.$state, names)
  }

  isClean(...names: string[]): boolean {
    return !serialize.isDirty(this.$state, names)
  }

  wasChanged(...names: string[]): boolean {
    return serialize.wasChanged(this.$state, names)
  }

  getOriginal(name?: string): unknown {
    return serialize.getOriginal(this.$state, name)
  }

  getDirty(): Attributes {
    return serialize.getDirty(this.$state)
  }

  getChanges(): Attributes {
    return { ...this.$state.changes }
  }

  toJSON(): Attributes {
    return serialize.visibleAttributes(this)
  }

  toArray(): Attributes {
    return serialize.visibleAttributes(this)
  }

  only(...names: string[]): Attributes {
    const out: Attributes = {}
    for (const name of names) out[name] = this.getAttribute(name)
    return out
  }

  except(...names: string[]): Attributes {
    const out: Attributes = {}
    for (const name of Object.keys(this.$state.attributes)) {
      if (!names.includes(name)) out[name] = this.getAttribute(name)
    }
    return out
  }

  makeVisible(...names: string[]): this {
    for (const name of names) {
      this.$state.visible.add(name)
      this.$state.hidden.delete(name)
    }
    return this
  }

  makeHidden(...names: string[]): this {
    for (const name of names) {
      this.$state.hidden.add(name)
      this.$state.visible.delete(name)
    }
    return this
  }
}
