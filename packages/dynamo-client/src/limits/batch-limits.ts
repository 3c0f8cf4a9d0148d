import type { AttributeMap } from '../document/attribute-value'
import { DYNAMODB_LIMITS } from './constants'
import { LimitError } from './errors'
import { assertItemSize } from './item-limits'
import { itemSize } from './item-size'

/**
 * BatchWriteItem's `RequestItems`, wire form.
 *
 * @example
 * ```ts
 * const requestItems: BatchWriteRequestItems = {
 *   app: [{ PutRequest: { Item: { pk: { S: 'user#1' }, sk: { S: 'profile' } } } }, { DeleteRequest: { Key: { pk: { S: 'user#2' }, sk: { S: 'profile' } } } }],
 * }
 * ```
 */
export type BatchWriteRequestItems = Record<
  string,
  readonly (
    | { readonly PutRequest: { readonly Item: AttributeMap } }
    | { readonly DeleteRequest: { readonly Key: AttributeMap } }
  )[]
>

/**
 * BatchGetItem's `RequestItems`, wire form (only the keys matter here).
 *
 * @example
 * ```ts
 * const requestItems: BatchGetRequestItems = { app: { Keys: [{ pk: { S: 'user#1' }, sk: { S: 'profile' } }] } }
 * ```
 */
export type BatchGetRequestItems = Record<string, { readonly Keys: readonly AttributeMap[] }>

/**
 * At most 25 puts/deletes, each item at most 400 KB, 16 MB in total. (The total adds assertItemSize's
 * answers, which may be upper bounds; 25 items of at most 400 KB each stay under 16 MB either way.)
 *
 * @example
 * ```ts
 * assertBatchWriteLimits({ app: [{ PutRequest: { Item: { pk: { S: 'user#1' }, sk: { S: 'profile' } } } }] })
 * ```
 */
export function assertBatchWriteLimits(requestItems: BatchWriteRequestItems): void {
  let total = 0
  for (const table in requestItems) {
    const requests = requestItems[table]!
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!
      if ('PutRequest' in request) total += assertItemSize(request.PutRequest.Item, `${table} put #${i}`)
      else total += itemSize(request.DeleteRequest.Key)
    }
  }
  assertBatchWriteCount(requestItems)
  if (total > DYNAMODB_LIMITS.batchWriteRequestSize) {
    throw new LimitError('BATCH_WRITE_TOO_LARGE', {
      subject: 'BatchWriteItem request',
      measured: total,
      limit: DYNAMODB_LIMITS.batchWriteRequestSize,
      unit: 'bytes',
      hint: 'Split the batch into smaller batches.',
    })
  }
}

/**
 * Only the 25-write count: for requests whose items were each checked while they were marshalled (the
 * document layer), 25 items of at most 400 KB cannot reach the 16 MB total, so nothing is walked again.
 *
 * @example
 * ```ts
 * // Throws a LimitError with code BATCH_WRITE_TOO_MANY_ITEMS: 26 writes are one too many.
 * const puts = Array.from({ length: 26 }, (_, i) => ({ PutRequest: { Item: { pk: { S: `user#${i}` } } } }))
 * assertBatchWriteCount({ app: puts })
 * ```
 */
export function assertBatchWriteCount(requestItems: BatchWriteRequestItems): void {
  let count = 0
  for (const table in requestItems) count += requestItems[table]!.length
  if (count > DYNAMODB_LIMITS.batchWriteItems) {
    throw new LimitError('BATCH_WRITE_TOO_MANY_ITEMS', {
      subject: 'BatchWriteItem request',
      measured: count,
      limit: DYNAMODB_LIMITS.batchWriteItems,
      unit: 'items',
      hint: 'Split the writes into chunks of 25.',
    })
  }
}

/**
 * At most 100 keys per BatchGetItem.
 *
 * @example
 * ```ts
 * const keys = userIds.map((id) => ({ pk: { S: `user#${id}` }, sk: { S: 'profile' } }))
 * assertBatchGetLimits({ app: { Keys: keys } }) // throws BATCH_GET_TOO_MANY_ITEMS above 100 keys
 * ```
 */
export function assertBatchGetLimits(requestItems: BatchGetRequestItems): void {
  let count = 0
  for (const table in requestItems) count += requestItems[table]!.Keys.length
  if (count > DYNAMODB_LIMITS.batchGetItems) {
    throw new LimitError('BATCH_GET_TOO_MANY_ITEMS', {
      subject: 'BatchGetItem request',
      measured: count,
      limit: DYNAMODB_LIMITS.batchGetItems,
      unit: 'items',
      hint: 'Split the keys into chunks of 100.',
    })
  }
}
