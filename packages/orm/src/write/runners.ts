import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// Sending a plan loads the write path on first use (lazy-writes.ts); planning stays synchronous.
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
export const executePlan = lazyCall(() => writeChunk().then((m) => m.executePlan))
