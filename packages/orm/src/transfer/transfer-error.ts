export type TransferErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'BAD_LINE'
  | 'NOT_AN_ITEM'
  | 'UNKNOWN_MODEL'
  | 'CHECKPOINT_MISMATCH'
  | 'INVALID_OPTIONS'

/** A failed export, import or copy: `code` to branch on, `hint` says what to do. */
export class TransferError extends Error {
  readonly code: TransferErrorCode
  readonly hint: string
  constructor(code: TransferErrorCode, message: string, hint: string) {
    super(message)
    this.name = 'TransferError'
    this.code = code
    this.hint = hint
  }
}
