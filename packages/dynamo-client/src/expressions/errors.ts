/**
 * Why an expression could not be compiled.
 *
 * @example
 * ```ts
 * function expressionCode(error: unknown): ExpressionErrorCode | null {
 *   return error instanceof ExpressionError ? error.code : null
 * }
 * ```
 */
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

/**
 * Raised while building or compiling an expression, before any request is sent.
 *
 * @example
 * ```ts
 * try {
 *   buildExpressions({ filter: inList('status', []) })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'EMPTY_IN_LIST') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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
