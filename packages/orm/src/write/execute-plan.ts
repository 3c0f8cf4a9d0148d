import {
  ConditionalCheckFailedError as ClientConditionalCheckFailed,
  type DocumentTransactWriteItem,
  TransactionCanceledError,
} from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { mapCancellation, mapConditionFailure } from './map-write-error'
import type { WritePlan } from './plan'

export interface ExecutePlanOptions {
  /** Idempotency token for TransactWriteItems (retrying with the same token never writes twice). */
  readonly clientRequestToken?: string
}

export interface ExecutePlanResult {
  /** The operation sent: PutItem/UpdateItem/DeleteItem/ConditionCheck for one item, else TransactWriteItems. */
  readonly operation: 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'TransactWriteItems' | 'None'
  readonly items: number
}

/**
 * Sends a plan: one item goes out as its own request (cheaper than a transaction), several as one
 * TransactWriteItems. Failed conditions become `UniqueConstraintError`, `VersionConflictError`,
 * `ConditionalCheckFailedError` or `TransactionCancelledError`.
 */
export async function executePlan(
  ctx: OrmContext,
  plan: WritePlan,
  options: ExecutePlanOptions = {},
): Promise<ExecutePlanResult> {
  if (plan.items.length === 0) return { operation: 'None', items: 0 }
  try {
    if (plan.items.length === 1 && !('ConditionCheck' in plan.items[0]!)) {
      return { operation: await sendSingle(ctx, plan.items[0]!), items: 1 }
    }
    await ctx.doc.transactWrite({
      TransactItems: plan.items,
      ...(options.clientRequestToken ? { ClientRequestToken: options.clientRequestToken } : {}),
    })
    return { operation: 'TransactWriteItems', items: plan.items.length }
  } catch (error) {
    if (error instanceof ClientConditionalCheckFailed) throw mapConditionFailure(plan, 0, error.item, error)
    if (error instanceof TransactionCanceledError) throw mapCancellation(plan, error)
    throw error
  }
}

async function sendSingle(
  ctx: OrmContext,
  item: DocumentTransactWriteItem,
): Promise<ExecutePlanResult['operation']> {
  if ('Put' in item) {
    // The transaction Put is a PutItem input already (no copy: this runs on every save).
    await ctx.doc.put(item.Put as Parameters<OrmContext['doc']['put']>[0])
    return 'PutItem'
  }
  if ('Update' in item) {
    await ctx.doc.update(item.Update)
    return 'UpdateItem'
  }
  if ('Delete' in item) {
    await ctx.doc.delete(item.Delete)
    return 'DeleteItem'
  }
  throw new TypeError('a lone ConditionCheck is sent as a transaction')
}
