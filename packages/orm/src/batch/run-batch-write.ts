import {
  type AttributeMap,
  type DocumentMap,
  type DocumentWriteRequest,
  isUnprocessedItemsError,
  type WriteRequest,
} from '@dbtooling/dynamo-client'
import type { TableTarget } from '../raw/target'
import { batchAuditor } from '../security/audit/audit-batch'
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
  const byKey = new Map<string, Slot<Entry>>()
  writes.forEach((write, index) => {
    const request: WriteRequest =
      'PutRequest' in write
        ? { PutRequest: { Item: codec.item(write.PutRequest.Item, `batch put #${index}`) } }
        : { DeleteRequest: { Key: codec.key(write.DeleteRequest.Key, `batch delete #${index}`) } }
    const id = wireKeyId(keyOf(request), partitionKey, sortKey)
    byKey.delete(id)
    byKey.set(id, { request, entry: entries[index] as Entry, write })
  })
  if (byKey.size === 0) return { written: 0, requests: 0 }
  const audits = withAuditRecords(target, byKey)
  const requests = audits?.requests ?? [...byKey.values()].map((slot) => slot.request)
  const table = target.tableName
  try {
    const output = await target.client.batchWriteAll(
      { RequestItems: { [table]: requests } },
      clientBatchOptions(options),
    )
    return { written: audits ? byKey.size : output.written, requests: output.requests }
  } catch (error) {
    if (!isUnprocessedItemsError(error)) throw error
    const leftovers = Object.values(error.unprocessedItems).flat()
    const unprocessed = new Set<Entry>()
    let unwritten = 0
    for (const request of leftovers) {
      const id = wireKeyId(keyOf(request), partitionKey, sortKey)
      const slot = byKey.get(id) ?? audits?.owners.get(id)
      if (byKey.has(id)) unwritten += 1
      unprocessed.add(slot ? slot.entry : (toDocument(request, codec) as Entry))
    }
    throw new UnprocessedWritesError<Entry>({
      unprocessed: [...unprocessed],
      written: byKey.size - unwritten,
      attempts: error.attempts,
      cause: error,
    })
  }
}

interface Slot<Entry> {
  readonly request: WriteRequest
  readonly entry: Entry
  readonly write: DocumentWriteRequest
}

/**
 * When the ORM audits: each write followed by its audit Put, so the two usually share a BatchWriteItem
 * request. A batch is not atomic: a write whose audit record is still unprocessed after the last retry is
 * reported unprocessed too (its entry), so the caller's retry writes both again.
 */
function withAuditRecords<Entry>(
  target: TableTarget,
  byKey: ReadonlyMap<string, Slot<Entry>>,
): { requests: WriteRequest[]; owners: Map<string, Slot<Entry>> } | null {
  const auditor = batchAuditor(target)
  if (auditor === null) return null
  const slots = [...byKey.values()]
  const records = auditor(slots.map((slot) => slot.write))
  const requests: WriteRequest[] = []
  const owners = new Map<string, Slot<Entry>>()
  const { partitionKey, sortKey } = target.design
  slots.forEach((slot, index) => {
    requests.push(slot.request)
    const record = records[index]
    if (!record) return
    const audit = { PutRequest: { Item: target.doc.codec.item(record, `audit of batch write #${index}`) } }
    owners.set(wireKeyId(audit.PutRequest.Item, partitionKey, sortKey), slot)
    requests.push(audit)
  })
  return { requests, owners }
}

function keyOf(request: WriteRequest): AttributeMap {
  return 'PutRequest' in request ? request.PutRequest.Item : request.DeleteRequest.Key
}

function toDocument(request: WriteRequest, codec: TableTarget['doc']['codec']): DocumentWriteRequest {
  if ('PutRequest' in request)
    return { PutRequest: { Item: codec.read<DocumentMap>(request.PutRequest.Item) } }
  return { DeleteRequest: { Key: codec.read<DocumentMap>(request.DeleteRequest.Key) } }
}
