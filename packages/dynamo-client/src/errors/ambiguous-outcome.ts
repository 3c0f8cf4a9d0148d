import type { OperationName } from '../types/operation-map'
import type { DynamoDBError } from './dynamodb-error'
import { DynamoDBError as Base } from './dynamodb-error'

/**
 * A retried conditional write failed its condition after an earlier attempt of the same call may have
 * been applied (its response was lost: dropped connection, timeout, 5xx, damaged body). The failure may
 * be the echo of our own first attempt or a real conflict, and the client could not prove which.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item, ConditionExpression: 'attribute_not_exists(pk)' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'AmbiguousOutcomeError') await readBackAndDecide()
 *   else throw error
 * }
 * ```
 */
export class AmbiguousOutcomeError extends Base {
  declare readonly code: 'AmbiguousOutcomeError'
  /** The condition failure the retry got. */
  readonly conditionFailure: DynamoDBError
  /** Attempts made, the ambiguous one(s) included. */
  readonly attempts: number

  constructor(init: { operation: OperationName; conditionFailure: DynamoDBError; attempts: number }) {
    super({
      code: 'AmbiguousOutcomeError',
      message: `${init.operation}: the condition failed on attempt ${init.attempts}, after an earlier attempt may already have been applied`,
      hint: 'Read the item to see whether the write is there; to make such writes safe to retry, pass { idempotent: true } (sent as a one-item transaction with a ClientRequestToken).',
      retryable: false,
      operation: init.operation,
      requestId: init.conditionFailure.requestId,
      statusCode: init.conditionFailure.statusCode,
      cause: init.conditionFailure,
    })
    this.conditionFailure = init.conditionFailure
    this.attempts = init.attempts
  }
}
