import { DynamoDBError } from './dynamodb-error'
import { fixed, type Init } from './fixed-init'

/**
 * Errors that mean "slow down" or "try again": the client retries them.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item }) // after the client's own retries
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ProvisionedThroughputExceededException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */

export class ProvisionedThroughputExceededError extends DynamoDBError {
  declare readonly code: 'ProvisionedThroughputExceededException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ProvisionedThroughputExceededException',
        true,
        'The table or index is over its provisioned throughput. The client retried with backoff; raise capacity, switch to on-demand, or spread keys across partitions.',
      ),
    )
  }
}

/**
 * The service throttled a control-plane or on-demand request; the client retries it with backoff.
 *
 * @example
 * ```ts
 * try {
 *   await client.describeTable({ TableName: 'app' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ThrottlingException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class ThrottlingError extends DynamoDBError {
  declare readonly code: 'ThrottlingException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ThrottlingException',
        true,
        'DynamoDB throttled the request rate. The client retried with backoff; consider retryMode "adaptive" to pace requests client-side.',
      ),
    )
  }
}

/**
 * The account's request rate was exceeded; the client retries it with backoff.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({ TableName: 'app', Item: item })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'RequestLimitExceeded') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class RequestLimitExceededError extends DynamoDBError {
  declare readonly code: 'RequestLimitExceeded'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'RequestLimitExceeded',
        true,
        'The account-level throughput limit was exceeded. Request a limit increase or reduce concurrency.',
      ),
    )
  }
}

/**
 * Too many control-plane operations at once (e.g. more than 500 tables being created or updated).
 *
 * @example
 * ```ts
 * try {
 *   await client.updateTable(input)
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'LimitExceededException') await retryLater()
 *   else throw error
 * }
 * ```
 */
export class LimitExceededError extends DynamoDBError {
  declare readonly code: 'LimitExceededException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'LimitExceededException',
        true,
        'Too many concurrent control-plane operations (create/update/delete table, backups). Wait for pending ones to finish.',
      ),
    )
  }
}

/**
 * DynamoDB failed on its side (HTTP 500); the client retries it.
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'InternalServerError') console.error(error.requestId)
 *   else throw error
 * }
 * ```
 */
export class InternalServerError extends DynamoDBError {
  declare readonly code: 'InternalServerError'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'InternalServerError',
        true,
        'DynamoDB had an internal error; the client retried. If it persists, check the AWS Health Dashboard.',
      ),
    )
  }
}

/**
 * DynamoDB is unavailable for the moment (HTTP 503); the client retries it.
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (error instanceof ServiceUnavailableError) console.error(error.code, error.requestId)
 *   else throw error
 * }
 * ```
 */
export class ServiceUnavailableError extends DynamoDBError {
  declare readonly code: 'ServiceUnavailable' | 'ServiceUnavailableException'

  constructor(init: Init) {
    super(
      fixed(
        init,
        'ServiceUnavailable',
        true,
        'DynamoDB is temporarily unavailable; the client retried. Raise maxRetries for long outages.',
      ),
    )
  }
}
