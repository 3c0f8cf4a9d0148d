import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// Transactions load on the first call (lazy-writes.ts): a process that only reads never compiles them.

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
export const transaction = lazyCall(() => writeChunk().then((m) => m.transaction))
/**
 * Sends one TransactWriteItems: shape checked first (nothing is sent for more than 100 actions or two
 * actions on one item), then cancellations caused only by conflicts or throttling are retried with the
 * same ClientRequestToken and backoff; any other cancellation goes through `mapCancellation`.
 *
 * @example
 * ```ts
 * const result = await sendTransaction(orm.ctx, [{ Put: { TableName: orm.tableName, Item: item } }], ['put config'])
 * console.log(result.attempts, result.clientRequestToken)
 * ```
 */
export const sendTransaction = lazyCall(() => writeChunk().then((m) => m.sendTransaction))
