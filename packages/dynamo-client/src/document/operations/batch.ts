import { assertBatchGetLimits, assertBatchWriteCount } from '../../limits/batch-limits'
import type * as W from '../../types/index'
import type { AttributeMap } from '../attribute-value'
import type { DocumentCodec, DocumentInput, DocumentMap, Replace } from './codec'
import { type DocumentItemCollectionMetrics, metricsFromWire } from './item-operations'

/**
 * Keys of one table in a batch get; `K` is `DocumentInput` in requests and `DocumentMap` in responses.
 *
 * @example
 * ```ts
 * const users: DocumentKeysAndAttributes<DocumentInput> = { Keys: [{ pk: 'USER#1', sk: 'USER#1' }], ProjectionExpression: 'pk, #n', ExpressionAttributeNames: { '#n': 'name' } }
 * await doc.batchGet({ RequestItems: { app: users } })
 * ```
 */
export type DocumentKeysAndAttributes<K extends object = DocumentMap> = Replace<
  W.KeysAndAttributes,
  { Keys: K[] }
>
/**
 * One put or delete of a document batch write, with the item or key as a plain JS object.
 *
 * @example
 * ```ts
 * const writes: DocumentWriteRequest[] = [
 *   { PutRequest: { Item: { pk: 'USER#1', sk: 'USER#1', name: 'Ada' } } },
 *   { DeleteRequest: { Key: { pk: 'USER#2', sk: 'USER#2' } } },
 * ]
 * await doc.batchWrite({ RequestItems: { app: writes } })
 * ```
 */
export type DocumentWriteRequest<T extends object = DocumentMap, K extends object = DocumentMap> =
  | { PutRequest: { Item: T } }
  | { DeleteRequest: { Key: K } }

/**
 * Input of DocumentClient.batchGet: BatchGetItem's input with plain JS keys (at most 100 in all; use batchGetAll for more).
 *
 * @example
 * ```ts
 * const input: BatchGetCommandInput = { RequestItems: { app: { Keys: [{ pk: 'USER#1', sk: 'USER#1' }, { pk: 'USER#2', sk: 'USER#2' }] } } }
 * const { Responses, UnprocessedKeys } = await doc.batchGet(input)
 * ```
 */
export type BatchGetCommandInput = Replace<
  W.BatchGetItemInput,
  { RequestItems: Record<string, DocumentKeysAndAttributes<DocumentInput>> }
>
/**
 * What DocumentClient.batchGet resolves to: items per table as plain JS, and any UnprocessedKeys to send again (the single request is not retried).
 *
 * @example
 * ```ts
 * const out: BatchGetCommandOutput<User> = await doc.batchGet<User>({ RequestItems: { app: { Keys: keys } } })
 * if (out.UnprocessedKeys && Object.keys(out.UnprocessedKeys).length > 0) await doc.batchGet({ RequestItems: out.UnprocessedKeys })
 * ```
 */
export type BatchGetCommandOutput<T> = Replace<
  W.BatchGetItemOutput,
  { Responses?: Record<string, T[]>; UnprocessedKeys?: Record<string, DocumentKeysAndAttributes> }
>
/**
 * Input of DocumentClient.batchWrite: BatchWriteItem's input with plain JS items and keys (at most 25 writes; use batchWriteAll for more).
 *
 * @example
 * ```ts
 * const input: BatchWriteCommandInput = { RequestItems: { app: [{ PutRequest: { Item: { pk: 'USER#1', sk: 'USER#1', name: 'Ada' } } }] } }
 * await doc.batchWrite(input)
 * ```
 */
export type BatchWriteCommandInput<T extends object = DocumentMap> = Replace<
  W.BatchWriteItemInput,
  { RequestItems: Record<string, DocumentWriteRequest<T, DocumentInput>[]> }
>
/**
 * What DocumentClient.batchWrite resolves to: writes DynamoDB did not apply (UnprocessedItems, as plain JS) and optional capacity and item collection metrics.
 *
 * @example
 * ```ts
 * const { UnprocessedItems }: BatchWriteCommandOutput = await doc.batchWrite({ RequestItems: { app: writes } })
 * if (UnprocessedItems && Object.keys(UnprocessedItems).length > 0) await doc.batchWrite({ RequestItems: UnprocessedItems })
 * ```
 */
export type BatchWriteCommandOutput<T extends object = DocumentMap> = Replace<
  W.BatchWriteItemOutput,
  {
    UnprocessedItems?: Record<string, DocumentWriteRequest<T>[]>
    ItemCollectionMetrics?: Record<string, DocumentItemCollectionMetrics[]>
  }
>

