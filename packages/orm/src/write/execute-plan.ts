import {
  ConditionalCheckFailedError as ClientConditionalCheckFailed,
  type DocumentTransactWriteItem,
  TransactionCanceledError,
} from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { auditedPlan } from '../security/audit/audit-context'
import { provenOwnUpdate } from './ambiguous-proof'
import { mapCancellation, mapConditionFailure } from './map-write-error'
import type { WritePlan } from './plan'

/**
 * Options of `executePlan`: the idempotency token of the TransactWriteItems it may send.
 *
 * @example
 * ```ts
 * const options: ExecutePlanOptions = { clientRequestToken: 'import-42' }
 * await executePlan(orm.ctx, plan, options)
 * ```
 */
export interface ExecutePlanOptions {
  /** Idempotency token for TransactWriteItems (retrying with the same token never writes twice). */
  readonly clientRequestToken?: string
}

/**
 * What `executePlan` sent: the operation (one item alone, several as TransactWriteItems) and how many items.
 *
 * @example
 * ```ts
 * const result: ExecutePlanResult = await executePlan(orm.ctx, plan)
 * console.log(result.operation, result.items)
 * ```
 */
export interface ExecutePlanResult {
  /** The operation sent: PutItem/UpdateItem/DeleteItem/ConditionCheck for one item, else TransactWriteItems. */
  readonly operation: 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'TransactWriteItems' | 'None'
  readonly items: number
}

/**
 * Sends a plan: one item goes out as its own request (cheaper than a transaction), several as one
 * TransactWriteItems. Failed conditions become `UniqueConstraintError`, `VersionConflictError`,
 * `ConditionalCheckFailedError` or `TransactionCancelledError`.
 *
 * @example
 * ```ts
 * const plan = planCreate(orm.ctx, 'User', { id: 'u1', email: 'ada@example.com' })
 * await executePlan(orm.ctx, plan) // PutItem + the email guard, in one TransactWriteItems
 * ```
 */
export async function executePlan(
  ctx: OrmContext,
  plan: WritePlan,
  options: ExecutePlanOptions = {},
): Promise<ExecutePlanResult> {
  if (plan.items.length === 0) return { operation: 'None', items: 0 }
  plan = auditedPlan(ctx, plan)
  try {
    const only = plan.items.length === 1 ? plan.items[0]! : undefined
    if (only !== undefined && !('ConditionCheck' in only)) {
      await sendSingle(ctx, only)
      return { operation: singleOperation(only), items: 1 }
    }
    await ctx.doc.transactWrite({
      TransactItems: plan.items,
      ...(options.clientRequestToken ? { ClientRequestToken: options.clientRequestToken } : {}),
    })
    return { operation: 'TransactWriteItems', items: plan.items.length }
  } catch (error) {
    // A lone versioned update whose lost first attempt was applied: the retry's failure is our own echo.
    if (plan.items.length === 1 && provenOwnUpdate(plan.roles[0], error))
      return { operation: 'UpdateItem', items: 1 }
    if (error instanceof ClientConditionalCheckFailed) throw mapConditionFailure(plan, 0, error.item, error)
    if (error instanceof TransactionCanceledError) throw mapCancellation(plan, error)
    throw error
  }
}

/** One write as its own request; the promise is the client's own (no extra async frame per save). */
function sendSingle(ctx: OrmContext, item: DocumentTransactWriteItem): Promise<unknown> {
  // The transaction Put/Update/Delete is a PutItem/UpdateItem/DeleteItem input already (no copy).
  if ('Put' in item) return ctx.doc.put(item.Put as Parameters<OrmContext['doc']['put']>[0])
  if ('Update' in item) return ctx.doc.update(item.Update)
  if ('Delete' in item) return ctx.doc.delete(item.Delete)
  throw new TypeError('a lone ConditionCheck is sent as a transaction')
}

function singleOperation(item: DocumentTransactWriteItem): ExecutePlanResult['operation'] {
  return 'Put' in item ? 'PutItem' : 'Update' in item ? 'UpdateItem' : 'DeleteItem'
}
