import type { AnyDefinition, KeyInput } from '../model/attribute-types'

type Ctor = abstract new (...args: never[]) => unknown

/**
 * A model class made by `Model(def)` (or a subclass of one).
 *
 * @example
 * ```ts
 * async function wipe(model: ModelCtor, key: KeyOf<ModelCtor>) {
 *   await deleteByKey(model, key)
 * }
 * ```
 */
export type ModelCtor = Ctor & { readonly definition: AnyDefinition; readonly modelName: string }

/**
 * The instance type a model class creates: `InstanceOf<typeof User>` is `User`.
 *
 * @example
 * ```ts
 * type UserRow = InstanceOf<typeof User> // User
 * const user: UserRow = await User.findOrFail('u1')
 * ```
 */
export type InstanceOf<C> = C extends abstract new (...args: never[]) => infer I ? I : never

/**
 * The primary key a model class accepts: the bare id, or an object of key attributes.
 *
 * @example
 * ```ts
 * const key: KeyOf<typeof User> = 'u1'
 * await deleteByKey(User, key)
 * ```
 */
export type KeyOf<C extends ModelCtor> = KeyInput<C['definition']>

/** What every model instance has at runtime; enough to tell an instance from a class in overloads. */
export interface ModelLike {
  readonly exists: boolean
  toStorage(): Record<string, unknown>
}

type AttributeKeys<M> = Exclude<keyof M, keyof ModelLike> & string

/**
 * Attributes of `M` holding numbers: the only ones `increment`/`decrement` accept.
 *
 * @example
 * ```ts
 * const field: NumericKeys<InstanceType<typeof Post>> = 'views'
 * await increment(post, field)
 * ```
 */
export type NumericKeys<M> = {
  [K in AttributeKeys<M>]-?: [NonNullable<M[K]>] extends [never]
    ? never
    : NonNullable<M[K]> extends number | bigint
      ? K
      : never
}[AttributeKeys<M>]

/**
 * Attributes of `M` holding lists or sets (arrays in the model, lists or sets in DynamoDB).
 *
 * @example
 * ```ts
 * const field: CollectionKeys<InstanceType<typeof Post>> = 'tags'
 * await addToSet(post, field, ['news'])
 * ```
 */
export type CollectionKeys<M> = {
  [K in AttributeKeys<M>]-?: [NonNullable<M[K]>] extends [never]
    ? never
    : NonNullable<M[K]> extends readonly unknown[] | ReadonlySet<unknown>
      ? K
      : never
}[AttributeKeys<M>]

/**
 * Element type of a list or set attribute.
 *
 * @example
 * ```ts
 * type Tag = ElementOf<string[]> // string
 * const tags: Tag[] = ['news']
 * ```
 */
export type ElementOf<V> =
  NonNullable<V> extends readonly (infer E)[] ? E : NonNullable<V> extends ReadonlySet<infer E> ? E : never

/**
 * Every attribute name of `M` (what `removeAttribute` takes).
 *
 * @example
 * ```ts
 * const field: AttributeNames<InstanceType<typeof Task>> = 'dueAt'
 * await removeAttribute(task, field)
 * ```
 */
export type AttributeNames<M> = AttributeKeys<M>
