import { OrmError } from '../errors/orm-error'

export type TransferErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'BAD_LINE'
  | 'NOT_AN_ITEM'
  | 'UNKNOWN_MODEL_IN_ROW'
  | 'CHECKPOINT_MISMATCH'
  | 'INVALID_TRANSFER_OPTIONS'
  | 'NOT_AVAILABLE_LOCALLY'

/** A failed export, import or copy: `code` to branch on, `hint` says what to do. */
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
