import { OrmError } from './orm-error'

/**
 * Why one entry of a cancelled transaction failed, with the plan's description of that entry.
 *
 * @example
 * ```ts
 * if (error instanceof TransactionCancelledError) {
 *   const failed: CancelledItemReason[] = error.reasons.filter((reason) => reason.code !== 'None')
 *   for (const reason of failed) console.error(`#${reason.index} ${reason.description}: ${reason.code}`)
 * }
 * ```
 */
export interface CancelledItemReason {
  readonly index: number
  /** DynamoDB's code: `ConditionalCheckFailed`, `TransactionConflict`, `None` for entries that were fine. */
  readonly code: string
  readonly message: string | undefined
  /** What the entry was, e.g. `put User USER#1` (from the write plan). */
  readonly description: string
}

/**
 * DynamoDB cancelled a TransactWriteItems for a reason the ORM has no narrower error for.
 *
 * @example
 * ```ts
 * try {
 *   await orm.transaction(async (trx) => {
 *     await trx.create(Order, { id: 'o1', total: 30 })
 *   })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'TRANSACTION_CANCELLED') console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
export class TransactionCancelledError extends OrmError {
  declare readonly code: 'TRANSACTION_CANCELLED'
  readonly reasons: readonly CancelledItemReason[]

  constructor(reasons: readonly CancelledItemReason[], requestId?: string, cause?: unknown) {
    const failed = reasons.filter((reason) => reason.code !== 'None')
    const summary = failed
      .map((reason) => `#${reason.index} ${reason.description}: ${reason.code}`)
      .join('; ')
    super('TRANSACTION_CANCELLED', {
      message: `Transaction cancelled (${summary || 'no reason given'})`,
      hint: failed.some((reason) => reason.code === 'TransactionConflict')
        ? 'Another request touched the same items at the same time; retrying is safe.'
        : 'See reasons[i] for the entry that failed; nothing in the transaction was written.',
      requestId,
      cause,
    })
    this.reasons = reasons
  }

  /** Entries that actually failed. */
  get failed(): readonly CancelledItemReason[] {
    return this.reasons.filter((reason) => reason.code !== 'None')
  }
}

/**
 * True when `error` is a `TransactionCancelledError` (DynamoDB cancelled a transaction for a reason with no narrower error).
 *
 * @example
 * ```ts
 * try {
 *   await orm.transaction(async (trx) => {
 *     await trx.create(Order, { id: 'o1', total: 30 })
 *   })
 * } catch (error) {
 *   if (isTransactionCancelledError(error)) console.error(error.reasons)
 *   else throw error
 * }
 * ```
 */
export function isTransactionCancelledError(value: unknown): value is TransactionCancelledError {
  return value instanceof TransactionCancelledError
}
