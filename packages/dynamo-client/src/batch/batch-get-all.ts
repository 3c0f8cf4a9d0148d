import { UnprocessedItemsError } from '../errors/unprocessed-items'
import type { OperationSender } from '../operations/sender'
import type { BatchGetItemInput } from '../types/batch'
import type { AttributeMap, ConsumedCapacity } from '../types/common'
import { assertInputShape } from '../validation/assert-input-shape'
import { type BatchOptions, forEachLimited, resolveBatchOptions } from './batch-options'
import { chunkGetRequests, countKeys, type GetRequestItems, mergeInto } from './chunk'

/**
 * What `batchGetAll` resolves to: the items read per table (in no particular order), with the consumed capacity.
 *
 * @example
 * ```ts
 * const output: BatchGetAllOutput = await client.batchGetAll({ RequestItems: { app: { Keys: keys } } })
 * console.log(output.Responses.app?.length)
 * ```
 */
export interface BatchGetAllOutput {
  /** Items read, by table. Order is not the request order (DynamoDB does not keep it). */
  Responses: Record<string, AttributeMap[]>
  ConsumedCapacity: ConsumedCapacity[]
  /** BatchGetItem requests sent, retries included. */
  requests: number
}

/**
 * BatchGetItem for any number of keys: chunks of 100, UnprocessedKeys retried with backoff and jitter.
 * If some keys are still unprocessed after `maxAttempts`, throws UnprocessedItemsError carrying exactly
 * those keys plus everything that was read.
 *
 * @example
 * ```ts
 * const { Responses } = await batchGetAll(client, { RequestItems: { app: { Keys: keys } } }) // any number of keys
 * ```
 */
export async function batchGetAll(
  sender: OperationSender,
  input: BatchGetItemInput,
  options: BatchOptions = {},
): Promise<BatchGetAllOutput> {
  assertInputShape('BatchGetItem', input, 'batchGetAll')
  const settings = resolveBatchOptions(options)
  const result: BatchGetAllOutput = { Responses: {}, ConsumedCapacity: [], requests: 0 }
  const leftovers: GetRequestItems = {}
  const total = countKeys(input.RequestItems)
  let processed = 0
  let lastAttempts = 0
  const runChunk = async (chunk: GetRequestItems) => {
    let pending: GetRequestItems | undefined = chunk
    for (let attempt = 1; pending; attempt++) {
      if (attempt > 1) await settings.backoff(attempt - 1)
      const request: BatchGetItemInput = { ...input, RequestItems: pending }
      const output = await sender.send('BatchGetItem', request, options)
      result.requests += 1
      mergeInto(result.Responses, output.Responses ?? {})
      if (output.ConsumedCapacity) result.ConsumedCapacity.push(...output.ConsumedCapacity)
      const unprocessed = output.UnprocessedKeys ?? {}
      const remaining = countKeys(unprocessed)
      processed += countKeys(pending) - remaining
      options.onProgress?.({ processed, total, unprocessed: remaining, attempt })
      pending = remaining > 0 ? unprocessed : undefined
      if (pending && attempt >= settings.maxAttempts) {
        for (const [table, spec] of Object.entries(pending)) {
          const slot = leftovers[table] ?? { ...spec, Keys: [] }
          slot.Keys.push(...spec.Keys)
          leftovers[table] = slot
        }
        lastAttempts = attempt
        pending = undefined
      }
    }
  }
  await forEachLimited(chunkGetRequests(input.RequestItems), settings.concurrency, runChunk)
  if (countKeys(leftovers) > 0) {
    throw new UnprocessedItemsError({
      operation: 'BatchGetItem',
      attempts: lastAttempts,
      unprocessedKeys: leftovers,
      responses: result.Responses,
    })
  }
  return result
}