/** Marshalls keys per table (each key checked), without the 100-key limit: batchGetAll chunks. */
export function getRequestsToWire(
  requests: Record<string, DocumentKeysAndAttributes<DocumentInput>>,
  codec: DocumentCodec,
): Record<string, W.KeysAndAttributes> {
  const requestItems: Record<string, W.KeysAndAttributes> = {}
  for (const table in requests) {
    const request = requests[table]!
    requestItems[table] = { ...request, Keys: request.Keys.map((key) => codec.key(key, `${table} key`)) }
  }
  return requestItems
}

export function batchGetToWire(input: BatchGetCommandInput, codec: DocumentCodec): W.BatchGetItemInput {
  const requestItems = getRequestsToWire(input.RequestItems, codec)
  if (codec.validate) assertBatchGetLimits(requestItems)
  return { ...input, RequestItems: requestItems }
}

export function batchGetFromWire<T>(
  output: W.BatchGetItemOutput,
  codec: DocumentCodec,
): BatchGetCommandOutput<T> {
  const { Responses, UnprocessedKeys, ...rest } = output
  const out: BatchGetCommandOutput<T> = rest
  if (Responses !== undefined) out.Responses = responsesFromWire<T>(Responses, codec)
  if (UnprocessedKeys !== undefined) out.UnprocessedKeys = getRequestsFromWire(UnprocessedKeys, codec)
  return out
}

/** Marshalls write requests per table (each item checked), without the 25-write limit: batchWriteAll chunks. */
export function writeRequestsToWire(
  requests: Record<string, DocumentWriteRequest<object, DocumentInput>[]>,
  codec: DocumentCodec,
): Record<string, W.WriteRequest[]> {
  const requestItems: Record<string, W.WriteRequest[]> = {}
  for (const table in requests) {
    requestItems[table] = requests[table]!.map((request, index) =>
      'PutRequest' in request
        ? { PutRequest: { Item: codec.item(request.PutRequest.Item, () => `${table} put #${index}`) } }
        : { DeleteRequest: { Key: codec.key(request.DeleteRequest.Key, () => `${table} delete #${index}`) } },
    )
  }
  return requestItems
}

export function batchWriteToWire(
  input: BatchWriteCommandInput<object>,
  codec: DocumentCodec,
): W.BatchWriteItemInput {
  const requestItems = writeRequestsToWire(input.RequestItems, codec)
  // Each item was size-checked as it was marshalled (codec.item): only the count is left to check.
  if (codec.validate) assertBatchWriteCount(requestItems)
  return { ...input, RequestItems: requestItems }
}

export function batchWriteFromWire<T extends object>(
  output: W.BatchWriteItemOutput,
  codec: DocumentCodec,
): BatchWriteCommandOutput<T> {
  const { UnprocessedItems, ItemCollectionMetrics, ...rest } = output
  const out: BatchWriteCommandOutput<T> = rest
  if (UnprocessedItems !== undefined) out.UnprocessedItems = writeRequestsFromWire<T>(UnprocessedItems, codec)
  if (ItemCollectionMetrics !== undefined)
    out.ItemCollectionMetrics = tableMetricsFromWire(ItemCollectionMetrics, codec)
  return out
}

export function writeRequestsFromWire<T extends object>(
  requests: Record<string, W.WriteRequest[]>,
  codec: DocumentCodec,
): Record<string, DocumentWriteRequest<T>[]> {
  const out: Record<string, DocumentWriteRequest<T>[]> = {}
  for (const table in requests) {
    out[table] = requests[table]!.map((request) =>
      'PutRequest' in request
        ? { PutRequest: { Item: codec.read<T>(request.PutRequest.Item) } }
        : { DeleteRequest: { Key: codec.read<DocumentMap>(request.DeleteRequest.Key) } },
    )
  }
  return out
}

export function getRequestsFromWire(
  requests: Record<string, W.KeysAndAttributes>,
  codec: DocumentCodec,
): Record<string, DocumentKeysAndAttributes> {
  const out: Record<string, DocumentKeysAndAttributes> = {}
  for (const table in requests) {
    const request = requests[table]!
    out[table] = { ...request, Keys: codec.readList<DocumentMap>(request.Keys) }
  }
  return out
}

export function responsesFromWire<T>(responses: Record<string, AttributeMap[]>, codec: DocumentCodec) {
  const out: Record<string, T[]> = {}
  for (const table in responses) out[table] = codec.readList<T>(responses[table])
  return out
}

export function tableMetricsFromWire(
  metrics: Record<string, W.ItemCollectionMetrics[]>,
  codec: DocumentCodec,
): Record<string, DocumentItemCollectionMetrics[]> {
  const out: Record<string, DocumentItemCollectionMetrics[]> = {}
  for (const table in metrics) out[table] = metrics[table]!.map((entry) => metricsFromWire(entry, codec))
  return out
}
