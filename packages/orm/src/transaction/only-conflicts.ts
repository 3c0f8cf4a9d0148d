import type { TransactionCanceledError } from '@dbtooling/dynamo-client'

// Cancellation reasons that say nothing about the writes themselves: the same transaction can succeed later.
const RETRYABLE_REASONS: ReadonlySet<string> = new Set(['None', 'TransactionConflict', 'ThrottlingError'])

/**
 * True when no action failed on its own merits: a retry of the same writes can succeed.
 *
 * @example
 * ```ts
 * if (error instanceof TransactionCanceledError && onlyConflicts(error)) await retry()
 * ```
 */
export function onlyConflicts(error: TransactionCanceledError): boolean {
  return error.failed.length > 0 && error.reasons.every((reason) => RETRYABLE_REASONS.has(reason.code))
}
