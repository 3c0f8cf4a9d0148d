import { assertBatchGetLimits, assertBatchWriteLimits } from '../../limits/batch-limits'
import type * as W from '../../types/index'
import type { DocumentCodec, DocumentMap, Replace } from './codec'
import { type DocumentItemCollectionMetrics, metricsFromWire } from './item-operations'

export type DocumentKeysAndAttributes = Replace<W.KeysAndAttributes, { Keys: DocumentMap[] }>
export type DocumentWriteRequest<T extends object = DocumentMap> =
  | { PutRequest: { Item: T } }
  | { DeleteRequest: { Key: DocumentMap } }

export type BatchGetCommandInput = Replace<
  W.BatchGetItemInput,
  { RequestItems: Record<string, DocumentKeysAndAttributes> }
>
export type BatchGetCommandOutput<T> = Replace<
  W.BatchGetItemOutput,
  { Responses?: Record<string, T[]>; UnprocessedKeys?: Record<string, DocumentKeysAndAttributes> }
>
export type BatchWriteCommandInput<T extends object = DocumentMap> = Replace<
  W.BatchWriteItemInput,
  { RequestItems: Record<string, DocumentWriteRequest<T>[]> }
>
export type BatchWriteCommandOutput<T extends object = DocumentMap> = Replace<
  W.BatchWriteItemOutput,
  {
    UnprocessedItems?: Record<string, DocumentWriteRequest<T>[]>
    ItemCollectionMetrics?: Record<string, DocumentItemCollectionMetrics[]>
  }
>

export function batchGetToWire(input: BatchGetCommandInput, codec: DocumentCodec): W.BatchGetItemInput {
  const requestItems: Record<string, W.KeysAndAttributes> = {}
  for (const table in input.RequestItems) {
    const request = input.RequestItems[table]!
    requestItems[table] = { ...request, Keys: request.Keys.map((key) => codec.key(key, `${table} key`)) }
  }
  if (codec.validate) assertBatchGetLimits(requestItems)
  return { ...input, RequestItems: requestItems }
}

export function batchGetFromWire<T>(
  output: W.BatchGetItemOutput,
  codec: DocumentCodec,
): BatchGetCommandOutput<T> {
  const { Responses, UnprocessedKeys, ...rest } = output
  const out: BatchGetCommandOutput<T> = rest
  if (Responses !== undefined) {
    const responses: Record<string, T[]> = {}
    for (const table in Responses) responses[table] = codec.readList<T>(Responses[table])
    out.Responses = responses
  }
  if (UnprocessedKeys !== undefined) {
    const unprocessed: Record<string, DocumentKeysAndAttributes> = {}
    for (const table in UnprocessedKeys) {
      const request = UnprocessedKeys[table]!
      unprocessed[table] = { ...request, Keys: codec.readList<DocumentMap>(request.Keys) }
    }
    out.UnprocessedKeys = unprocessed
  }
  return out
}

export function batchWriteToWire(
  input: BatchWriteCommandInput<object>,
  codec: DocumentCodec,
): W.BatchWriteItemInput {
  const requestItems: Record<string, W.WriteRequest[]> = {}
  for (const table in input.RequestItems) {
    requestItems[table] = input.RequestItems[table]!.map((request, index) =>
      'PutRequest' in request
        ? { PutRequest: { Item: codec.item(request.PutRequest.Item, `${table} put #${index}`) } }
        : { DeleteRequest: { Key: codec.key(request.DeleteRequest.Key, `${table} delete #${index}`) } },
    )
  }
  if (codec.validate) assertBatchWriteLimits(requestItems)
  return { ...input, RequestItems: requestItems }
}

export function batchWriteFromWire<T extends object>(
  output: W.BatchWriteItemOutput,
  codec: DocumentCodec,
): BatchWriteCommandOutput<T> {
  const { UnprocessedItems, ItemCollectionMetrics, ...rest } = output
  const out: BatchWriteCommandOutput<T> = rest
  if (UnprocessedItems !== undefined) {
    const unprocessed: Record<string, DocumentWriteRequest<T>[]> = {}
    for (const table in UnprocessedItems) {
      unprocessed[table] = UnprocessedItems[table]!.map((request) =>
        'PutRequest' in request
          ? { PutRequest: { Item: codec.read<T>(request.PutRequest.Item) } }
          : { DeleteRequest: { Key: codec.read<DocumentMap>(request.DeleteRequest.Key) } },
      )
    }
    out.UnprocessedItems = unprocessed
  }
  if (ItemCollectionMetrics !== undefined) {
    const metrics: Record<string, DocumentItemCollectionMetrics[]> = {}
    for (const table in ItemCollectionMetrics) {
      metrics[table] = ItemCollectionMetrics[table]!.map((entry) => metricsFromWire(entry, codec))
    }
    out.ItemCollectionMetrics = metrics
  }
  return out
}
