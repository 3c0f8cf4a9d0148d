import type {
  InferAttributes,
  InferFillable,
  InferForeignKeys,
  InferHidden,
  ModelDefinition,
} from '@dbtooling/schema'

/**
 * A model definition as the ORM accepts it (a Stacks model object or `defineModel()` result).
 *
 * @example
 * ```ts
 * function describeModel(definition: AnyDefinition): string {
 *   return `${definition.name}: ${Object.keys(definition.attributes ?? {}).join(', ')}`
 * }
 * ```
 */
export type AnyDefinition = ModelDefinition

type Traits<D> = D extends { readonly traits: infer T } ? T : Record<never, never>
type TraitOn<D, Name extends string> =
  Traits<D> extends { readonly [K in Name]: infer V } ? (V extends false | undefined ? never : V) : never

/**
 * Primary key attribute names, e.g. `'id'`.
 *
 * @example
 * ```ts
 * type UserKey = PrimaryKeyOf<typeof userDefinition> // 'id'
 * ```
 */
export type PrimaryKeyOf<D> = D extends { readonly primaryKey: infer P }
  ? P extends string
    ? P
    : P extends readonly (infer Q extends string)[]
      ? Q
      : never
  : 'id'

type CustomCastType<A> = A extends { readonly cast: { readonly get: (...args: never[]) => infer R } }
  ? R
  : A extends { readonly get: (...args: never[]) => infer R }
    ? R
    : never

type Declared<D> = D extends { readonly attributes: infer A } ? A : Record<never, never>

type TtlFields<D> = [TraitOn<D, 'useTtl'>] extends [never]
  ? Record<never, never>
  : {
      [K in TraitOn<D, 'useTtl'> extends { readonly attribute: infer N extends string } ? N : 'ttl']?: number
    }

type Simplify<T> = { [K in keyof T]: T[K] } & {}

/**
 * The attribute types of a model instance: the schema's inference, with custom casts and `get` accessors
 * giving their own return type, plus the TTL attribute when the model uses TTL.
 *
 * @example
 * ```ts
 * function greet(user: ModelAttributes<typeof userDefinition>): string {
 *   return `Hello ${user.name ?? user.email}`
 * }
 * ```
 */
export type ModelAttributes<D extends AnyDefinition> = Simplify<
  {
    [K in keyof InferAttributes<D>]: K extends keyof Declared<D>
      ? [CustomCastType<Declared<D>[K]>] extends [never]
        ? InferAttributes<D>[K]
        : CustomCastType<Declared<D>[K]> | (undefined extends InferAttributes<D>[K] ? undefined : never)
      : InferAttributes<D>[K]
  } & TtlFields<D>
>

type TimestampNames<D> = [TraitOn<D, 'useTimestamps'> | TraitOn<D, 'timestampable'>] extends [never]
  ? never
  : TraitOn<D, 'useTimestamps'> | TraitOn<D, 'timestampable'> extends infer T
    ?
        | (T extends { readonly createdAt: infer C extends string } ? C : 'createdAt')
        | (T extends { readonly updatedAt: infer U extends string } ? U : 'updatedAt')
    : never

type SoftDeleteName<D> = [TraitOn<D, 'useSoftDeletes'> | TraitOn<D, 'softDeletable'>] extends [never]
  ? never
  : TraitOn<D, 'useSoftDeletes'> | TraitOn<D, 'softDeletable'> extends infer S
    ? S extends { readonly attribute: infer N extends string }
      ? N
      : 'deletedAt'
    : never

type GeneratedKey<D> = [TraitOn<D, 'useUuid'>] extends [never] ? never : PrimaryKeyOf<D>

/**
 * Attributes the ORM manages itself: generated ids, timestamps, the soft-delete marker.
 *
 * @example
 * ```ts
 * type Managed = AutoManagedKeys<typeof userDefinition> // 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'
 * ```
 */
export type AutoManagedKeys<D extends AnyDefinition> = GeneratedKey<D> | TimestampNames<D> | SoftDeleteName<D>

type Guarded<D> = D extends { readonly guarded: readonly (infer G extends string)[] } ? G : never

type Writable<D extends AnyDefinition> = Omit<ModelAttributes<D>, AutoManagedKeys<D>>

/**
 * Names that `fill()`/`create()` accept: the `fillable` attributes when the model marks any (plus relation
 * foreign keys, and the primary key unless it is generated), otherwise every attribute; minus `guarded` and auto-managed ones.
 *
 * @example
 * ```ts
 * type Fillable = FillableKeys<typeof userDefinition> // e.g. 'email' | 'name' | 'password'
 * const allowed: Fillable[] = ['email', 'name']
 * ```
 */
