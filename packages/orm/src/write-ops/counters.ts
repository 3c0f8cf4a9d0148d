import { runAtomic } from './atomic-write'
import type { AtomicWriteOptions } from './conditions'
import { counterBuilder } from './counter-builder'
import type { InstanceOf, KeyOf, ModelCtor, ModelLike, NumericKeys } from './types'

type Amount = number | bigint

/**
 * Adds `by` (default 1) to a number attribute server side (`ADD`), so concurrent increments never lose
 * one; a missing attribute counts as 0. Only number attributes compile. Touches `updatedAt`, bumps the
 * version of versioned models, and fails with ConditionalCheckFailedError when the item does not exist.
 * An `ADD` whose answer is lost after DynamoDB applied it is applied again by the retry: pass
 * `{ idempotent: true }` where a double count matters (see AtomicWriteOptions).
 *
 * ```ts
 * await increment(post, 'views')                  // instance: post.views is the new stored value
 * const p = await increment(Post, 'p1', 'views', 5) // by key: returns the updated Post
 * ```
 *
 * @example
 * ```ts
 * await increment(post, 'views')
 * const p = await increment(Post, 'p1', 'views', 5)
 * ```
 */
export function increment<M extends ModelLike, K extends NumericKeys<M>>(
  model: M,
  field: K,
  by?: Amount,
  options?: AtomicWriteOptions,
): Promise<M>
export function increment<C extends ModelCtor, K extends NumericKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  by?: Amount,
  options?: AtomicWriteOptions,
): Promise<InstanceOf<C>>
export function increment(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return counter('increment', 1, first, rest)
}

/**
 * Subtracts `by` (default 1) from a number attribute server side; see `increment`.
 *
 * @example
 * ```ts
 * await decrement(product, 'stock') // by 1
 * await decrement(Product, 'p1', 'stock', 3, { condition: ge('stock', 3) })
 * ```
 */
export function decrement<M extends ModelLike, K extends NumericKeys<M>>(
  model: M,
  field: K,
  by?: Amount,
  options?: AtomicWriteOptions,
): Promise<M>
export function decrement<C extends ModelCtor, K extends NumericKeys<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  field: K,
  by?: Amount,
  options?: AtomicWriteOptions,
): Promise<InstanceOf<C>>
export function decrement(first: unknown, ...rest: unknown[]): Promise<unknown> {
  return counter('decrement', -1, first, rest)
}

function counter(
  operation: string,
  sign: 1 | -1,
  first: unknown,
  rest: readonly unknown[],
): Promise<unknown> {
  return runAtomic(operation, first, rest, counterBuilder(operation, sign))
}
