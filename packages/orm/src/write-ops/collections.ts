import { add, deleteFromSet, listAppend, listPrepend, remove } from '@dbtooling/dynamo-client'
import { runAtomic } from './atomic-write'
import type { AtomicWriteOptions } from './conditions'
import { assertAttributeKind } from './run-atomic'
import type { CollectionKeys, ElementOf, InstanceOf, KeyOf, ModelCtor, ModelLike } from './types'

type Options = AtomicWriteOptions

/**
 * Adds elements to a set attribute server side (`ADD`, creating the set when missing); elements already
 * present stay once. No request is made for an empty list of values.
 *
 * @example
 * ```ts
 * await addToSet(post, 'tags', ['dynamodb', 'orm'])
 * await addToSet(Post, 'p1', 'tags', ['news']) // by key
 * ```
 */
export function addToSet<M extends ModelLike, K extends CollectionKeys<M>>(
  model: M,
  field: K,
  values: readonly ElementOf<M[K]>[],
  options?: Options,
): Promise<M>
export function addToSet<C extends ModelCtor, K extends CollectionKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  values: readonly ElementOf<InstanceOf<C>[K]>[],
  options?: Options,
): Promise<InstanceOf<C>>
export function addToSet(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return runAtomic('addToSet', first, rest, (target, [field, values, options]) => {
    const name = String(field)
    assertAttributeKind(target.entity, name, 'addToSet', ['set'])
    const list = values as readonly unknown[]
    if (list.length === 0) return null
    return {
      change: { operation: 'addToSet', fields: [name], actions: [add([name], new Set(list))] },
      conditions: options as Options,
    }
  })
}

/**
 * Removes elements from a set attribute server side (`DELETE`); an emptied set disappears.
 *
 * @example
 * ```ts
 * await removeFromSet(post, 'tags', ['draft'])
 * ```
 */
export function removeFromSet<M extends ModelLike, K extends CollectionKeys<M>>(
  model: M,
  field: K,
  values: readonly ElementOf<M[K]>[],
  options?: Options,
): Promise<M>
export function removeFromSet<C extends ModelCtor, K extends CollectionKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  values: readonly ElementOf<InstanceOf<C>[K]>[],
  options?: Options,
): Promise<InstanceOf<C>>
export function removeFromSet(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return runAtomic('removeFromSet', first, rest, (target, [field, values, options]) => {
    const name = String(field)
    assertAttributeKind(target.entity, name, 'removeFromSet', ['set'])
    const list = values as readonly unknown[]
    if (list.length === 0) return null
    const actions = [deleteFromSet([name], list)]
    return { change: { operation: 'removeFromSet', fields: [name], actions }, conditions: options as Options }
  })
}

/**
 * Appends to a list attribute server side (`list_append`, a missing list counts as empty).
 *
 * @example
 * ```ts
 * await appendToList(order, 'events', [{ at: Date.now(), kind: 'shipped' }])
 * ```
 */
export function appendToList<M extends ModelLike, K extends CollectionKeys<M>>(
  model: M,
  field: K,
  values: readonly ElementOf<M[K]>[],
  options?: Options,
): Promise<M>
export function appendToList<C extends ModelCtor, K extends CollectionKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  values: readonly ElementOf<InstanceOf<C>[K]>[],
  options?: Options,
): Promise<InstanceOf<C>>
export function appendToList(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return listWrite('appendToList', first, rest)
}

/**
 * Prepends to a list attribute server side (`list_append(values, list)`).
 *
 * @example
 * ```ts
 * await prependToList(feed, 'items', ['newest'])
 * ```
 */
export function prependToList<M extends ModelLike, K extends CollectionKeys<M>>(
  model: M,
  field: K,
  values: readonly ElementOf<M[K]>[],
  options?: Options,
): Promise<M>
export function prependToList<C extends ModelCtor, K extends CollectionKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  values: readonly ElementOf<InstanceOf<C>[K]>[],
  options?: Options,
): Promise<InstanceOf<C>>
export function prependToList(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return listWrite('prependToList', first, rest)
}

function listWrite(operation: 'appendToList' | 'prependToList', first: unknown, rest: readonly unknown[]) {
  return runAtomic(operation, first, rest, (target, [field, values, options]) => {
    const name = String(field)
    assertAttributeKind(target.entity, name, operation, ['array'])
    const list = values as readonly unknown[]
    if (list.length === 0) return null
    const build = operation === 'appendToList' ? listAppend : listPrepend
    const actions = [build([name], list, { createIfMissing: true })]
    return { change: { operation, fields: [name], actions }, conditions: options as Options }
  })
}

/**
 * Removes list elements by position server side (`REMOVE list[i]`); several indexes are removed from the
 * list as it was, so `[0, 2]` drops the first and the third element. Indexes past the end are ignored.
 *
 * @example
 * ```ts
 * await removeFromList(todo, 'steps', [0, 2]) // drops the first and the third step
 * ```
 */
export function removeFromList<M extends ModelLike, K extends CollectionKeys<M>>(
  model: M,
  field: K,
  indexes: number | readonly number[],
  options?: Options,
): Promise<M>
export function removeFromList<C extends ModelCtor, K extends CollectionKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  indexes: number | readonly number[],
  options?: Options,
): Promise<InstanceOf<C>>
export function removeFromList(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return runAtomic('removeFromList', first, rest, (target, [field, indexes, options]) => {
    const name = String(field)
    assertAttributeKind(target.entity, name, 'removeFromList', ['array'])
    const positions = [...new Set(typeof indexes === 'number' ? [indexes] : (indexes as readonly number[]))]
    for (const index of positions) {
      if (!Number.isSafeInteger(index) || index < 0)
        throw new RangeError(`removeFromList: bad list index ${index}`)
    }
    if (positions.length === 0) return null
    const actions = positions.map((index) => remove([name, index]))
    return {
      change: { operation: 'removeFromList', fields: [name], actions },
      conditions: options as Options,
    }
  })
}