export type FillableKeys<D extends AnyDefinition> = Exclude<
  [InferFillable<D>] extends [never]
    ? keyof Writable<D> & string
    :
        | InferFillable<D>
        | InferForeignKeys<D>
        | Exclude<PrimaryKeyOf<D>, GeneratedKey<D>>
        | (keyof TtlFields<D> & string),
  Guarded<D> | AutoManagedKeys<D>
>

/** Primary key attributes that may be left out because the ORM generates them when missing. */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never
type OptionalKey<D> = D extends { readonly autoIncrement: false }
  ? never
  : true extends IsUnion<PrimaryKeyOf<D>>
    ? never
    : PrimaryKeyOf<D>

type Fillable<D extends AnyDefinition> = Pick<Writable<D>, FillableKeys<D> & keyof Writable<D>>

/**
 * What `Model.create()` and `new Model()` accept: mass-assignable attributes, required ones required.
 *
 * @example
 * ```ts
 * const attributes: CreateAttributes<typeof userDefinition> = { email: 'ada@example.com', name: 'Ada' }
 * const user = await User.create(attributes)
 * ```
 */
export type CreateAttributes<D extends AnyDefinition> = Simplify<
  Omit<Fillable<D>, OptionalKey<D>> & Partial<Pick<Fillable<D>, OptionalKey<D> & keyof Fillable<D>>>
>

/**
 * What `forceFill()`/`forceCreate()` accept: every attribute except auto-managed ones.
 *
 * @example
 * ```ts
 * const row: WritableAttributes<typeof userDefinition> = { email: 'ada@example.com', isAdmin: true }
 * await User.forceCreate(row)
 * ```
 */
export type WritableAttributes<D extends AnyDefinition> = Simplify<Writable<D>>

/**
 * What `upsert()` accepts: the primary key (even a generated one, so `{ id, ...changes }` works on a
 * `useUuid` model) and any other writable attributes, all optional since only the given ones are written.
 *
 * @example
 * ```ts
 * const row: UpsertAttributes<typeof userDefinition> = { id: 'u1', name: 'Ada' }
 * await upsert(User, row)
 * ```
 */
export type UpsertAttributes<D extends AnyDefinition> = Simplify<
  { readonly [K in PrimaryKeyOf<D> & keyof ModelAttributes<D>]: NonNullable<ModelAttributes<D>[K]> } & {
    readonly [K in Exclude<keyof Writable<D>, PrimaryKeyOf<D>>]?: Writable<D>[K]
  }
>

/**
 * What `update()`/`fill()` accept: mass-assignable attributes, all optional.
 *
 * @example
 * ```ts
 * const changes: UpdateAttributes<typeof userDefinition> = { name: 'Ada Lovelace' }
 * await user.update(changes)
 * ```
 */
export type UpdateAttributes<D extends AnyDefinition> = Partial<CreateAttributes<D>>

/**
 * What `firstOrCreate`/`firstOrNew`/`updateOrCreate` search by: what `create()` takes, or the primary key
 * (generated ids included: the row is looked up, and created, under it) with any fillable attributes.
 *
 * @example
 * ```ts
 * const search: SearchAttributes<typeof projectDefinition> = { id: 'p1' }
 * const project = await Project.firstOrCreate(search, { name: 'Launch' })
 * ```
 */
export type SearchAttributes<D extends AnyDefinition> =
  | CreateAttributes<D>
  | (UpdateAttributes<D> & { readonly [K in PrimaryKeyOf<D>]: string | number })

/**
 * Attribute names hidden from `toJSON()`.
 *
 * @example
 * ```ts
 * type Hidden = HiddenKeys<typeof userDefinition> // 'password'
 * ```
 */
export type HiddenKeys<D extends AnyDefinition> = InferHidden<D>

/**
 * What `toJSON()` returns.
 *
 * @example
 * ```ts
 * const json: SerializedAttributes<typeof userDefinition> = user.toJSON() // no password
 * ```
 */
export type SerializedAttributes<D extends AnyDefinition> = Simplify<Omit<ModelAttributes<D>, HiddenKeys<D>>>

/**
 * A primary key value: the bare id, or an object of every key attribute (composite keys need the object).
 * Other attributes may join it: a collection child's parent id makes `find({ id, taskId })` a GetItem.
 *
 * @example
 * ```ts
 * const byId: KeyInput<typeof userDefinition> = 'u1'
 * const composite: KeyInput<typeof membershipDefinition> = { teamId: 't1', userId: 'u1' }
 * await User.find(byId)
 * ```
 */
export type KeyInput<D extends AnyDefinition> =
  | string
  | number
  | ({ readonly [K in PrimaryKeyOf<D>]: string | number } & {
      readonly [K in Exclude<keyof ModelAttributes<D>, PrimaryKeyOf<D>>]?: string | number
    })
