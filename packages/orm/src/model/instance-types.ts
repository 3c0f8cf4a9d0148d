import type { Condition } from '@dbtooling/dynamo-client'
import type { InferAttributes } from '@dbtooling/schema'
import type { Factory } from '../factories/factory'
import type { FactoryAttributes } from '../factories/factory-types'
import type { EagerInput, RelationConstraint } from '../loading/eager-spec'
import type {
  AttributeName,
  ComparisonOperator,
  FieldValue,
  ModelQuery,
  ResultCollection,
  WhereObject,
} from '../query/index'
import type { RelationPath } from '../query/relation-paths'
import type {
  AnyDefinition,
  CreateAttributes,
  HiddenKeys,
  KeyInput,
  ModelAttributes,
  SearchAttributes,
  SerializedAttributes,
  UpdateAttributes,
  WritableAttributes,
} from './attribute-types'
import type { ModelEvent, ModelHook } from './hooks'
import type { ModelBase } from './model-base'
import type { SaveOptions } from './persist'
import type { RelationAccessors, RelationName, TypedRelationMethods } from './relation-types'
import type { ToJSONOptions } from './serialize'
import type { ConditionOptions } from './write-condition'
import type { WriteOpMethods, WriteOpStatics } from './write-op-types'

type Attrs<D extends AnyDefinition> = ModelAttributes<D>
type Name<D extends AnyDefinition> = keyof Attrs<D> & string

/**
 * Methods of every model instance of definition `D` (attribute properties come from `ModelInstance`).
 *
 * @example
 * ```ts
 * async function rename(user: ModelMethods<typeof userDefinition>, name: string) {
 *   user.setAttribute('name', name)
 *   await user.save()
 * }
 * ```
 */
export interface ModelMethods<D extends AnyDefinition> extends TypedRelationMethods<D>, WriteOpMethods<D> {
  /** True once stored (created, or read from DynamoDB). */
  readonly exists: boolean
  getAttribute<K extends Name<D>>(name: K): Attrs<D>[K]
  setAttribute<K extends Name<D>>(name: K, value: Attrs<D>[K]): this
  get<K extends Name<D>>(name: K): Attrs<D>[K]
  set<K extends Name<D>>(name: K, value: Attrs<D>[K]): this
  /** Mass assignment: fillable attributes only; others ignored or rejected per the `massAssignment` option. */
  fill(attributes: UpdateAttributes<D>): this
  /** Assignment without mass-assignment protection. */
  forceFill(attributes: Partial<WritableAttributes<D>>): this
  /** Insert (new) or update of dirty attributes (stored). Resolves false when a hook cancelled it. */
  save(options?: SaveOptions<ModelQuery<D>>): Promise<boolean>
  /** fill() then save(). */
  update(attributes: UpdateAttributes<D>, options?: SaveOptions<ModelQuery<D>>): Promise<boolean>
  /** Soft delete when the model uses soft deletes, else a real delete. Resolves false when cancelled. */
  delete(options?: ConditionOptions<ModelQuery<D>>): Promise<boolean>
  /** Deletes for good, even with soft deletes. */
  forceDelete(options?: ConditionOptions<ModelQuery<D>>): Promise<boolean>
  /** The stored version (`useVersioning`): 1 after create, +1 per write, 0 unsaved; null without versioning. */
  readonly version: number | null
  /** Undoes a soft delete. */
  restore(): Promise<boolean>
  /** True when soft-deleted. */
  trashed(): boolean
  /** Reloads attributes from DynamoDB (strongly consistent). */
  refresh(): Promise<this>
  /** A new, unsaved copy without key, timestamps and the listed attributes. */
  replicate(except?: readonly Name<D>[]): this
  isDirty(...names: Name<D>[]): boolean
  isClean(...names: Name<D>[]): boolean
  wasChanged(...names: Name<D>[]): boolean
  getOriginal(): Partial<Attrs<D>>
  getOriginal<K extends Name<D>>(name: K): Attrs<D>[K] | undefined
  getDirty(): Partial<Attrs<D>>
  getChanges(): Partial<Attrs<D>>
  /** Attributes without hidden ones (accessors applied). */
  toJSON(options?: ToJSONOptions | string): SerializedAttributes<D>
  toArray(options?: ToJSONOptions): SerializedAttributes<D>
  only<K extends Name<D>>(...names: K[]): Pick<Attrs<D>, K>
  except<K extends Name<D>>(...names: K[]): Omit<Attrs<D>, K>
  makeVisible(...names: HiddenKeys<D>[]): this
  makeHidden(...names: Name<D>[]): this
  /** Storage-form attributes (what a write would store, keys excluded). */
  toStorage(): Record<string, unknown>
}

