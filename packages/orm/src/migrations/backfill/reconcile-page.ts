import {
  type DocumentClient,
  isRetryableError,
  isThrottlingError,
  isTransactionCanceled,
} from '@dbtooling/dynamo-client'
import { mapLimited } from '../../relations/map-limited'
import { type ReconcileSpec, reconcileUpdate } from './reconcile-item'
import { type ReconcileResult, reconcileItem } from './reconcile-write'
import type { WriteRate } from './write-rate'

type Item = Readonly<Record<string, unknown>>

export interface PageWriteOptions {
  /**
   * `item`: one conditional UpdateItem per item (default; 1 WCU per KB on AWS). `transact`: up to 25 of the
   * same conditional updates per TransactWriteItems, one round trip instead of 25 (2 WCU per KB on AWS, so
   * it pays where round trips, not capacity, bound the rate, as on DynamoDB Local or across regions).
   */
  writeMode: 'item' | 'transact'
  concurrency: number
  rate: WriteRate
}

const TRANSACTION_SIZE = 25

async function reconcileBatch(
  doc: DocumentClient,
  spec: ReconcileSpec,
  items: readonly Item[],
  rate: WriteRate,
): Promise<ReconcileResult[]> {
  const updates = items.map((item) => reconcileUpdate(spec, item))
  const pending = updates.flatMap((update) => (update ? [update] : []))
  if (pending.length === 0) return items.map(() => ({ outcome: 'unchanged', conflicts: 0 }))
  for (let i = 0; i < pending.length; i++) await rate.take()
  try {
    await doc.transactWrite({ TransactItems: pending.map((update) => ({ Update: update })) })
    return updates.map((update) => ({ outcome: update ? 'written' : 'unchanged', conflicts: 0 }))
  } catch (error) {
    if (!isTransactionCanceled(error) && !isRetryableError(error) && !isThrottlingError(error)) throw error
    // An application write won somewhere in the batch (or the batch failed for a retryable reason): settle
    // each item on its own, with its re-reads and back-off; updates already applied find nothing to do.
    return Promise.all(items.map((item) => reconcileItem(doc, spec, item, rate)))
  }
}

/** Reconciles one scanned page in the chosen write mode; results in item order. */
export async function reconcilePage(
  doc: DocumentClient,
  spec: ReconcileSpec,
  items: readonly Item[],
  options: PageWriteOptions,
): Promise<ReconcileResult[]> {
  if (options.writeMode === 'item')
    return mapLimited(items, options.concurrency, (item) => reconcileItem(doc, spec, item, options.rate))
  const batches: Item[][] = []
  for (let i = 0; i < items.length; i += TRANSACTION_SIZE) batches.push(items.slice(i, i + TRANSACTION_SIZE))
  const results = await mapLimited(batches, options.concurrency, (batch) =>
    reconcileBatch(doc, spec, batch, options.rate),
  )
  return results.flat()
}
