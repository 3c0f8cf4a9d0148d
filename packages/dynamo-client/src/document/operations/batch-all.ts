import { batchGetAll } from '../../batch/batch-get-all'
import type { BatchOptions } from '../../batch/batch-options'
import { batchWriteAll } from '../../batch/batch-write-all'
import { UnprocessedItemsError } from '../../errors/unprocessed-items'
import type { OperationSender } from '../../operations/sender'
import type * as W from '../../types/index'
import { assertInputShape } from '../../validation/assert-input-shape'
import {
  type DocumentKeysAndAttributes,
  type DocumentWriteRequest,
  getRequestsFromWire,
  getRequestsToWire,
  responsesFromWire,
  tableMetricsFromWire,
  writeRequestsFromWire,
  writeRequestsToWire,
} from './batch'
import type { DocumentCodec, DocumentInput, DocumentMap } from './codec'
import type { DocumentItemCollectionMetrics } from './item-operations'

/**
 * Input of DocumentClient.batchGetAll: any number of plain JS keys per table; the helper chunks them by 100 and retries unprocessed keys.
 *
 * @example
 * ```ts
 * const input: BatchGetAllCommandInput = {
 *   RequestItems: { app: { Keys: userIds.map((id) => ({ pk: `USER#${id}`, sk: `USER#${id}` })) } },
 * }
 * const { Responses } = await doc.batchGetAll(input)
 * ```
 */
export interface BatchGetAllCommandInput {
  RequestItems: Record<string, DocumentKeysAndAttributes<DocumentInput>>
  ReturnConsumedCapacity?: W.ReturnConsumedCapacity
}

/**
 * What DocumentClient.batchGetAll resolves to: the items read per table (in no particular order), the capacity consumed and how many requests were sent.
 *
 * @example
 * ```ts
 * const out: BatchGetAllCommandOutput<User> = await doc.batchGetAll<User>({ RequestItems: { app: { Keys: keys } } })
 * console.log(out.Responses.app?.length, 'users in', out.requests, 'requests')
 * ```
 */
export interface BatchGetAllCommandOutput<T> {
  /** Items read, by table; not in request order (DynamoDB does not keep it). */
  Responses: Record<string, T[]>
  ConsumedCapacity: W.ConsumedCapacity[]
  requests: number
}

/**
 * Input of DocumentClient.batchWriteAll: any number of plain JS puts and deletes per table; the helper chunks them by 25 and retries unprocessed writes.
 *
 * @example
 * ```ts
 * const input: BatchWriteAllCommandInput = {
 *   RequestItems: {
 *     app: [{ PutRequest: { Item: { pk: 'USER#1', sk: 'USER#1', name: 'Ada' } } }, { DeleteRequest: { Key: { pk: 'USER#2', sk: 'USER#2' } } }],
 *   },
 * }
 * await doc.batchWriteAll(input)
 * ```
 */
export interface BatchWriteAllCommandInput<T extends object = DocumentMap> {
  RequestItems: Record<string, DocumentWriteRequest<T, DocumentInput>[]>
  ReturnConsumedCapacity?: W.ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: W.ReturnItemCollectionMetrics
}

/**
 * What DocumentClient.batchWriteAll resolves to: how many writes were applied, the capacity consumed, item collection metrics and how many requests were sent.
 *
 * @example
 * ```ts
 * const { written, requests }: BatchWriteAllCommandOutput = await doc.batchWriteAll({ RequestItems: { app: writes } })
 * console.log(`${written} writes in ${requests} BatchWriteItem requests`)
 * ```
 */
export interface BatchWriteAllCommandOutput {
  written: number
  ConsumedCapacity: W.ConsumedCapacity[]
  ItemCollectionMetrics: Record<string, DocumentItemCollectionMetrics[]>
  requests: number
}

/**
 * The low-level UnprocessedItemsError with the leftovers also as plain JS, so document users can
 * resubmit `documentItems` / `documentKeys` to batchWriteAll / batchGetAll as they are.
 *
 * @example
 * ```ts
 * try {
 *   await doc.batchWriteAll({ RequestItems: { app: writes } })
 * } catch (error) {
 *   if (error instanceof DocumentUnprocessedItemsError && error.code === 'UnprocessedItemsError') {
 *     await doc.batchWriteAll({ RequestItems: error.documentItems }) // resubmit the leftovers later
 *   } else throw error
 * }
 * ```
 */
export class DocumentUnprocessedItemsError extends UnprocessedItemsError {
  readonly documentItems: Record<string, DocumentWriteRequest[]>
  readonly documentKeys: Record<string, DocumentKeysAndAttributes>
  readonly documentResponses: Record<string, DocumentMap[]>

  constructor(source: UnprocessedItemsError, codec: DocumentCodec) {
    super({
      operation: source.operation === 'BatchGetItem' ? 'BatchGetItem' : 'BatchWriteItem',
      attempts: source.attempts,
      unprocessedItems: source.unprocessedItems,
      unprocessedKeys: source.unprocessedKeys,
      responses: source.responses,
    })
    this.documentItems = writeRequestsFromWire<DocumentMap>(source.unprocessedItems, codec)
    this.documentKeys = getRequestsFromWire(source.unprocessedKeys, codec)
    this.documentResponses = responsesFromWire<DocumentMap>(source.responses, codec)
  }
}

/** The low-level client's `send` has the same runtime contract; only its static type is narrower. */
function asOperationSender(sender: {
  send(operation: string, input: object, options?: object): Promise<unknown>
}) {
  return sender as unknown as OperationSender
}

export async function runBatchGetAll<T>(
  sender: { send(operation: string, input: object, options?: object): Promise<unknown> },
  input: BatchGetAllCommandInput,
  codec: DocumentCodec,
  options?: BatchOptions,
): Promise<BatchGetAllCommandOutput<T>> {
  assertInputShape('BatchGetItem', input, 'DocumentClient.batchGetAll')
  const wire: W.BatchGetItemInput = { ...input, RequestItems: getRequestsToWire(input.RequestItems, codec) }
  try {
    const output = await batchGetAll(asOperationSender(sender), wire, options)
    return { ...output, Responses: responsesFromWire<T>(output.Responses, codec) }
  } catch (error) {
    throw error instanceof UnprocessedItemsError ? new DocumentUnprocessedItemsError(error, codec) : error
  }
}

export async function runBatchWriteAll(
  sender: { send(operation: string, input: object, options?: object): Promise<unknown> },
  input: BatchWriteAllCommandInput<object>,
  codec: DocumentCodec,
  options?: BatchOptions,
): Promise<BatchWriteAllCommandOutput> {
  assertInputShape('BatchWriteItem', input, 'DocumentClient.batchWriteAll')
  const wire: W.BatchWriteItemInput = {
    ...input,
    RequestItems: writeRequestsToWire(input.RequestItems, codec),
  }
  try {
    const output = await batchWriteAll(asOperationSender(sender), wire, options)
    return { ...output, ItemCollectionMetrics: tableMetricsFromWire(output.ItemCollectionMetrics, codec) }
  } catch (error) {
    throw error instanceof UnprocessedItemsError ? new DocumentUnprocessedItemsError(error, codec) : error
  }
}
