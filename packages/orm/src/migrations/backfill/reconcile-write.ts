import { type DocumentClient, isRetryableError, isThrottlingError } from '@dbtooling/dynamo-client'
import { conditionNotMet } from '../state/condition-not-met'
import { type ReconcileSpec, reconcileUpdate } from './reconcile-item'
import { MAX_ATTEMPTS, pause } from './write-backoff'
import type { WriteRate } from './write-rate'

export type ReconcileOutcome = 'unchanged' | 'written' | 'gone' | 'gave-up'

export interface ReconcileResult {
  outcome: ReconcileOutcome
  /** Conditional failures met (each one a concurrent application write that won). */
  conflicts: number
}

/**
 * Brings one item to its desired index values. A conditional failure means the application changed a
 * source attribute since the scan read it: re-read the item (strongly consistent) and recompute. So does an
 * ambiguous one (a retry after a lost response failed its condition: the lost attempt may have landed).
 * Throttling that outlasts the client's own retries backs off here too, so the backfill slows down instead
 * of failing.
 */
export async function reconcileItem(
  doc: DocumentClient,
  spec: ReconcileSpec,
  scanned: Readonly<Record<string, unknown>>,
  rate: WriteRate,
): Promise<ReconcileResult> {
  let item = scanned
  let conflicts = 0
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const update = reconcileUpdate(spec, item)
    if (!update) return { outcome: 'unchanged', conflicts }
    await rate.take()
    try {
      await doc.update(update)
      return { outcome: 'written', conflicts }
    } catch (error) {
      // Throttling, or a retryable 500 (DynamoDB Local's lock timeout under load), outlasting the client's retries.
      if (isThrottlingError(error) || isRetryableError(error)) {
        await pause(attempt)
        continue
      }
      if (!conditionNotMet(error)) throw error
      conflicts++
      const { Item } = await doc.get({ TableName: spec.tableName, Key: update.Key, ConsistentRead: true })
      if (!Item) return { outcome: 'gone', conflicts }
      item = Item
    }
  }
  return { outcome: 'gave-up', conflicts }
}
