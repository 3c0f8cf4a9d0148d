import { UnprocessedItemsError } from '../errors/unprocessed-items'
import type { OperationSender } from '../operations/sender'
import type { BatchWriteItemInput, WriteRequest } from '../types/batch'
import type { ConsumedCapacity, ItemCollectionMetrics } from '../types/common'
import { assertInputShape } from '../validation/assert-input-shape'
import { type BatchOptions, forEachLimited, resolveBatchOptions } from './batch-options'
import { chunkWriteRequests, countWrites, mergeInto, type WriteRequestItems } from './chunk'

/**
 * What `batchWriteAll` resolves to: the writes applied, with the consumed capacity and item collection metrics.
 *
 * @example
 * ```ts
 * const output: BatchWriteAllOutput = await client.batchWriteAll({ RequestItems: { app: writes } })
 * console.log(output.written)
 * ```
 */
export interface BatchWriteAllOutput {
  /** Writes applied. */
  written: number
  ConsumedCapacity: ConsumedCapacity[]
  ItemCollectionMetrics: Record<string, ItemCollectionMetrics[]>
  /** BatchWriteItem requests sent, retries included. */
  requests: number
}

/**
 * BatchWriteItem for any number of writes: chunks of 25, UnprocessedItems retried with backoff and
 * jitter. If writes are still unprocessed after `maxAttempts`, throws UnprocessedItemsError carrying
 * exactly the write requests that were not applied, ready to resubmit.
 *
 * @example
 * ```ts
 * const { written } = await batchWriteAll(client, { RequestItems: { app: writes } }) // chunks of 25
 * ```
 */
export async function batchWriteAll(
  sender: OperationSender,
  input: BatchWriteItemInput,
  options: BatchOptions = {},
): Promise<BatchWriteAllOutput> {
  assertInputShape('BatchWriteItem', input, 'batchWriteAll')
  const settings = resolveBatchOptions(options)
  const result: BatchWriteAllOutput = {
    written: 0,
    ConsumedCapacity: [],
    ItemCollectionMetrics: {},
    requests: 0,
  }
  const leftovers: Record<string, WriteRequest[]> = {}
  const total = countWrites(input.RequestItems)
  let lastAttempts = 0
  const runChunk = async (chunk: WriteRequestItems) => {
    let pending: WriteRequestItems | undefined = chunk
    for (let attempt = 1; pending; attempt++) {
      if (attempt > 1) await settings.backoff(attempt - 1)
      const request: BatchWriteItemInput = { ...input, RequestItems: pending }
      const output = await sender.send('BatchWriteItem', request, options)
      result.requests += 1
      if (output.ConsumedCapacity) result.ConsumedCapacity.push(...output.ConsumedCapacity)
      if (output.ItemCollectionMetrics) mergeInto(result.ItemCollectionMetrics, output.ItemCollectionMetrics)
      const unprocessed: WriteRequestItems = output.UnprocessedItems ?? {}
      const remaining = countWrites(unprocessed)
      result.written += countWrites(pending) - remaining
      options.onProgress?.({ processed: result.written, total, unprocessed: remaining, attempt })
      pending = remaining > 0 ? unprocessed : undefined
      if (pending && attempt >= settings.maxAttempts) {
        mergeInto(leftovers, pending)
        lastAttempts = attempt
        pending = undefined
      }
    }
  }
  await forEachLimited(chunkWriteRequests(input.RequestItems), settings.concurrency, runChunk)
  if (countWrites(leftovers) > 0) {
    throw new UnprocessedItemsError({
      operation: 'BatchWriteItem',
      attempts: lastAttempts,
      unprocessedItems: leftovers,
    })
  }
  return result
}
