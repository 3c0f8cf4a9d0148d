import type { OperationName } from '../types/operation-map'

/**
 * Where an error came from: the service's own exception name, or a failure on our side of the wire.
 *
 * @example
 * ```ts
 * function isLocalFailure(error: unknown): boolean {
 *   const ours: ClientErrorCode[] = ['NetworkError', 'TimeoutError', 'CredentialsError']
 *   return isDynamoDBError(error) && (ours as string[]).includes(error.code)
 * }
 * ```
 */
export type ClientErrorCode =
  | 'NetworkError'
  | 'TimeoutError'
  | 'CredentialsError'
  | 'ConfigurationError'
  | 'UnprocessedItemsError'
  | 'WaiterTimeoutError'
  | 'ResponseParseError'
  | 'AbortError'
  | 'InvalidInputError'
  | 'AmbiguousOutcomeError'

/**
 * What a `DynamoDBError` is built from: the code, message, status, request id, retryability and hint.
 *
 * @example
 * ```ts
 * const error = new DynamoDBError({ code: 'ValidationException', message: 'bad key', statusCode: 400, retryable: false })
 * ```
 */
export interface DynamoDBErrorInit {
  /** The DynamoDB exception name (or one of ours), used as `name` and `code`. */
  code: string
  message: string
  statusCode?: number | undefined
  requestId?: string | undefined
  retryable?: boolean
  hint?: string
  operation?: OperationName | undefined
  cause?: unknown
}

/**
 * Base of every error the client throws. `name` and `code` are the DynamoDB exception name (e.g.
 * `ConditionalCheckFailedException`) so errors read like the service's own; `code` doubles as the
 * discriminant for narrowing. Never carries credentials or the signed request.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item, ConditionExpression: 'attribute_not_exists(pk)' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ConditionalCheckFailedException') console.log(error.hint)
 *   else throw error
 * }
 * ```
 */
export class DynamoDBError extends Error {
  readonly code: string
  readonly statusCode: number | undefined
  readonly requestId: string | undefined
  readonly retryable: boolean
  readonly hint: string
  /** Set by the client on every error it throws, so logs say which call failed. */
  operation: OperationName | undefined
  /** The table the failed call addressed (the first one, for multi-table calls). */
  tableName: string | undefined

  constructor(init: DynamoDBErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = init.code
    this.code = init.code
    this.statusCode = init.statusCode
    this.requestId = init.requestId
    this.retryable = init.retryable ?? false
    this.hint = init.hint ?? ''
    this.operation = init.operation
    this.tableName = undefined
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      statusCode: this.statusCode,
      requestId: this.requestId,
      retryable: this.retryable,
      hint: this.hint,
      operation: this.operation,
      tableName: this.tableName,
    }
  }
}

/**
 * True when `value` is any error of this client (a `DynamoDBError` with `code`, `hint` and `requestId`).
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (isDynamoDBError(error)) console.error(error.code, error.message, error.hint, error.requestId)
 *   throw error
 * }
 * ```
 */
export function isDynamoDBError(value: unknown): value is DynamoDBError {
  return value instanceof DynamoDBError
}
