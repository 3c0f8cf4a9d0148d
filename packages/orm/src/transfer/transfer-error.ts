import { OrmError } from '../errors/orm-error'

/**
 * The `code` of a `TransferError`: what went wrong in an export, import, copy, backup or restore.
 *
 * @example
 * ```ts
 * const code: TransferErrorCode = 'NOT_AVAILABLE_LOCALLY' // e.g. restoreToPointInTime on DynamoDB Local
 * ```
 */
export type TransferErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'BAD_LINE'
  | 'NOT_AN_ITEM'
  | 'UNKNOWN_MODEL_IN_ROW'
  | 'CHECKPOINT_MISMATCH'
  | 'INVALID_TRANSFER_OPTIONS'
  | 'NOT_AVAILABLE_LOCALLY'

/**
 * A failed export, import or copy: `code` to branch on, `hint` says what to do.
 *
 * @example
 * ```ts
 * try {
 *   await importTable(orm, { file: 'users.csv' })
 * } catch (error) {
 *   if (error instanceof TransferError && error.code === 'INVALID_TRANSFER_OPTIONS') console.error(error.hint) // a CSV import needs a model
 *   else throw error
 * }
 * ```
 */
export class TransferError extends OrmError {
  declare readonly code: TransferErrorCode
  constructor(code: TransferErrorCode, message: string, hint: string) {
    super(code, { message, hint })
  }
}

/** A count option (segments, batch size, concurrency): a whole number of at least 1, or a clear error. */
export function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new TransferError(
      'INVALID_TRANSFER_OPTIONS',
      `${name} must be a whole number of at least 1, got ${value}`,
      `e.g. ${name}: 4`,
    )
  }
  return value
}
