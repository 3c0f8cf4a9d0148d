import { observeCall } from '../observability/observe-call'
import { auditedPlan } from '../security/audit/audit-context'
import { mapCancellation } from '../write/map-write-error'
import type { WriteRole } from '../write/plan'
import { contextOf, type OrmLike } from './orm-context'
import { sendTransaction, type TransactWriteOptions, type TransactWriteResult } from './send-transaction'
import { Transaction } from './transaction'

/**
 * Options of `orm.transaction`: the idempotency token, retries, and `onCommit` with what was sent.
 *
 * @example
 * ```ts
 * const options: TransactionOptions = { clientRequestToken: orderId, onCommit: (result) => console.log(result.attempts) }
 * await orm.transaction(async (trx) => {
 *   await trx.create(Order, { id: orderId, total: 30 })
 * }, options)
 * ```
 */
export interface TransactionOptions extends TransactWriteOptions {
  /** Called with what was sent (attempts, token), e.g. for logging. */
  readonly onCommit?: (result: TransactWriteResult) => void
}

/**
 * Runs `callback` with a transaction collector, then sends everything it gathered as one
 * TransactWriteItems and resolves to the callback's result. If the callback throws, nothing is sent.
 * More than 100 actions are rejected before sending (TransactionTooLargeError); cancellations caused by
 * concurrent transactions are retried with the same ClientRequestToken; other cancellations become
 * UniqueConstraintError, VersionConflictError, ConditionalCheckFailedError or TransactionCancelledError
 * (with the failed action, its model and key).
 *
 * @example
 * ```ts
 * const order = await transaction(orm, async (trx) => {
 *   const order = await trx.create(Order, { id: 'o1', total: 30 })
 *   trx.decrement(Account, 'a1', 'balance', 30, { condition: ge('balance', 30) })
 *   return order
 * })
 * ```
 */
export async function transaction<R>(
  orm: OrmLike,
  callback: (trx: Transaction) => R | Promise<R>,
  options: TransactionOptions = {},
): Promise<R> {
  const ctx = contextOf(orm)
  const trx = new Transaction(ctx)
  const result = await callback(trx)
  const plan = auditedPlan(ctx, trx.plan())
  const send = () =>
    sendTransaction(ctx, plan.items, plan.describe, options, (error) => mapCancellation(plan, error))
  const sent = await (ctx.options.observer
    ? observeCall(ctx, 'orm.transaction', { entity: modelsOf(plan.roles), pattern: 'transaction' }, send)
    : send())
  options.onCommit?.(sent)
  await trx.settle()
  return result
}

/** The models a transaction writes, e.g. `Account,Order` (its cost is booked to them together). */
function modelsOf(roles: readonly WriteRole[]): string {
  const models = new Set<string>()
  for (const role of roles) if (role.kind === 'entity') models.add(role.entity)
  return [...models].sort().join(',')
}
