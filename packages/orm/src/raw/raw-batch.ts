import type { DocumentMap, DocumentWriteRequest } from '@dbtooling/dynamo-client'
import type { BatchRunOptions } from '../batch/options'
import { type BatchGetResult, type BatchGetRunOptions, runBatchGet } from '../batch/run-batch-get'
import { type BatchWriteResult, runBatchWrite } from '../batch/run-batch-write'
import { type RawTarget, tableTargetOf } from './target'

/**
 * BatchGetItem of plain-object keys of the ORM's table, any number of them: chunks of 100, unprocessed
 * keys retried with backoff; leftovers after the last attempt raise UnprocessedKeysError.
 *
 * @example
 * ```ts
 * const { items } = await rawBatchGet(orm, [
 *   { pk: 'CFG#theme', sk: 'CFG#theme' },
 *   { pk: 'CFG#locale', sk: 'CFG#locale' },
 * ])
 * ```
 */
export function rawBatchGet<T = DocumentMap>(
  on: RawTarget,
  keys: readonly DocumentMap[],
  options?: BatchGetRunOptions,
): Promise<BatchGetResult<T>> {
  const target = tableTargetOf(on)
  return runBatchGet<T>(target, keys, options)
}

/**
 * BatchWriteItem of document-level put/delete requests, any number of them: chunks of 25, unprocessed
 * writes retried with backoff; leftovers raise UnprocessedWritesError holding exactly those requests.
 *
 * @example
 * ```ts
 * await rawBatchWrite(orm, [
 *   { PutRequest: { Item: { pk: 'CFG#theme', sk: 'CFG#theme', value: 'dark' } } },
 *   { DeleteRequest: { Key: { pk: 'CFG#old', sk: 'CFG#old' } } },
 * ])
 * ```
 */
export function rawBatchWrite(
  on: RawTarget,
  writes: readonly DocumentWriteRequest[],
  options?: BatchRunOptions,
): Promise<BatchWriteResult> {
  const target = tableTargetOf(on)
  return runBatchWrite(target, writes, writes, options)
}
