import type { AttributeMap } from '../types/common'
import type { CancellationReason } from '../types/transactions'
import { DynamoDBError, type DynamoDBErrorInit } from './dynamodb-error'

/**
 * Why one entry of a transaction failed; `code` is 'None' for entries that were fine.
 *
 * @example
 * ```ts
 * if (isTransactionCanceled(error)) {
 *   const failed: TransactionCancellationReason[] = error.reasons.filter((reason) => reason.code !== 'None')
 *   for (const reason of failed) console.error(`#${reason.index}: ${reason.code} ${reason.message ?? ''}`)
 * }
 * ```
 */
export interface TransactionCancellationReason {
  readonly index: number
  readonly code: string
  readonly message: string | undefined
  readonly item: AttributeMap | undefined
}

type Init = Omit<DynamoDBErrorInit, 'code' | 'hint' | 'retryable'> & {
  reasons?: readonly CancellationReason[] | undefined
}

/**
 * A transaction was cancelled; `reasons[i]` explains entry `i` of `TransactItems`.
 *
 * @example
 * ```ts
 * try {
 *   await client.transactWriteItems({ TransactItems: items })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'TransactionCanceledException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class TransactionCanceledError extends DynamoDBError {
  declare readonly code: 'TransactionCanceledException'
  readonly reasons: readonly TransactionCancellationReason[]

  constructor(init: Init) {
    const reasons = (init.reasons ?? []).map((reason, index) => ({
      index,
      code: reason.Code ?? 'None',
      message: reason.Message,
      item: reason.Item,
    }))
    super({ ...init, code: 'TransactionCanceledException', retryable: false, hint: hintFor(reasons) })
    this.reasons = reasons
  }

  /** Entries that actually failed (the ones whose code is not 'None'). */
  get failed(): readonly TransactionCancellationReason[] {
    return this.reasons.filter((reason) => reason.code !== 'None')
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      reasons: this.reasons.map(({ index, code, message }) => ({ index, code, message })),
    }
  }
}

function hintFor(reasons: readonly TransactionCancellationReason[]): string {
  const codes = new Set(reasons.map((reason) => reason.code))
  if (codes.has('TransactionConflict') || codes.has('ThrottlingError')) {
    return 'Another transaction or throttling touched the same items; retrying the whole transaction is safe.'
  }
  if (codes.has('ConditionalCheckFailed')) {
    return 'A condition in the transaction was false: see reasons[i].code === "ConditionalCheckFailed" and reasons[i].item.'
  }
  if (codes.has('ValidationError')) return 'One entry was invalid: see reasons[i].message.'
  return 'See reasons[i] for the entry that cancelled the transaction.'
}
