import { NetworkError, TimeoutError } from './client-errors'
import { ConditionalCheckFailedError } from './conditional-check-failed'
import { DynamoDBError } from './dynamodb-error'
import * as S from './service-errors'
import { TransactionCanceledError } from './transaction-canceled'
import * as T from './transient-errors'
import { UnprocessedItemsError } from './unprocessed-items'

export function isConditionalCheckFailed(error: unknown): error is ConditionalCheckFailedError {
  return error instanceof ConditionalCheckFailedError
}

export function isTransactionCanceled(error: unknown): error is TransactionCanceledError {
  return error instanceof TransactionCanceledError
}

export function isResourceNotFound(error: unknown): error is S.ResourceNotFoundError {
  return error instanceof S.ResourceNotFoundError
}

export function isResourceInUse(error: unknown): error is S.ResourceInUseError {
  return error instanceof S.ResourceInUseError
}

export function isValidationError(error: unknown): error is S.ValidationError {
  return error instanceof S.ValidationError
}

export function isUnprocessedItemsError(error: unknown): error is UnprocessedItemsError {
  return error instanceof UnprocessedItemsError
}

/** Throughput, throttling and request-rate errors: the table or account asked us to slow down. */
export function isThrottlingError(
  error: unknown,
): error is T.ProvisionedThroughputExceededError | T.ThrottlingError | T.RequestLimitExceededError {
  return (
    error instanceof T.ProvisionedThroughputExceededError ||
    error instanceof T.ThrottlingError ||
    error instanceof T.RequestLimitExceededError
  )
}

/** Connection failures and timeouts, as opposed to answers from the service. */
export function isNetworkError(error: unknown): error is NetworkError | TimeoutError {
  return error instanceof NetworkError || error instanceof TimeoutError
}

export function isRetryableError(error: unknown): boolean {
  return error instanceof DynamoDBError && error.retryable
}
