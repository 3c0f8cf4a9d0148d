import {
  type DocumentClient,
  isRetryableError,
  isThrottlingError,
  isTransactionCanceled,
} from '@dbtooling/dynamo-client'
import type { ReconcileResult } from './reconcile-write'
import { MOVE_DELETE, MOVE_PUT, moveTransaction } from './rekey-move'
import type { RekeySpec } from './rekey-spec'
import { MAX_ATTEMPTS, pause } from './write-backoff'
import type { WriteRate } from './write-rate'

type Item = Readonly<Record<string, unknown>>

/** Why a move transaction was cancelled: the original changed, the new key is taken, or anything else. */
function cancelCause(error: unknown): 'changed' | 'taken' | 'retry' | 'other' {
  if (!isTransactionCanceled(error)) return 'other'
  const failed = error.reasons.filter((reason) => reason.code !== 'None')
  if (failed.some((reason) => reason.code === 'TransactionConflict' || /Throttl/.test(reason.code)))
    return 'retry'
  if (failed.some((reason) => reason.index === MOVE_PUT)) return 'taken'
  if (failed.some((reason) => reason.index === MOVE_DELETE)) return 'changed'
  // A unique guard held by another item: moving would hide a clash, so the item stays (verification counts it).
  return 'other'
}

/**
 * Moves one item to the base key the target design gives it, with its guards, in one transaction: never
 * two copies, never none. If the application changed it since the scan, re-read it (strongly consistent)
 * and try again; a deleted item is skipped. An item whose new key is taken stays where it is ('gave-up'),
 * and the verification pass reports it.
 */
export async function moveItem(
  doc: DocumentClient,
  spec: RekeySpec,
  scanned: Item,
  rate: WriteRate,
): Promise<ReconcileResult> {
  let item = scanned
  let conflicts = 0
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const move = moveTransaction(spec, item)
    if (move === null) return { outcome: 'unchanged', conflicts }
    if (move === undefined) return { outcome: 'gave-up', conflicts }
    await rate.take()
    try {
      await doc.transactWrite(move)
      return { outcome: 'written', conflicts }
    } catch (error) {
      // Retryable failures (throttling, a 500 such as DynamoDB Local's lock timeout) that outlast the client's
      // retries back off here. A move that did land meanwhile is found gone on the next attempt, never doubled.
      const cause = isThrottlingError(error) || isRetryableError(error) ? 'retry' : cancelCause(error)
      if (cause === 'retry') {
        await pause(attempt)
        continue
      }
      if (cause === 'other') {
        if (isTransactionCanceled(error)) return { outcome: 'gave-up', conflicts }
        throw error
      }
      conflicts++
      // Gone from the old key: deleted by the application, or moved by a worker that reconciled this page too.
      const key = { [spec.partitionKey]: item[spec.partitionKey], [spec.sortKey]: item[spec.sortKey] }
      const { Item } = await doc.get({ TableName: spec.tableName, Key: key, ConsistentRead: true })
      if (!Item) return { outcome: 'gone', conflicts }
      if (cause === 'taken') return { outcome: 'gave-up', conflicts }
      item = Item
    }
  }
  return { outcome: 'gave-up', conflicts }
}
