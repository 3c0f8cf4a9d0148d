import {
  type DocumentClient,
  isRetryableError,
  isThrottlingError,
  isTransactionCanceled,
  type TransactWriteCommandInput,
} from '@dbtooling/dynamo-client'
import { conditionNotMet } from '../state/condition-not-met'
import { GUARD_CHECK, type GuardSpec, guardTransaction } from './guard-spec'
import type { ReconcileResult } from './reconcile-write'
import { MAX_ATTEMPTS, pause } from './write-backoff'
import type { WriteRate } from './write-rate'

type Item = Readonly<Record<string, unknown>>

/** Why a rewrite was cancelled: the item changed, a guard is held by another item, or a transient cause. */
function cancelCause(error: unknown): { cause: 'changed' | 'clash' | 'retry' | 'other'; failed: number[] } {
  if (isThrottlingError(error) || isRetryableError(error)) return { cause: 'retry', failed: [] }
  if (!isTransactionCanceled(error)) return { cause: 'other', failed: [] }
  const failed = error.reasons.filter((reason) => reason.code !== 'None')
  const positions = failed.map((reason) => reason.index)
  if (failed.some((reason) => reason.code === 'TransactionConflict' || /Throttl/.test(reason.code)))
    return { cause: 'retry', failed: positions }
  if (positions.includes(GUARD_CHECK)) return { cause: 'changed', failed: positions }
  return { cause: 'clash', failed: positions }
}

/**
 * A guard put failed because another item owns the guard. If that owner no longer holds the value (it was
 * changed or deleted by code that did not know the attribute is unique), the guard is an orphan: delete it
 * (conditioned on its owner being unchanged) so the retry can take it. True when one was deleted.
 */
async function freeOrphans(
  doc: DocumentClient,
  spec: GuardSpec,
  item: Item,
  transaction: TransactWriteCommandInput,
  failed: readonly number[],
): Promise<boolean> {
  let freed = false
  for (const position of failed) {
    const entry = transaction.TransactItems[position]
    if (!entry || !('Put' in entry)) continue
    const put = entry.Put as { Item: Record<string, unknown> }
    const key = { [spec.partitionKey]: put.Item[spec.partitionKey], [spec.sortKey]: put.Item[spec.sortKey] }
    const { Item: guard } = await doc.get({ TableName: spec.tableName, Key: key, ConsistentRead: true })
    if (!guard) {
      freed = true
      continue
    }
    const ownerKey = { [spec.partitionKey]: guard.owner, [spec.sortKey]: guard.ownerSk ?? guard.owner }
    const { Item: owner } = await doc.get({ TableName: spec.tableName, Key: ownerKey, ConsistentRead: true })
    const field = String(guard.field)
    // The owner holds the value too: a real clash (two items share a value that is now unique).
    if (owner && owner[field] === item[field]) continue
    try {
      await doc.delete({
        TableName: spec.tableName,
        Key: key,
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': guard.owner },
      })
      freed = true
    } catch (error) {
      if (!conditionNotMet(error)) throw error
      freed = true
    }
  }
  return freed
}

/**
 * Rewrites one item's changed unique guards in one transaction. If the application changed the item since
 * the scan, re-read it (strongly consistent) and try again; a deleted item is skipped. A guard held by
 * another item that still has the value (two items share a value that is now unique) stays as it is
 * ('gave-up'): the verification pass reports the item. One whose owner lost the value is an orphan, freed.
 */
export async function rewriteGuards(
  doc: DocumentClient,
  spec: GuardSpec,
  scanned: Item,
  rate: WriteRate,
): Promise<ReconcileResult> {
  let item = scanned
  let conflicts = 0
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const transaction = guardTransaction(spec, item)
    if (!transaction) return { outcome: 'unchanged', conflicts }
    await rate.take()
    try {
      await doc.transactWrite(transaction)
      return { outcome: 'written', conflicts }
    } catch (error) {
      const { cause, failed } = cancelCause(error)
      if (cause === 'retry') {
        await pause(attempt)
        continue
      }
      if (cause === 'other') throw error
      if (cause === 'clash') {
        if (!(await freeOrphans(doc, spec, item, transaction, failed)))
          return { outcome: 'gave-up', conflicts }
        conflicts++
        continue
      }
      conflicts++
      const key = { [spec.partitionKey]: item[spec.partitionKey], [spec.sortKey]: item[spec.sortKey] }
      const { Item } = await doc.get({ TableName: spec.tableName, Key: key, ConsistentRead: true })
      if (!Item) return { outcome: 'gone', conflicts }
      item = Item
    }
  }
  return { outcome: 'gave-up', conflicts }
}
