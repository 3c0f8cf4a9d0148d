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
  | 'INVALID_PLACEHOLDER_PREFIX'

import { DynamoDBError } from '../errors/dynamodb-error'

/** Raised while building or compiling an expression, before any request is sent. */
export class ExpressionError extends DynamoDBError {
  override readonly name = 'ExpressionError'
  declare readonly code: ExpressionErrorCode
  /** The attribute path involved, when there is one. */
  readonly path: string | undefined

  constructor(code: ExpressionErrorCode, message: string, options: { hint: string; path?: string }) {
    const text = options.path === undefined ? message : `${options.path}: ${message}`
    super({ code, message: text, hint: options.hint, retryable: false })
    this.path = options.path
  }
}
