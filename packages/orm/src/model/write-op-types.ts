import type { AtomicWriteOptions, WriteConditions } from '../write-ops/conditions'
import type { InsertManyOptions } from '../write-ops/insert'
import type { CollectionKeys, ElementOf, NumericKeys } from '../write-ops/types'
import type {
  AnyDefinition,
  KeyInput,
  ModelAttributes,
  UpsertAttributes,
  WritableAttributes,
} from './attribute-types'

type Attrs<D extends AnyDefinition> = ModelAttributes<D>
type Ctor = abstract new (...args: never[]) => unknown
type Instance<C> = C extends abstract new (...args: never[]) => infer I ? I : never
type Amount = number | bigint
type Numeric<D extends AnyDefinition> = NumericKeys<Attrs<D>>
type Collection<D extends AnyDefinition> = CollectionKeys<Attrs<D>>
type Element<D extends AnyDefinition, K> = K extends keyof Attrs<D> ? ElementOf<Attrs<D>[K]> : never
type Field<D extends AnyDefinition> = keyof Attrs<D> & string

/** `model.addToSet(field, values)` and the other list/set updates on an instance; resolves to the instance. */
type CollectionMethod<D extends AnyDefinition> = <M, K extends Collection<D>>(
  this: M,
  field: K,
  values: readonly Element<D, K>[],
  options?: AtomicWriteOptions,
) => Promise<M>

/**
 * Atomic writes on a stored model (one UpdateItem each, computed by DynamoDB so concurrent writers never
 * lose an update); the instance is updated with the stored values. Same as the `increment(model, ...)`
 * functions of `@dbtooling/orm`.
 */
export interface WriteOpMethods<D extends AnyDefinition> {
  /** `ADD field by` (default 1) server side; only number attributes compile. */
  increment<K extends Numeric<D>>(field: K, by?: Amount, options?: AtomicWriteOptions): Promise<this>
  decrement<K extends Numeric<D>>(field: K, by?: Amount, options?: AtomicWriteOptions): Promise<this>
  /** Adds elements to a set attribute (`ADD`); present ones stay once. */
  addToSet: CollectionMethod<D>
  removeFromSet: CollectionMethod<D>
  /** Appends to / prepends to a list attribute (`list_append`), creating it when missing. */
  appendToList: CollectionMethod<D>
  prependToList: CollectionMethod<D>
  /** Removes list elements by position (`REMOVE list[i]`). */
  removeFromList<K extends Collection<D>>(
    field: K,
    indexes: number | readonly number[],
    options?: AtomicWriteOptions,
  ): Promise<this>
  /** Removes attributes from the stored item (`REMOVE`), freeing sparse index keys and unique guards. */
  removeAttribute<K extends Field<D>>(fields: K | readonly K[], options?: AtomicWriteOptions): Promise<this>
}

/** `Model.increment(key, field, by?)`: a counter update by key, typed to number attributes. */
type CounterStatic<D extends AnyDefinition> = <C extends Ctor, K extends Numeric<D>>(
  this: C,
  key: KeyInput<D>,
  field: K,
  by?: Amount,
  options?: AtomicWriteOptions,
) => Promise<Instance<C>>

/** `Model.addToSet(key, field, values)` and the other list/set updates by key. */
type CollectionStatic<D extends AnyDefinition> = <C extends Ctor, K extends Collection<D>>(
  this: C,
  key: KeyInput<D>,
  field: K,
  values: readonly Element<D, K>[],
  options?: AtomicWriteOptions,
) => Promise<Instance<C>>

/** The write helpers as statics: `User.insertMany(rows)`, `Post.increment('p1', 'views')`. */
export interface WriteOpStatics<D extends AnyDefinition> {
  /** PutItem failing when the key exists; no hooks, no mass-assignment filter (Eloquent's `insert`). */
  insert<C extends Ctor>(
    this: C,
    attributes: WritableAttributes<D>,
    options?: Pick<WriteConditions, 'condition'>,
  ): Promise<Instance<C>>
  /** Chunked BatchWriteItem (or transactions when unique attributes/conditions need them), nothing lost. */
  insertMany<C extends Ctor>(
    this: C,
    rows: readonly WritableAttributes<D>[],
    options?: InsertManyOptions,
  ): Promise<Instance<C>[]>
  /** Creates the item or updates the given attributes of the existing one, in one UpdateItem. */
  upsert<C extends Ctor>(
    this: C,
    attributes: UpsertAttributes<D>,
    options?: WriteConditions,
  ): Promise<Instance<C>>
  increment: CounterStatic<D>
  decrement: CounterStatic<D>
  addToSet: CollectionStatic<D>
  removeFromSet: CollectionStatic<D>
  appendToList: CollectionStatic<D>
  prependToList: CollectionStatic<D>
  removeFromList<C extends Ctor, K extends Collection<D>>(
    this: C,
    key: KeyInput<D>,
    field: K,
    indexes: number | readonly number[],
    options?: AtomicWriteOptions,
  ): Promise<Instance<C>>
  removeAttribute<C extends Ctor, K extends Field<D>>(
    this: C,
    key: KeyInput<D>,
    fields: K | readonly K[],
    options?: AtomicWriteOptions,
  ): Promise<Instance<C>>
  /** Deletes by key for good, only if the conditions hold; no hooks (use `model.delete()` for those). */
  deleteByKey(
    key: KeyInput<D>,
    options?: Omit<WriteConditions, 'ifNotExists' | 'returnItemOnFailure'>,
  ): Promise<void>
}
