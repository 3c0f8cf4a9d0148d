import { OrmError } from '../errors/orm-error'

export type TransferErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'BAD_LINE'
  | 'NOT_AN_ITEM'
  | 'UNKNOWN_MODEL_IN_ROW'
  | 'CHECKPOINT_MISMATCH'
  | 'INVALID_TRANSFER_OPTIONS'

/** A failed export, import or copy: `code` to branch on, `hint` says what to do. */
export class TransferError extends OrmError {
  declare readonly code: TransferErrorCode
  constructor(code: TransferErrorCode, message: string, hint: string) {
    super(code, { message, hint })
  }
}
