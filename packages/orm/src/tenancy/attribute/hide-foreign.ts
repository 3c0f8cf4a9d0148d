import { ConditionalCheckFailedError, TransactionCanceledError } from '@dbtooling/dynamo-client'
import { type AttributeScope, isOwned } from './attribute-scope'

/**
 * A failed write as the tenant may see it: with `ReturnValuesOnConditionCheckFailure: ALL_OLD` DynamoDB
 * returns the stored item, which may be another tenant's. Such items are removed (the ORM then reports
 * the item as missing). The original error is not kept as `cause`, since it carries the item.
 */
export function hideForeignItems(scope: AttributeScope, error: unknown): unknown {
  if (error instanceof ConditionalCheckFailedError && error.item && !isOwned(scope, error.item)) {
    const hidden = new ConditionalCheckFailedError({
      message: error.message,
      statusCode: error.statusCode,
      requestId: error.requestId,
      operation: error.operation,
    })
    hidden.tableName = error.tableName
    return hidden
  }
  if (
    error instanceof TransactionCanceledError &&
    error.reasons.some((reason) => reason.item !== undefined && !isOwned(scope, reason.item))
  ) {
    const hidden = new TransactionCanceledError({
      message: error.message,
      statusCode: error.statusCode,
      requestId: error.requestId,
      operation: error.operation,
      reasons: error.reasons.map((reason) => ({
        Code: reason.code,
        Message: reason.message,
        Item: reason.item !== undefined && isOwned(scope, reason.item) ? reason.item : undefined,
      })),
    })
    hidden.tableName = error.tableName
    return hidden
  }
  return error
}
