import {
  type AttributeMap,
  type DocumentMap,
  type DocumentWriteRequest,
  isUnprocessedItemsError,
  type WriteRequest,
} from '@dbtooling/dynamo-client'
import type { TableTarget } from '../raw/target'
import { UnprocessedWritesError } from './errors'
import { wireKeyId } from './key-identity'
import { type BatchRunOptions, clientBatchOptions } from './options'

/**
 * What a batch write resolves to: the writes applied and the BatchWriteItem requests sent (retries included).
 *
 * @example
 * ```ts
 * const result: BatchWriteResult = await rawBatchWrite(orm, [{ DeleteRequest: { Key: { pk: 'CFG#1', sk: 'CFG#1' } } }])
 * console.log(result.written, result.requests)
 * ```
 */
export interface BatchWriteResult {
  /** Writes applied (after dropping earlier writes to a key written again later in the same call). */
  written: number
  /** BatchWriteItem requests sent, retries included. */
  requests: number
}

/**
 * Document-level BatchWriteItem for any number of writes to the ORM's table, over the client's
 * chunking (25 per request) and unprocessed-item retries. `entries[i]` is what the caller knows write
 * `i` by; on exhaustion the error carries exactly the entries that were not applied.
 */
export async function runBatchWrite<Entry>(
  target: TableTarget,
  writes: readonly DocumentWriteRequest[],
  entries: readonly Entry[],
  options: BatchRunOptions = {},
): Promise<BatchWriteResult> {
  const { partitionKey, sortKey } = target.design
  const codec = target.doc.codec
  // Last write to a key wins, as it would if the writes were sent one by one.
  const byKey = new Map<string, { request: WriteRequest; entry: Entry }>()
  writes.forEach((write, index) => {
    const request: WriteRequest =
      'PutRequest' in write
        ? { PutRequest: { Item: codec.item(write.PutRequest.Item, `batch put #${index}`) } }
        : { DeleteRequest: { Key: codec.key(write.DeleteRequest.Key, `batch delete #${index}`) } }
    const id = wireKeyId(keyOf(request), partitionKey, sortKey)
    byKey.delete(id)
    byKey.set(id, { request, entry: entries[index] as Entry })
  })
  if (byKey.size === 0) return { written: 0, requests: 0 }
  const requests = [...byKey.values()].map((slot) => slot.request)
  const table = target.tableName
  try {
    const output = await target.client.batchWriteAll(
      { RequestItems: { [table]: requests } },
      clientBatchOptions(options),
    )
    return { written: output.written, requests: output.requests }
  } catch (error) {
    if (!isUnprocessedItemsError(error)) throw error
    const leftovers = Object.values(error.unprocessedItems).flat()
    const unprocessed = leftovers.map((request) => {
      const slot = byKey.get(wireKeyId(keyOf(request), partitionKey, sortKey))
      return slot ? slot.entry : (toDocument(request, codec) as Entry)
    })
    throw new UnprocessedWritesError<Entry>({
      unprocessed,
      written: byKey.size - unprocessed.length,
      attempts: error.attempts,
      cause: error,
    })
  }
}

function keyOf(request: WriteRequest): AttributeMap {
  return 'PutRequest' in request ? request.PutRequest.Item : request.DeleteRequest.Key
}

function toDocument(request: WriteRequest, codec: TableTarget['doc']['codec']): DocumentWriteRequest {
  if ('PutRequest' in request)
    return { PutRequest: { Item: codec.read<DocumentMap>(request.PutRequest.Item) } }
  return { DeleteRequest: { Key: codec.read<DocumentMap>(request.DeleteRequest.Key) } }
}