/**
 * A model instance: its attributes as properties, the model methods and one method per relation.
 *
 * @example
 * ```ts
 * type UserRow = ModelInstance<typeof userDefinition>
 * function label(user: UserRow): string {
 *   return user.email
 * }
 * ```
 */
export type ModelInstance<D extends AnyDefinition = AnyDefinition> = ModelMethods<D> &
  Attrs<D> &
  RelationAccessors<D>

type Ctor = abstract new (...args: never[]) => unknown
type Instance<C> = C extends abstract new (...args: never[]) => infer I ? I : never

/**
 * The static side of a model class made by `Model(def)`; statics return instances of the calling subclass.
 *
 * @example
 * ```ts
 * async function load<D extends AnyDefinition>(model: ModelStatics<D>, id: string) {
 *   return model.findOrFail(id)
 * }
 * ```
 */
export interface ModelStatics<D extends AnyDefinition> extends WriteOpStatics<D> {
  readonly definition: D
  readonly modelName: D['name']
  find<C extends Ctor>(this: C, key: KeyInput<D>, options?: FindOptions): Promise<Instance<C> | null>
  findOrFail<C extends Ctor>(this: C, key: KeyInput<D>, options?: FindOptions): Promise<Instance<C>>
  /** BatchGetItem for many keys (any number; chunked and retried). Order follows `keys`; missing ones are left out. */
  findMany<C extends Ctor>(
    this: C,
    keys: readonly KeyInput<D>[],
    options?: FindOptions,
  ): Promise<Instance<C>[]>
  /** Creates and saves. Throws OperationCancelledError when a hook cancels. */
  create<C extends Ctor>(
    this: C,
    attributes: CreateAttributes<D>,
    options?: SaveOptions,
  ): Promise<Instance<C>>
  /** Creates and saves without mass-assignment protection. */
  forceCreate<C extends Ctor>(
    this: C,
    attributes: WritableAttributes<D>,
    options?: SaveOptions,
  ): Promise<Instance<C>>
  /** Finds by key attributes in `search` or creates with `search` + `extra` (under the key `search` names). */
  firstOrCreate<C extends Ctor>(
    this: C,
    search: SearchAttributes<D>,
    extra?: UpdateAttributes<D>,
  ): Promise<Instance<C>>
  /** Like `firstOrCreate`, but the new model is returned unsaved (`exists` false). */
  firstOrNew<C extends Ctor>(
    this: C,
    search: SearchAttributes<D>,
    extra?: UpdateAttributes<D>,
  ): Promise<Instance<C>>
  /** Finds by key attributes in `search` and updates with `values`, or creates with both. */
  updateOrCreate<C extends Ctor>(
    this: C,
    search: SearchAttributes<D>,
    values?: UpdateAttributes<D>,
  ): Promise<Instance<C>>
  /** Deletes by key(s), firing hooks per model; resolves the number deleted. */
  destroy(keys: KeyInput<D> | readonly KeyInput<D>[]): Promise<number>
  /** Registers a lifecycle hook for this model (and its subclasses); returns a remover. */
  on<C extends Ctor>(this: C, event: ModelEvent, hook: ModelHook<Instance<C>>): () => void
  /** A model instance for a stored item (used by queries). */
  hydrate<C extends Ctor>(this: C, item: Readonly<Record<string, unknown>>): Instance<C>
  /** A new query builder over this model; results are instances of the calling class. */
  query<C extends Ctor>(this: C): ModelQuery<D, Instance<C>>
  /** `query().where(...)`. */
  where<C extends Ctor, K extends AttributeName<InferAttributes<D>>>(
    this: C,
    field: K,
    value: FieldValue<InferAttributes<D>, K> | null,
  ): ModelQuery<D, Instance<C>>
  where<C extends Ctor, K extends AttributeName<InferAttributes<D>>>(
    this: C,
    field: K,
    op: ComparisonOperator,
    value: FieldValue<InferAttributes<D>, K> | null,
  ): ModelQuery<D, Instance<C>>
  where<C extends Ctor>(this: C, values: WhereObject<InferAttributes<D>>): ModelQuery<D, Instance<C>>
  /** `query().with(...)`: eager loads relations; `User.with('posts').find(id)` reads the key, see `find`. */
  with<C extends Ctor>(this: C, ...relations: EagerInput<RelationPath<D>>[]): ModelQuery<D, Instance<C>>
  /** `query().withCount(...)`: top-level relation names. */
  withCount<C extends Ctor>(this: C, ...relations: EagerInput<RelationName<D>>[]): ModelQuery<D, Instance<C>>
  /** `query().has(relation)`. */
  has<C extends Ctor>(this: C, relation: RelationName<D>): ModelQuery<D, Instance<C>>
  /** `query().whereHas(relation, constraint?)`. */
  whereHas<C extends Ctor>(
    this: C,
    relation: RelationName<D>,
    constraint?: RelationConstraint,
  ): ModelQuery<D, Instance<C>>
  /** Every (non-trashed, scoped) item of the model. */
  all<C extends Ctor>(this: C): Promise<ResultCollection<Instance<C>>>
  /** `query().withTrashed()`: soft-deleted items included. */
  withTrashed<C extends Ctor>(this: C): ModelQuery<D, Instance<C>>
  /** `query().onlyTrashed()`: soft-deleted items only. */
  onlyTrashed<C extends Ctor>(this: C): ModelQuery<D, Instance<C>>
  /** `query().withoutGlobalScope(name)`. */
  withoutGlobalScope<C extends Ctor>(this: C, name: string): ModelQuery<D, Instance<C>>
  /** `query().withoutGlobalScopes(names?)`: all global scopes off when no names are given. */
  withoutGlobalScopes<C extends Ctor>(this: C, names?: readonly string[]): ModelQuery<D, Instance<C>>
  /** `query().scope(name, ...args)`: a local scope. */
  scope<C extends Ctor>(this: C, name: string, ...args: unknown[]): ModelQuery<D, Instance<C>>
  /** Registers a global scope applied to every query of this model: a builder function or a filter condition. */
  addGlobalScope(
    name: string,
    scope: ((query: ModelQuery<D, never>) => ModelQuery<D, never>) | Condition,
  ): void
  /** Removes a global scope for every later query. */
  removeGlobalScope(name: string): boolean
  /** A factory builder for this model (`defineFactory`'s, else the default one from the attributes). */
  factory<C extends Ctor & { readonly definition: D; readonly modelName: string }>(this: C): Factory<C>
  /** An unsaved, validated instance with realistic attributes: `factory().makeOne(overrides)`; nothing is sent. */
  fake<C extends Ctor & { readonly definition: D; readonly modelName: string }>(
    this: C,
    overrides?: FactoryAttributes<C>,
  ): Promise<Instance<C>>
  /** Registers a local scope, used with `query().scope(name, ...args)`. */
  addScope(name: string, scope: (query: ModelQuery<D, never>, ...args: never[]) => ModelQuery<D, never>): void
}

/**
 * Options of `find`, `findOrFail` and `findMany`: a strongly consistent read, and soft-deleted items.
 *
 * @example
 * ```ts
 * const options: FindOptions = { consistentRead: true, withTrashed: true }
 * const user = await User.find('u1', options)
 * ```
 */
export interface FindOptions {
  /** Strongly consistent read (default from the ORM options). */
  readonly consistentRead?: boolean
  /** Return soft-deleted items too. */
  readonly withTrashed?: boolean
}

/**
 * A model class: `new User({...})`, `User.find(id)`, `class Admin extends Model(userDef) {}`.
 *
 * @example
 * ```ts
 * function countOf<D extends AnyDefinition>(model: ModelClass<D>) {
 *   return model.query().count()
 * }
 * ```
 */
export type ModelClass<D extends AnyDefinition> = ModelStatics<D> &
  (new (
    attributes?: CreateAttributes<D>,
  ) => ModelInstance<D>) &
  Pick<typeof ModelBase, 'ctx' | 'entity' | '$orm'>
