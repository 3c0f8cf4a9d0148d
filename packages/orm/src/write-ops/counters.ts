import { add } from '@dbtooling/dynamo-client'
import type { AtomicWriteOptions } from './conditions'
import { type AtomicBuilder, assertAttributeKind, runAtomic } from './run-atomic'
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

/** Compiles `(field, by, options)` into an ADD of `sign * by` (shared with transactions). */
export function counterBuilder(operation: string, sign: 1 | -1): AtomicBuilder {
  return (target, [field, by, options]) => {
    const name = String(field)
    assertAttributeKind(target.entity, name, operation, ['number'])
    const amount = signed(by ?? 1, sign, operation)
    return {
      change: { operation, fields: [name], actions: [add([name], amount)] },
      conditions: options as AtomicWriteOptions | undefined,
    }
  }
}

function signed(by: unknown, sign: 1 | -1, operation: string): number | bigint {
  if (typeof by === 'bigint') return sign === 1 ? by : -by
  if (typeof by === 'number' && Number.isFinite(by)) return sign * by
  throw new TypeError(`${operation} takes a finite number or bigint, got ${String(by)}`)
}
