import type { AttributeMap } from '../document/attribute-value'
import { DYNAMODB_LIMITS } from './constants'
import { LimitError } from './errors'
import { assertItemSize } from './item-limits'
import { itemSize } from './item-size'

/**
 * One TransactWriteItems / TransactGetItems element, wire form (only sizes matter here).
 *
 * @example
 * ```ts
 * const items: TransactItem[] = [
 *   { Put: { Item: { pk: { S: 'order#1' }, sk: { S: 'order' } } } },
 *   { Update: { Key: { pk: { S: 'product#9' }, sk: { S: 'stock' } } } },
 * ]
 * assertTransactionLimits(items)
 * ```
 */
export type TransactItem = {
  readonly Put?: { readonly Item: AttributeMap }
  readonly Update?: { readonly Key: AttributeMap }
  readonly Delete?: { readonly Key: AttributeMap }
  readonly ConditionCheck?: { readonly Key: AttributeMap }
  readonly Get?: { readonly Key: AttributeMap }
}

/**
 * At most 100 actions and 4 MB of items per transaction; each item at most 400 KB.
 *
 * @example
 * ```ts
 * // Throws a LimitError with code `TRANSACTION_TOO_MANY_ITEMS`, `ITEM_TOO_LARGE` or `TRANSACTION_TOO_LARGE`.
 * assertTransactionLimits([{ Put: { Item: { pk: { S: 'order#1' }, sk: { S: 'order' } } } }, { ConditionCheck: { Key: { pk: { S: 'user#1' }, sk: { S: 'profile' } } } }])
 * ```
 */
export function assertTransactionLimits(items: readonly TransactItem[]): void {
  if (items.length > DYNAMODB_LIMITS.transactionItems) {
    throw new LimitError('TRANSACTION_TOO_MANY_ITEMS', {
      subject: 'transaction',
      measured: items.length,
      limit: DYNAMODB_LIMITS.transactionItems,
      unit: 'items',
      hint: 'A transaction holds at most 100 actions: split independent work into several transactions.',
    })
  }
  let bound = 0
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (item.Put) bound += assertItemSize(item.Put.Item, `transaction item #${i}`)
    const key = item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key ?? item.Get?.Key
    if (key) bound += itemSize(key)
  }
  // assertItemSize may answer with an upper bound: measure exactly before calling the total too large.
  const total = bound > DYNAMODB_LIMITS.transactionSize ? exactTotal(items) : bound
  if (total > DYNAMODB_LIMITS.transactionSize) {
    throw new LimitError('TRANSACTION_TOO_LARGE', {
      subject: 'transaction',
      measured: total,
      limit: DYNAMODB_LIMITS.transactionSize,
      unit: 'bytes',
      hint: 'A transaction carries at most 4 MB: move large attributes to S3 or split the transaction.',
    })
  }
}

function exactTotal(items: readonly TransactItem[]): number {
  let total = 0
  for (const item of items) {
    if (item.Put) total += itemSize(item.Put.Item)
    const key = item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key ?? item.Get?.Key
    if (key) total += itemSize(key)
  }
  return total
}
