/** Why an expression could not be compiled. */
export type ExpressionErrorCode =
  | 'INVALID_PATH'
  | 'INVALID_OPERAND'
  | 'UNDEFINED_VALUE'
  | 'EMPTY_IN_LIST'
  | 'IN_LIST_TOO_LONG'
  | 'EMPTY_LOGICAL'
  | 'INVALID_ATTRIBUTE_TYPE'
  | 'INVALID_KEY_CONDITION'
  | 'EMPTY_UPDATE'
  | 'OVERLAPPING_PATHS'
  | 'INVALID_UPDATE_VALUE'
  | 'EMPTY_PROJECTION'

/** Raised while building or compiling an expression, before any request is sent. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError'
  readonly code: ExpressionErrorCode
  readonly hint: string
  /** The attribute path involved, when there is one. */
  readonly path: string | undefined

  constructor(code: ExpressionErrorCode, message: string, options: { hint: string; path?: string }) {
    super(options.path === undefined ? message : `${options.path}: ${message}`)
    this.code = code
    this.hint = options.hint
    this.path = options.path
  }
}
