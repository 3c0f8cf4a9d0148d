import { AmbiguousOutcomeError } from './ambiguous-outcome'
import { NetworkError, TimeoutError } from './client-errors'
import { ConditionalCheckFailedError } from './conditional-check-failed'
import { DynamoDBError } from './dynamodb-error'
import * as S from './service-errors'
import { TransactionCanceledError } from './transaction-canceled'
import * as T from './transient-errors'
import { UnprocessedItemsError } from './unprocessed-items'

/**
 * True when `error` is a `ConditionalCheckFailedError` (a ConditionExpression was false).
 *
 * @example
 * ```ts
 * try {
 *   await client.deleteItem({ TableName: 'app', Key: key, ConditionExpression: 'attribute_exists(pk)' })
 * } catch (error) {
 *   if (!isConditionalCheckFailed(error)) throw error
 * }
 * ```
 */
export function isConditionalCheckFailed(error: unknown): error is ConditionalCheckFailedError {
  return error instanceof ConditionalCheckFailedError
}

/**
 * True when `error` is an `AmbiguousOutcomeError`: a retried conditional write failed its condition after an
 * earlier attempt may have been applied. Read the item back and decide, as after a condition failure.
 *
 * @example
 * ```ts
 * try {
 *   await client.updateItem({ TableName: 'app', Key: key, UpdateExpression: 'SET #s = :s', ConditionExpression: '#v = :v', ExpressionAttributeNames: names, ExpressionAttributeValues: values })
 * } catch (error) {
 *   if (!isConditionalCheckFailed(error) && !isAmbiguousOutcome(error)) throw error
 *   const { Item } = await client.getItem({ TableName: 'app', Key: key, ConsistentRead: true })
 *   console.log('stored now:', Item)
 * }
 * ```
 */
export function isAmbiguousOutcome(error: unknown): error is AmbiguousOutcomeError {
  return error instanceof AmbiguousOutcomeError
}

/**
 * True when `error` is a `TransactionCanceledError` (`reasons[i]` explains entry `i`).
 *
 * @example
 * ```ts
 * try {
 *   await client.transactWriteItems({ TransactItems: items })
 * } catch (error) {
 *   if (isTransactionCanceled(error)) console.log(error.reasons.map((reason) => reason.code))
 *   else throw error
 * }
 * ```
 */
export function isTransactionCanceled(error: unknown): error is TransactionCanceledError {
  return error instanceof TransactionCanceledError
}

/**
 * True when `error` is a `ResourceNotFoundError` (the table or index does not exist).
 *
 * @example
 * ```ts
 * try {
 *   await client.describeTable({ TableName: 'app' })
 * } catch (error) {
 *   if (isResourceNotFound(error)) await createAppTable()
 *   else throw error
 * }
 * ```
 */
export function isResourceNotFound(error: unknown): error is S.ResourceNotFoundError {
  return error instanceof S.ResourceNotFoundError
}

/**
 * True when `error` is a `ResourceInUseError` (e.g. the table exists already, or is being created or deleted).
 *
 * @example
 * ```ts
 * try {
 *   await client.createTable(input)
 * } catch (error) {
 *   if (!isResourceInUse(error)) throw error // exists already: fine
 * }
 * ```
 */
export function isResourceInUse(error: unknown): error is S.ResourceInUseError {
  return error instanceof S.ResourceInUseError
}

/**
 * True when `error` is the service's `ValidationException` (the request itself is malformed).
 *
 * @example
 * ```ts
 * try {
 *   await client.query(input)
 * } catch (error) {
 *   if (isValidationError(error)) console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isValidationError(error: unknown): error is S.ValidationError {
  return error instanceof S.ValidationError
}

/**
 * True when `error` is an `UnprocessedItemsError` (a batch still had unprocessed entries after every retry).
 *
 * @example
 * ```ts
 * try {
 *   await client.batchWriteAll({ RequestItems: { app: writes } })
 * } catch (error) {
 *   if (isUnprocessedItemsError(error)) await saveForLater(error.unprocessedItems)
 *   else throw error
 * }
 * ```
 */
export function isUnprocessedItemsError(error: unknown): error is UnprocessedItemsError {
  return error instanceof UnprocessedItemsError
}

/**
 * Throughput, throttling and request-rate errors: the table or account asked us to slow down.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item })
 * } catch (error) {
 *   if (isThrottlingError(error)) metrics.increment('throttled')
 *   throw error
 * }
 * ```
 */
export function isThrottlingError(
  error: unknown,
): error is T.ProvisionedThroughputExceededError | T.ThrottlingError | T.RequestLimitExceededError {
  return (
    error instanceof T.ProvisionedThroughputExceededError ||
    error instanceof T.ThrottlingError ||
    error instanceof T.RequestLimitExceededError
  )
}

/**
 * Connection failures and timeouts, as opposed to answers from the service.
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (isNetworkError(error)) console.error('no answer from DynamoDB:', error.code)
 *   throw error
 * }
 * ```
 */
export function isNetworkError(error: unknown): error is NetworkError | TimeoutError {
  return error instanceof NetworkError || error instanceof TimeoutError
}

/**
 * True when `error` is a client error the retry policy would retry (throttling, 5xx, network failures).
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (isRetryableError(error)) queue.retryLater(key)
 *   else throw error
 * }
 * ```
 */
export function isRetryableError(error: unknown): boolean {
  return error instanceof DynamoDBError && error.retryable
}
